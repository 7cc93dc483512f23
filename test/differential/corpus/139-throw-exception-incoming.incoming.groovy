// @expect-error Exception
// @expect-message Project is missing for OPS-42
// An incoming rule refuses a replica without the field it needs.
if (firstSync && !replica.project?.key) {
  issue.attempted = true
  throw new Exception("Project is missing for " + replica.key)
}
issue.projectKey = replica.project.key
