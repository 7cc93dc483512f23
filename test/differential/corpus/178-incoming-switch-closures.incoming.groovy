// Incoming mapping with switch, closures and a method.
def mapType(String remote) {
  switch (remote) {
    case ["Bug", "Defect"]: return "Incident"
    case ~/(?i)story|feature/: return "Request"
    case { it?.endsWith("Task") }: return "Task"
    default: return "Other"
  }
}
issue.mappedType = mapType(replica.type.name)
issue.mappedAll = ["Defect", "Feature", "Sub-Task", "Epic"].collect(this.&mapType)
def weight = { p -> [High: 3, Medium: 2].get(p, 1) }
issue.weight = weight(replica.priority.name) * replica.customFields."Story Points".value
