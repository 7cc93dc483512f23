// Fault (deprecated-api): Date.getYear, which counts from 1900.
replica.key = issue.key
replica.createdYear = issue.created.getYear()
