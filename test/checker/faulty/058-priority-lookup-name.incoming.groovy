// Fault (null-dereference): a priority lookup used without a check.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
def priority = nodeHelper.getPriority(replica.priority?.name ?: "Medium")
log.info("priority id ${priority.id}")
issue.priority = priority
