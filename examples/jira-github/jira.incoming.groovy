// Jira -> GitHub, incoming (runs on the Jira node): applies a GitHub issue.

if (firstSync) {
    // A new twin needs a project and a type, or Jira creates nothing.
    issue.projectKey = "SUP"
    issue.typeName = replica.type?.name == "Pull Request" ? "Task" : "Bug"
}

issue.summary = replica.summary
// GitHub bodies may be empty; keep the Jira description field readable.
issue.description = replica.description ?: "No description"

// GitHub has two states; Jira has a workflow.
def statusMap = [
    "open"  : "To Do",
    "closed": "Done",
]
def remoteStatus = replica.status?.name
def targetStatus = statusMap[remoteStatus] ?: "To Do"
if (issue.status?.name != targetStatus) {
    issue.setStatus(targetStatus)
}
if (remoteStatus == "closed") {
    def resolutionName = replica.resolution?.name == "not_planned" ? "Won't Do" : "Done"
    issue.resolution = nodeHelper.getResolution(resolutionName)
}

// GitHub hides most emails: try the email, then a login map, then triage.
def loginMap = [
    "octokit-fixture-user-a": "amartin",
]
def githubUser = replica.assignee
def assignee = nodeHelper.getUserByEmail(githubUser?.email)
if (!assignee && githubUser) {
    assignee = nodeHelper.getUserByUsername(loginMap[githubUser.username])
}
issue.assignee = assignee ?: nodeHelper.getUserByUsername("triage")

def reporter = nodeHelper.getUserByUsername(loginMap[replica.reporter?.username])
if (reporter) {
    issue.reporter = reporter
}

// Jira labels cannot contain spaces.
issue.labels = (replica.labels ?: []).collect { nodeHelper.getLabel(it.label.toLowerCase().replaceAll(/\s+/, "-")) }

issue.comments = commentHelper.mergeComments(issue, replica)

issue.customFields."GitHub Link"?.value = replica.customKeys?.htmlUrl
