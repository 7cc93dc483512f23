// Work logs: total time, per-author sums and a readable duration.
def seconds = issue.workLogs.sum { it.timeSpent } ?: 0
replica.totalSeconds = seconds
replica.totalHours = seconds / 3600
def h = seconds.intdiv(3600)
def m = (seconds % 3600).intdiv(60)
replica.readable = "${h}h ${m}m".toString()
replica.byAuthor = issue.workLogs.groupBy { it.author.displayName }.collectEntries { k, v -> [k, v.sum { it.timeSpent }] }
replica.workLogs = issue.workLogs.collect { [author: it.author.key, started: it.startDate, seconds: it.timeSpent] }
