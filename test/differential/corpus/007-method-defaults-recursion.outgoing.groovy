// Default parameter values and recursive script methods.
def prefix(String text, String tag = "SYNC", String sep = ": ") {
  tag + sep + text
}

long factorial(int n) {
  n <= 1 ? 1L : n * factorial(n - 1)
}

def fib(n) { n < 2 ? n : fib(n - 1) + fib(n - 2) }

replica.p1 = prefix(issue.key)
replica.p2 = prefix(issue.key, "JIRA")
replica.p3 = prefix(issue.key, "JIRA", " - ")
replica.fact = factorial(15)
replica.fib = (0..10).collect { fib(it) }
