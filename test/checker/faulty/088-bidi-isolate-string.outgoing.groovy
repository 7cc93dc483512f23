// Fault (bidi-control-character): a right-to-left isolate inside a string.
replica.key = issue.key
replica.label = "team⁧-ops⁩"
