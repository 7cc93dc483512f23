// get, put, putAll and get with a default.
def map = [team: "web"]
replica.get = map.get("team")
replica.getMissing = map.get("nope")
replica.putReturn = map.put("team", "mobile")
replica.putNew = map.put("size", 3)
map.putAll([owner: "alice", size: 4])
replica.afterPut = map
def counts = [:]
["a", "b", "a"].each { counts[it] = counts.get(it, 0) + 1 }
replica.counts = counts
replica.getOrDefault = map.getOrDefault("missing", "dflt")
replica.dotAccess = map.owner
replica.subscript = map["size"]
