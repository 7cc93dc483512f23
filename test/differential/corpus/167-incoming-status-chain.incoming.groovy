// Walk a status workflow in steps until the mapped target is reached.
def workflow = ["Open", "Triaged", "In Progress", "In Review", "Done"]
def targetMap = ["In Progress": "In Progress", "Done": "Done", "Open": "Open"]
def target = targetMap[replica.status.name] ?: "Triaged"
def path = []
def current = issue.status.name
while (current != target && workflow.indexOf(current) < workflow.indexOf(target)) {
  current = workflow[workflow.indexOf(current) + 1]
  path << current
}
issue.setStatus(current)
issue.transitions = path
