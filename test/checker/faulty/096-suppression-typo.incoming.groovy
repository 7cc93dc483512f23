// Fault (unknown-suppression-code): a suppression comment with a misspelt code.
if (firstSync) {
    issue.projectKey = "SUP"
    issue.typeName = "Bug"
}
// twinsync-disable-next-line null-derefernce
issue.summary = replica.summary ?: "No summary"
