// Comments as a list of maps: copy the remote ones that the local issue lacks.
def known = issue.comments.collect { it.remoteId }.findAll { it != null }
def added = replica.comments.findAll { !(it.id in known) }
added.each { c ->
  issue.comments << [
    body    : "${c.author.displayName} wrote: ${c.body}".toString(),
    created : c.created,
    internal: c.internal,
    remoteId: c.id
  ]
}
issue.addedCount = added.size()
issue.lastBody = issue.comments[-1].body
