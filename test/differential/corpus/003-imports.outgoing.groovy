// Imports: a single class, a star import and an alias.
import java.text.SimpleDateFormat
import groovy.json.*
import groovy.json.JsonOutput as Out
import java.math.RoundingMode

def fmt = new SimpleDateFormat("yyyy-MM-dd")
fmt.setTimeZone(TimeZone.getTimeZone("UTC"))
replica.created = fmt.format(issue.created)
replica.json = Out.toJson([key: issue.key])
replica.parsed = new JsonSlurper().parseText('{"a": [1, 2]}').a
replica.rounded = 2.345.setScale(2, RoundingMode.HALF_UP)
