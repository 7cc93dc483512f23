// Fault (unknown-method): a misspelt Date method.
replica.key = issue.key
replica.createdDay = issue.created.formatt("yyyy-MM-dd")
