// A map of closures as a dispatch table.
def converters = [
  text  : { v -> v?.toString()?.trim() },
  number: { v -> v == null ? 0 : v * 1 },
  option: { v -> v?.value },
  options: { v -> v*.value }
]
replica.converted = issue.customFields.collectEntries { name, field ->
  def convert = converters[field.type] ?: { it }
  [(name): convert(field.value)]
}
replica.direct = converters.text("  spaced  ")
replica.viaCall = converters["number"].call(7)
