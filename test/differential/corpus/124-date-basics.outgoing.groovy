// java.util.Date values: epoch millis, comparison and day arithmetic.
def created = issue.created
def updated = issue.updated
replica.createdMillis = created.time
replica.getTime = updated.getTime()
replica.before = created.before(updated)
replica.after = created.after(updated)
replica.compare = [created < updated, created == new Date(created.time), created.compareTo(updated)]
replica.plusDays = (created + 2).time
replica.minusDays = (created - 1).time
replica.daysBetween = issue.due - created
replica.epoch = new Date(0L).time
replica.dueCopy = new Date(issue.due.time)
replica.ageHours = (updated.time - created.time).intdiv(3600000)
