// Safe navigation returns null instead of failing on a null receiver.
replica.email = issue.assignee?.email
replica.resolution = issue.resolution?.name
replica.envLength = issue.environment?.length()
replica.deep = issue.customKeys?.missing?.deeper?.name
replica.upper = issue.assignee?.displayName?.toUpperCase()
replica.firstComment = issue.comments?.getAt(0)?.body
def nothing = null
replica.size = nothing?.size()
replica.chain = nothing?.a?.b ?: "fallback"
