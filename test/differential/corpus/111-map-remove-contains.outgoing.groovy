// remove, containsKey, containsValue, size and isEmpty.
def fields = issue.customFields.collectEntries { k, v -> [k, v.value] }
replica.containsKey = [fields.containsKey("Team"), fields.containsKey("team")]
replica.containsValue = [fields.containsValue(5), fields.containsValue("nope")]
replica.removed = fields.remove("Browsers")
replica.removedMissing = fields.remove("Nope")
replica.keysLeft = fields.keySet().toList()
replica.size = fields.size()
replica.isEmpty = [fields.isEmpty(), [:].isEmpty()]
def nullValue = [a: null]
replica.nullValue = [nullValue.containsKey("a"), nullValue.a, nullValue.containsKey("b")]
