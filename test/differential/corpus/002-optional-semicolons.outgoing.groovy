// Semicolons are optional, and several statements may share one line.
def a = 1; def b = 2
def c = a + b;
replica.a = a; replica.b = b
replica.c = c;;
replica.summary = issue.summary.trim() ; replica.key = issue.key
