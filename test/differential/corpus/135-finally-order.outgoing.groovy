// finally runs after return and after a rethrow; nested try blocks unwind in order.
def steps = []
def compute(List steps) {
  try {
    steps << "try"
    return "returned"
  } finally {
    steps << "finally"
  }
}
replica.value = compute(steps)
try {
  try {
    steps << "inner"
    throw new IllegalStateException("boom")
  } finally {
    steps << "inner finally"
  }
} catch (IllegalStateException e) {
  steps << "outer catch " + e.message
} finally {
  steps << "outer finally"
}
replica.steps = steps
