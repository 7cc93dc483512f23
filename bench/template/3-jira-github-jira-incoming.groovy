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
def statusMap_N = [
    "open"  : "To Do",
    "closed": "Done",
]
def remoteStatus_N = replica.status?.name
def targetStatus_N = statusMap_N[remoteStatus_N] ?: "To Do"
if (issue.status?.name != targetStatus_N) {
    issue.setStatus(targetStatus_N)
}
if (remoteStatus_N == "closed") {
    def resolutionName_N = replica.resolution?.name == "not_planned" ? "Won't Do" : "Done"
    issue.resolution = nodeHelper.getResolution(resolutionName_N)
}

// GitHub hides most emails: try the email, then a login map, then triage.
def loginMap_N = [
    "octokit-fixture-user-a": "amartin",
]
def githubUser_N = replica.assignee
def assignee_N = nodeHelper.getUserByEmail(githubUser_N?.email)
if (!assignee_N && githubUser_N) {
    assignee_N = nodeHelper.getUserByUsername(loginMap_N[githubUser_N.username])
}
issue.assignee = assignee_N ?: nodeHelper.getUserByUsername("triage")

def reporter_N = nodeHelper.getUserByUsername(loginMap_N[replica.reporter?.username])
if (reporter_N) {
    issue.reporter = reporter_N
}

// Jira labels cannot contain spaces.
issue.labels = (replica.labels ?: []).collect { nodeHelper.getLabel(it.label.toLowerCase().replaceAll(/\s+/, "-")) }

issue.comments = commentHelper.mergeComments(issue, replica)

issue.customFields."GitHub Link"?.value = replica.customKeys?.htmlUrl
