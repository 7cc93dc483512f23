// groovy.json.JsonOutput: toJson for maps, lists, strings, numbers and null; prettyPrint.
import groovy.json.JsonOutput
replica.map = JsonOutput.toJson([key: issue.key, points: 5, ratio: 2.50, ok: true, none: null])
replica.list = JsonOutput.toJson(issue.labels*.label)
replica.string = JsonOutput.toJson("quote \" and\nnewline")
replica.number = JsonOutput.toJson(42)
replica.nullValue = JsonOutput.toJson(null)
replica.nested = JsonOutput.toJson([a: [b: [1, 2]], c: []])
replica.pretty = JsonOutput.prettyPrint(JsonOutput.toJson([a: 1, b: [1, 2], c: [d: "x"]]))
replica.unicode = JsonOutput.toJson("caf\u00e9")
replica.longAndDecimal = JsonOutput.toJson([3000000000L, 1.0, 1.5d])
