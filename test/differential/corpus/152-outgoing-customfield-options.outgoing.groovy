// Custom field values of several kinds: option, list of options, number and text.
def cf = issue.customFields
replica.severity = cf.Severity?.value?.value
replica.browsers = cf.Browsers?.value*.value
replica.browserIds = cf.Browsers?.value*.id*.toInteger()
replica.points = cf."Story Points".value
replica.hours = cf."Estimate Hours".value
replica.summaryLine = cf.collect { name, field ->
  def v = field.value
  def text = v instanceof List ? v*.value.join("+") : (v instanceof Map ? v.value : v)
  "${name}=${text}"
}.join("; ")
