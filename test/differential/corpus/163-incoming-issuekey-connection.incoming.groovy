// issueKey and connection tell the rule where it runs.
issue.localKey = issueKey.key
issue.localId = issueKey.id
issue.connectionName = connection.name
issue.remoteName = connection.remoteInstance.name
issue.origin = "${connection.remoteInstance.name}:${replica.key}".toString()
if (connection.name.startsWith("ops-")) {
  issue.summary = "[OPS] " + replica.summary
}
