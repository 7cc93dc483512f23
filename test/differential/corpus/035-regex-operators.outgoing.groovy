// =~ makes a matcher, ==~ matches the whole string.
def summary = issue.summary.trim()
replica.fullMatch = issue.key ==~ /[A-Z]+-\d+/
replica.partialWholeMatch = summary ==~ /guest/
def m = issue.description =~ /(\d+)\. (\w+)/
replica.found = m ? true : false
replica.firstGroup = m[0][1]
replica.firstWord = m[0][2]
replica.count = m.count
replica.all = m.collect { it[0] }
def key = issue.key =~ /([A-Z]+)-(\d+)/
if (key.matches()) {
  replica.project = key.group(1)
  replica.number = key.group(2).toInteger()
}
replica.noMatch = ("abc" =~ /\d/) ? "yes" : "no"
