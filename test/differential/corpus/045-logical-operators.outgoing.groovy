// && and || short-circuit and return booleans; ! applies Groovy truth.
def calls = []
def check(List calls, String name, value) {
  calls << name
  value
}
replica.and = check(calls, "a1", false) && check(calls, "a2", true)
replica.or = check(calls, "o1", "text") || check(calls, "o2", true)
replica.calls = calls
replica.values = ["x" && 1, null || 0, [] || [:], "a" || null]
replica.nots = [!null, !"", !"x", ![], ![0], !0, !0.0]
replica.precedence = true || false && false
