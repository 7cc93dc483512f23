// @expect-error NullPointerException
// @expect-message Cannot get property 'Team' on null object
// A misspelt field name reads as null, so the next property read fails.
issue.summary = replica.summary
issue.team = replica.customField."Team".value
