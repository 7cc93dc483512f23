// Property reads through subscripts, quoted names and variables.
replica.bySubscript = issue["summary"].trim()
replica.cfBySubscript = issue.customFields["Story Points"].value
def cf = issue.customFields
replica.quotedSingle = cf.'Team'.value
replica.quotedDouble = cf."Severity".value.value
def name = "Estimate Hours"
replica.byVariable = cf[name].value
replica["written"] = "by subscript"
replica."written too" = "by quoted name"
def map = [:]
map["a b"] = 1
map.'c-d' = 2
replica.map = map
replica.missing = cf["Nope"]
replica.nestedSubscript = issue["labels"][1]["label"]
