// Fault (unknown-method): a call to a script method under the wrong name.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def mapState(String remote) {
    return remote == "closed" ? "Done" : "To Do"
}

issue.setStatus(mapStatus(replica.status?.name))
log.info(mapState("open"))
