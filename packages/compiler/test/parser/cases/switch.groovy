switch (value) {
  case 1:
    r = "one"
    break
  case "two":
  case ["x", "y"]:
    r = "list"
    break
  case 1..5:
    r = "range"
    break
  case ~/ab+/:
    r = "regex"
    break
  case { it > 100 }:
    r = "closure"
    break
  case String:
    r = "class"
    // falls through
  case Integer:
  case null:
    r = "class or null"
  default:
    r = "other"
}
switch (x) {}
switch (x) {
  default: r = 0; break
}
switch (x) { case 1: case 2: r = 2 }
