// Catching by type follows the exception class hierarchy.
def classify(Closure action) {
  try {
    action()
    "none"
  } catch (IllegalArgumentException e) {
    "IAE<-" + e.getClass().simpleName
  } catch (RuntimeException e) {
    "RTE<-" + e.getClass().simpleName
  } catch (Exception e) {
    "EX<-" + e.getClass().simpleName
  }
}
replica.results = [
  classify { Integer.parseInt("4x") },
  classify { throw new IllegalArgumentException("x") },
  classify { throw new IllegalStateException("x") },
  classify { throw new RuntimeException("x") },
  classify { throw new Exception("x") },
  classify { null.trim() },
  classify { "ok" }
]
replica.hierarchy = [new NumberFormatException("n") instanceof IllegalArgumentException, new IllegalStateException("s") instanceof RuntimeException, new Exception("e") instanceof RuntimeException]
