// Apply remote comments: skip internal ones, prefix the author, keep local comments.
def incoming = replica.comments.findAll { !it.internal }
def localRemoteIds = issue.comments*.remoteId.findAll()
incoming.findAll { !(it.id in localRemoteIds) }.each { c ->
  issue.comments += [[
    body    : "*${c.author?.displayName ?: 'Someone'}* said:\n${c.body}".toString(),
    remoteId: c.id,
    internal: false,
    created : c.created
  ]]
}
issue.commentBodies = issue.comments*.body
issue.commentCount = issue.comments.size()
