// @expect-error CompilationFailedException
// A closure parameter may not reuse the name of a local variable in scope: Groovy rejects the
// whole script at compile time, so not even the first line runs.
replica.before = "never written"
def local = 1
def shadow = { local -> local * 100 }
replica.shadowed = shadow(3)
