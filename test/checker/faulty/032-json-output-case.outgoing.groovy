// Fault (unknown-method): toJSON instead of toJson.
import groovy.json.JsonOutput

replica.key = issue.key
replica.labelsJson = JsonOutput.toJSON(issue.labels)
