// Methods may be called before they are declared.
replica.name = fullName(issue.reporter)
def fullName(user) {
  return user?.displayName ?: "unknown"
}
String upper(String s) { s.toUpperCase() }
def withDefaults(a, b = 2, String c = "x") { [a, b, c] }
static int count(List<String> items) { items.size() }
private Map<String, Object> toMap(def value) { [v: value] }
void log2(String message) throws Exception { log.info(message) }
def varargs(String... rest) { rest }
def "quoted name"() { 1 }
def empty() {}
def recursive(int n) {
  n <= 1 ? 1 : n * recursive(n - 1)
}
