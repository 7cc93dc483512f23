// @expect-error MissingPropertyException
// A misspelt binding name is only found when the line runs.
issue.summary = replica.summary
if (replica.assignee) {
  issue.assignee = isscue.assignee
}
