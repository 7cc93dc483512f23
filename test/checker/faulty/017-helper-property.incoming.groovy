// Fault (unknown-property): a helper read as if it had a property.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def users = nodeHelper.users
log.info("known users: ${users}")
