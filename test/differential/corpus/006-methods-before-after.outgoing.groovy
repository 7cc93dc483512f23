// Script methods may be declared before or after their first use.
String label(Map l) {
  return l.label.toUpperCase()
}

replica.labels = issue.labels.collect { label(it) }
replica.teamKey = teamKey(issue.customFields."Team".value)
replica.count = countWords(issue.summary)

def teamKey(name) {
  name.toLowerCase().replace(" ", "-")
}

int countWords(String text) {
  text.trim().split(/\s+/).size()
}
