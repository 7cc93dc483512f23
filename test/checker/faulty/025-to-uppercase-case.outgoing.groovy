// Fault (unknown-method): toUppercase instead of toUpperCase.
replica.key = issue.key
replica.summary = issue.summary?.toUppercase()
