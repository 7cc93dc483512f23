// Newline rules: an open bracket, a trailing operator or a leading dot continues the statement.
def labels = issue.labels.collect {
  it.label
}
replica.labels = labels
replica.total = 1 +
  2 +
  3
replica.joined = labels
  .findAll { it != "p1" }
  .collect { it.toUpperCase() }
  .join("|")
replica.list = [
  1,
  2
]
replica.map = [
  team: "web",
  size: 2
]
replica.call = Math.max(
  4,
  9
)
replica.flag = issue.summary != null &&
  issue.summary.contains("guest")
