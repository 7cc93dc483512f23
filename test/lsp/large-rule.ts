/** A generated incoming rule of any length, built from the steps that real incoming rules repeat. */

function block(n: number): string {
  return `
// Block ${n}: status, assignee, labels and comments.
def statusMap${n} = ["Open": "To Do", "In Progress": "In Progress", "Resolved": "Done"]
def target${n} = statusMap${n}[replica.status?.name] ?: "To Do"
if (issue.status?.name != target${n}) {
    issue.setStatus(target${n})
}
def assignee${n} = nodeHelper.getUserByEmail(replica.assignee?.email)
if (!assignee${n} && replica.assignee) {
    assignee${n} = nodeHelper.getUserByUsername(replica.assignee.username)
}
issue.assignee = assignee${n} ?: issue.assignee
def labels${n} = (replica.labels ?: []).collect { it.label.toLowerCase() }.findAll { it }
issue.labels = labels${n}.collect { nodeHelper.getLabel(it) }.findAll { it != null }
issue.comments = commentHelper.mergeComments(issue, replica) { comment ->
    comment.body = "\${comment.author?.displayName ?: 'Remote'}: \${comment.body}"
}
`;
}

/** Returns an incoming rule of `lines` lines: a first-sync block, then copies of a typical block of steps. */
export function largeRule(lines: number): string {
  let text = `if (firstSync) {\n    issue.projectKey = "SUP"\n    issue.typeName = "Task"\n}\n`;
  for (let n = 0; text.split("\n").length < lines; n++) text += block(n);
  return text.split("\n").slice(0, lines).join("\n") + "\n";
}
