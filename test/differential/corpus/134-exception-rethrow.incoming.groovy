// @expect-error IllegalStateException
// @expect-message Cannot map priority 'High': For input string: "High"
// A caught exception is wrapped in a new one with more context and rethrown.
issue.summary = replica.summary
try {
  issue.priorityLevel = Integer.parseInt(replica.priority.name)
} catch (NumberFormatException e) {
  issue.failedOn = "priority"
  throw new IllegalStateException("Cannot map priority '${replica.priority.name}': ${e.message}", e)
}
issue.never = true
