// java.sql.Timestamp built from epoch millis and compared with Date.
import java.sql.Timestamp
def ts = new Timestamp(issue.created.time)
replica.millis = ts.time
replica.equalsDate = ts.time == issue.created.time
replica.beforeUpdated = ts.before(issue.updated)
replica.text = ts.toString()
replica.asDate = new Date(ts.getTime())
def later = new Timestamp(ts.time + 1500)
replica.later = later
replica.laterText = later.toString()
replica.isDate = ts instanceof Date
