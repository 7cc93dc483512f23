// An open bracket keeps the statement going.
def list = [
  1,
  2
]
def total = Math.max(
  4,
  9
)
// A trailing binary operator or assignment continues on the next line.
def sum = 1 +
  2 *
  3
def name =
  "x"
def both = a &&
  b
// A leading dot, safe dot, spread dot, method pointer or elvis continues the line above.
def joined = labels
  .findAll { it != "p1" }
  ?.collect { it.toUpperCase() }
  *.trim()
def ref = labels
  .&size
def text = summary
  ?: "none"
def either = a
  || b
// A closing brace on its own line ends the closure, not the statement.
def names = items.collect {
  it.name
}.join(",")
// A leading minus starts a new statement.
def d = a
-1
// Comments between continued lines are skipped.
def c = first // trailing comment
  // a comment line
  .second
// A ternary split before '?' and ':' continues (Groovy 2.4 and 4).
def pick = flag
  ? "yes"
  : "no"
// Groovy 4 continues before binary operators other than + - and **.
def same = a
  == b
def shifted = list
  << 3
def typed = value
  as String
def inList = a
  in items
def assigned
  = 5
// A newline after '>' that closes type arguments ends the statement.
def casted = value as List<String>
def after = 1
// A backslash at the end of a line joins the next line.
def joinedLine = 1 + \
  2
