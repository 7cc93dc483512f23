// Remove and add summary prefixes with regular expressions.
def summary = "[OPS-42] [URGENT] Checkout page fails"
issue.withoutKey = summary.replaceFirst(/^\[[A-Z]+-\d+\]\s*/, "")
issue.withoutTags = summary.replaceAll(/\[[^\]]+\]\s*/, "")
issue.tags = (summary =~ /\[([^\]]+)\]/).collect { it[1] }
issue.hasUrgent = summary =~ /(?i)\[urgent\]/ ? true : false
issue.summary = "[${replica.key}] " + replica.summary.replaceFirst(/^\[.*?\]\s*/, "")
