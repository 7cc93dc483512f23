// First sync: choose the project and map the issue type, and stop for unknown types.
def typeMap = ["Bug": "Incident", "Story": "Request", "Task": "Task"]
if (firstSync) {
  issue.projectKey = "SUP"
  def mapped = typeMap[replica.type?.name]
  if (mapped == null) {
    issue.typeName = "Task"
    issue.typeFallback = true
  } else {
    issue.typeName = mapped
  }
  issue.summary = replica.summary
  return
}
issue.summary = "not first sync"
