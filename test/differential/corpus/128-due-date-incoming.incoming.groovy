// Incoming due dates: copy, shift by a day and describe in a fixed zone.
import java.text.SimpleDateFormat
issue.due = replica.due ? new Date(replica.due.time + 24 * 60 * 60 * 1000L) : null
def fmt = new SimpleDateFormat("yyyy-MM-dd")
fmt.setTimeZone(TimeZone.getTimeZone("Europe/Berlin"))
issue.dueText = replica.due ? fmt.format(replica.due) : "none"
issue.remoteUpdated = replica.updated.time
issue.newer = replica.updated.after(issue.updated)
issue.commentDates = replica.comments.collect { fmt.format(it.created) }
