// Jira -> GitHub, incoming (runs on the Jira node): applies a GitHub issue.

if (firstSync) {
    // A new twin needs a project and a type, or Jira creates nothing.
    issue.projectKey = "SUP"
    issue.typeName = replica.type?.name == "Pull Request" ? "Task" : "Bug"
}

issue.summary = replica.summary
// GitHub bodies may be empty; keep the Jira description field readable.
issue.description = replica.description || "No description"

// GitHub has two states; Jira has a workflow.
const statusMap_N = {
    "open"  : "To Do",
    "closed": "Done",
}
const remoteStatus_N = replica.status?.name
const targetStatus_N = statusMap_N[remoteStatus_N] || "To Do"
if (issue.status?.name != targetStatus_N) {
    issue.setStatus(targetStatus_N)
}
if (remoteStatus_N == "closed") {
    const resolutionName_N = replica.resolution?.name == "not_planned" ? "Won't Do" : "Done"
    issue.resolution = nodeHelper.getResolution(resolutionName_N)
}

// GitHub hides most emails: try the email, then a login map, then triage.
const loginMap_N = {
    "octokit-fixture-user-a": "amartin",
}
const githubUser_N = replica.assignee
let assignee_N = nodeHelper.getUserByEmail(githubUser_N?.email)
if (!assignee_N && githubUser_N) {
    assignee_N = nodeHelper.getUserByUsername(loginMap_N[githubUser_N.username])
}
issue.assignee = assignee_N || nodeHelper.getUserByUsername("triage")

const reporter_N = nodeHelper.getUserByUsername(loginMap_N[replica.reporter?.username])
if (reporter_N) {
    issue.reporter = reporter_N
}

// Jira labels cannot contain spaces.
issue.labels = (replica.labels || []).map((it) => nodeHelper.getLabel(it.label.toLowerCase().replace(/\s+/g, "-")))

issue.comments = commentHelper.mergeComments(issue, replica)

if (issue.customFields["GitHub Link"]) issue.customFields["GitHub Link"].value = replica.customKeys?.htmlUrl
