// Fault (mixed-script-identifier): a Cyrillic letter in a variable name.
def stаtus = issue.status
replica.status = stаtus
