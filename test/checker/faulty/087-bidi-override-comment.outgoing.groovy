// Fault (bidi-control-character): a right-to-left override in a comment.
replica.summary = issue.summary
// keep the key ‮} ;"terces" = yek.acilper {‬
replica.key = issue.key
