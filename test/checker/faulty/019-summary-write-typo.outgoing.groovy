// Fault (unknown-field): a misspelt replica field that copies the field it resembles.
replica.key = issue.key
replica.sumary = issue.summary
