// @expect-error MissingPropertyException
// @expect-message No such property: name for class: java.lang.String
// Reading a property that a String does not have fails at run time.
replica.key = issue.key
def team = issue.customFields."Team".value
replica.teamName = team.name
replica.never = true
