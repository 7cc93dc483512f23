// groovy.json.JsonSlurper: parse text into maps, lists, strings, numbers and booleans.
import groovy.json.JsonSlurper
def text = '{"key": "OPS-1", "points": 5, "ratio": 2.5, "big": 3000000000, "tags": ["a", "b"], "done": false, "owner": null, "nested": {"z": 1, "a": 2}}'
def data = new JsonSlurper().parseText(text)
replica.key = data.key
replica.types = [data.points, data.ratio, data.big, data.tags, data.done].collect { it.getClass().simpleName }
replica.tags = data.tags
replica.owner = data.owner
replica.nestedKeys = data.nested.keySet().toList()
replica.nested = data.nested
replica.list = new JsonSlurper().parseText('[1, "two", {"three": 3}]')
replica.sum = data.points + data.ratio
