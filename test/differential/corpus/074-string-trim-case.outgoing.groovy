// Trimming and case changes.
def s = issue.summary
replica.trim = s.trim()
replica.upper = s.trim().toUpperCase()
replica.lower = s.trim().toLowerCase()
replica.capitalize = ["checkout", "Checkout", "", "x"].collect { it.capitalize() }
replica.trimKinds = ["\t tab \n", "  ", "x "].collect { it.trim() }
replica.initials = issue.assignee.displayName.split(" ").collect { it[0].toUpperCase() }.join()
replica.titleCase = "checkout page fails".split(" ").collect { it.capitalize() }.join(" ")
