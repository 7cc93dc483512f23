// Fault (first-sync-missing-project): a first-sync block without the issue type.
if (firstSync) {
    issue.projectKey = "SUP"
}
issue.summary = replica.summary ?: "No summary"
