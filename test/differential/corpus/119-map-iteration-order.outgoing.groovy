// Maps keep insertion order through updates, removals and re-insertions.
def map = [c: 3, a: 1, b: 2]
map.a = 10
map.remove("c")
map.c = 30
map.put("d", 4)
replica.keys = map.keySet().toList()
replica.map = map
def numbers = [:]
[30, 10, 20].each { numbers[it] = it / 10 }
replica.numbers = numbers
replica.json = groovy.json.JsonOutput.toJson(map)
