// any, every and count on maps.
def fields = [summary: "x", description: null, labels: [], points: 0, team: "web"]
replica.anyNull = fields.any { k, v -> v == null }
replica.everySet = fields.every { k, v -> v != null }
replica.anyEntry = fields.any { it.key == "team" }
replica.everyEntry = fields.every { it.key.size() > 3 }
replica.countTruthy = fields.count { k, v -> v }
replica.emptyAny = [:].any { true }
replica.emptyEvery = [:].every { false }
