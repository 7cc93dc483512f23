// One outgoing rule serving several connections, routed on the remote instance name.
def remote = connection.remoteInstance.name
switch (remote) {
  case ~/github-.*/:
    replica.labels = issue.labels*.label
    replica.target = "github"
    break
  case "jira-ops":
    replica.labels = issue.labels
    replica.target = "jira"
    break
  default:
    replica.target = "other"
}
replica.connection = connection.name
replica.localKey = issueKey.key
