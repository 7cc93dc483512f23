// if / else if / else chains choose a local priority.
def remote = replica.priority?.name
if (remote == "Highest" || remote == "Blocker") {
  issue.priority = [name: "P1"]
} else if (remote == "High") {
  issue.priority = [name: "P2"]
} else if (remote == "Medium") {
  issue.priority = [name: "P3"]
} else {
  issue.priority = [name: "P4"]
}
if (!replica.summary) issue.summary = "(no summary)"
else issue.summary = replica.summary
if (replica.labels) { issue.hasLabels = true } else { issue.hasLabels = false }
