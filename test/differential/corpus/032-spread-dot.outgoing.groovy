// The spread-dot operator collects a property or method result from every element.
replica.labels = issue.labels*.label
replica.componentNames = issue.components*.name
replica.upper = issue.labels*.label*.toUpperCase()
replica.authors = issue.comments*.author*.displayName
def withNull = [[name: "a"], null, [name: "c"]]
replica.withNull = withNull*.name
def none = null
replica.none = none*.name
replica.sizes = ["ab", "c", ""]*.size()
