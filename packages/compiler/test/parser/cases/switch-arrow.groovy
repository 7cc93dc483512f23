// Groovy 4 switch with arrow cases: no fall-through.
switch (status) {
  case "Open" -> result = "To Do"
  case "Closed", "Done" -> result = "Done"
  case ["A", "B"] -> { result = "letter"; count++ }
  default -> result = "Other"
}
