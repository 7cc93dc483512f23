// SimpleDateFormat with an explicit UTC time zone: format and parse.
import java.text.SimpleDateFormat
def fmt = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
fmt.setTimeZone(TimeZone.getTimeZone("UTC"))
replica.created = fmt.format(issue.created)
replica.due = new SimpleDateFormat("dd/MM/yyyy").with { timeZone = TimeZone.getTimeZone("UTC"); format(issue.due) }
def parser = new SimpleDateFormat("yyyy-MM-dd HH:mm")
parser.timeZone = TimeZone.getTimeZone("UTC")
def parsed = parser.parse("2024-02-29 13:45")
replica.parsedMillis = parsed.time
replica.parsed = parsed
replica.patterns = ["EEE, d MMM yyyy", "HH:mm:ss", "yyyyMMdd", "D", "a h:mm"].collect {
  def f = new SimpleDateFormat(it, Locale.US)
  f.timeZone = TimeZone.getTimeZone("UTC")
  f.format(issue.updated)
}
