// Evaluation order: arguments left to right; ?. on null still evaluates the call's arguments
// (Groovy 4 evaluates them before the call site checks the receiver); ?: evaluates its left side once.
def calls = []
def mark(List calls, String name, value) { calls << name; value }
def none = null
none?.foo(mark(calls, "safe-call-arg", 1))
replica.afterSafe = calls.clone()
def v = mark(calls, "left", null) ?: mark(calls, "right", "R")
replica.elvis = v
replica.args = [mark(calls, "a1", 1), mark(calls, "a2", 2)].sum()
def map = [k: 1]
map[mark(calls, "key", "k")] += 5
replica.map = map
replica.ternary = mark(calls, "cond", true) ? mark(calls, "then", 1) : mark(calls, "else", 2)
replica.calls = calls
