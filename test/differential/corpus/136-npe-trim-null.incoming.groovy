// @expect-error NullPointerException
// @expect-message Cannot invoke method trim() on null object
// A classic rule bug: trimming an optional field that is null on this replica.
issue.summary = replica.summary.trim()
issue.environment = replica.environment.trim()
issue.never = true
