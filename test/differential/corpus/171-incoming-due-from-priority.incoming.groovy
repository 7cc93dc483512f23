// Compute an SLA due date from the created date and the priority.
def slaDays = [High: 2, Medium: 5, Low: 10]
def days = slaDays[replica.priority?.name] ?: 7
def dayMillis = 24L * 60 * 60 * 1000
issue.due = new Date(replica.created.time + days * dayMillis)
issue.slaDays = days
issue.overdue = issue.due.before(replica.updated)
issue.dueMillis = issue.due.time
