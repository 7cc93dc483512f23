// @expect-error NullPointerException
// @expect-message Cannot get property 'email' on null object
// Reading a property through a null field without ?. fails.
issue.summary = replica.summary
issue.assigneeEmail = replica.resolution.email
