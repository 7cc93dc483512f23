// Fault (member-not-in-direction): a computed change list read in an outgoing rule.
replica.summary = issue.summary
replica.newCommentCount = replica.addedComments?.size()
