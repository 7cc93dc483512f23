// Build a description from a triple-quoted template with expressions.
def points = issue.customFields."Story Points"?.value
replica.description = """\
h3. ${issue.summary.trim()}
*Key:* ${issue.key}
*Priority:* ${issue.priority?.name ?: 'none'}
*Points:* ${points ?: '-'}
*Labels:* ${issue.labels ? issue.labels*.label.join(', ') : 'none'}
*Comments:* ${issue.comments.size()} (${issue.comments.count { it.internal }} internal)
"""
replica.lineCount = replica.description.readLines().size()
