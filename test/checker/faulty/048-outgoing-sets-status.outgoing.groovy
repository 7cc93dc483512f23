// Fault (write-has-no-effect): an outgoing rule changing the local status.
replica.status = issue.status
issue.setStatus("Done")
