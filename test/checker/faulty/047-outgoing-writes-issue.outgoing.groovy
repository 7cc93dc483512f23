// Fault (write-has-no-effect): an outgoing rule writing the local record.
replica.summary = issue.summary
issue.summary = "[synced] " + issue.summary
