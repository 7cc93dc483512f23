// Crash test, side A (where issues start): takes only comments, so A's summaries change only by hand.
issue.comments = commentHelper.mergeComments(issue, replica)
