// One catch clause for several exception types, and catch order.
def attempt(Closure action) {
  try {
    action()
    return "ok"
  } catch (NumberFormatException | IllegalStateException e) {
    return "multi: " + e.getClass().simpleName
  } catch (RuntimeException e) {
    return "runtime: " + e.getClass().simpleName
  } catch (Exception e) {
    return "exception: " + e.message
  }
}
replica.results = [
  attempt { Integer.parseInt("x") },
  attempt { throw new IllegalStateException("state") },
  attempt { throw new IllegalArgumentException("arg") },
  attempt { throw new Exception("plain") },
  attempt { 1 + 1 }
]
