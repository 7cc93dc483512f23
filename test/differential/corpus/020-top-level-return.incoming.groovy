// A top-level return ends the script early; later statements never run.
issue.summary = replica.summary
if (replica.labels.any { it.label == "customer" }) {
  issue.routed = "support"
  return
}
issue.routed = "engineering"
issue.description = "should not be written"
