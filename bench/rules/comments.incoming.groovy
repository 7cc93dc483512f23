// Benchmark rule (incoming, runs on the Jira side): applies a replica that
// carries 50 comments. bench/src/comments-js.ts does the same work in plain
// JavaScript and bench/groovy/Bench.groovy runs this file on Groovy 2.4, so
// change all three together.

def statusMap = [
    "open"       : "To Do",
    "in_progress": "In Progress",
    "review"     : "In Review",
    "closed"     : "Done",
]
def remoteStatus = replica.status?.name
def targetStatus = statusMap[remoteStatus] ?: "To Do"
if (issue.status?.name != targetStatus) {
    issue.status = [name: targetStatus]
}

// Jira shows at most 60 characters of the summary in the board cards.
def title = replica.summary?.trim() ?: "(no summary)"
if (title.size() > 60) {
    title = title.substring(0, 57) + "..."
}
issue.summary = "[${replica.key}] ${title}"
issue.description = (replica.description ?: "").replace("\r\n", "\n").replace("**", "*")

// Jira labels cannot contain spaces; internal labels stay on the remote side.
issue.labels = replica.labels
    .collect { it.label.trim().toLowerCase().replace(" ", "-") }
    .findAll { it && !it.startsWith("internal") }
    .unique()
    .collect { [label: it] }

// Merge the comments by remote id: update edited ones, add new ones, keep local ones.
def localByRemoteId = [:]
for (comment in issue.comments) {
    if (comment.remoteId) {
        localByRemoteId[comment.remoteId] = comment
    }
}
def merged = []
def added = 0
def updated = 0
for (remote in replica.comments.findAll { !it.internal }) {
    def author = remote.author?.displayName ?: "Remote user"
    def body = "${author} wrote on ${replica.key}:\n${remote.body.trim()}"
    def local = localByRemoteId[remote.id]
    if (local == null) {
        merged.add([remoteId: remote.id, body: body, author: [key: "sync-user", displayName: "Sync User"], created: remote.created, internal: false])
        added++
    } else {
        if (local.body != body) {
            local.body = body
            updated++
        }
        merged.add(local)
    }
}
merged.addAll(issue.comments.findAll { !it.remoteId })
issue.comments = merged
issue.customKeys.lastSync = "${added} added, ${updated} updated, ${merged.size()} in total"
