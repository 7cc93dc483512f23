// Fault (unsupported-api): pausing the rule with a thread sleep.
replica.key = issue.key
Thread.sleep(500)
