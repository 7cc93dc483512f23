// Property names built with GStrings and strings at run time.
def fields = ["summary", "key", "id"]
fields.each { f ->
  replica."${f}" = issue."${f}"
}
def suffix = "Name"
replica."project${suffix}" = issue.project.name
def cf = "Team"
replica."cf_${cf.toLowerCase()}" = issue.customFields."${cf}".value
replica."System.CreatedBy" = issue.reporter.displayName
replica.read = replica."System.CreatedBy"
