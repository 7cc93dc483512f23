// Formatting and parsing the same instant in several named time zones.
import java.text.SimpleDateFormat
def zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney"]
replica.created = zones.collectEntries { zone ->
  def f = new SimpleDateFormat("yyyy-MM-dd HH:mm z", Locale.US)
  f.setTimeZone(TimeZone.getTimeZone(zone))
  [(zone): f.format(issue.created)]
}
def parser = new SimpleDateFormat("yyyy-MM-dd HH:mm")
parser.setTimeZone(TimeZone.getTimeZone("America/New_York"))
replica.summerMillis = parser.parse("2024-07-01 09:00").time
replica.winterMillis = parser.parse("2024-01-15 09:00").time
def offset = new SimpleDateFormat("XXX")
offset.timeZone = TimeZone.getTimeZone("Asia/Kolkata")
replica.offset = offset.format(issue.created)
replica.zoneIds = zones.collect { TimeZone.getTimeZone(it).getID() }
