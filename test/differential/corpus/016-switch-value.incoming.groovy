// switch on a string value maps the remote status.
def target
switch (replica.status.name) {
  case "Open":
    target = "To Do"
    break
  case "In Progress":
    target = "Doing"
    break
  case "Done":
    target = "Closed"
    break
  default:
    target = "Backlog"
}
issue.setStatus(target)
def code
switch (replica.priority.name) {
  case "High": code = 2; break
  case "Low": code = 4; break
}
issue.priorityCode = code
