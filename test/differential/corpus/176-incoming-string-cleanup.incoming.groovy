// Incoming text clean-up with string methods.
def summary = "  [ext]   Checkout   page fails  "
issue.summary = summary.replaceFirst(/^\s*\[ext\]/, "").trim().replaceAll(/\s+/, " ")
issue.shortKey = replica.key.tokenize("-")[1].padLeft(5, "0")
issue.descriptionLines = replica.description.readLines().collect { it.trim().capitalize() }
issue.descriptionFirst = replica.description.split("\n")[0] - ":"
issue.initials = replica.assignee.displayName.tokenize().collect { it.take(1) }.join()
issue.lower = replica.summary.toLowerCase().endsWith("users")
println "applied ${replica.key}"
