// Incoming JSON carried in a custom key: parse, adjust and write back as text.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
def payload = new JsonSlurper().parseText(replica.customKeys.payload)
issue.sprint = payload.sprint.name
issue.estimate = payload.estimate * 2
payload.synced = true
payload.remove("internal")
issue.customKeys.payload = JsonOutput.toJson(payload)
issue.roundTrip = new JsonSlurper().parseText(issue.customKeys.payload) == payload
