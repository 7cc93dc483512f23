// Fault (assignment-in-condition): = instead of == in a ternary.
def kind = issue.type?.name
replica.typeName = kind
replica.isBug = (kind = "Bug") ? true : false
