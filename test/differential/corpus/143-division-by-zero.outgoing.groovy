// @expect-error ArithmeticException
// Integer division by zero ends the rule; earlier writes stay.
replica.ok = 10.intdiv(3)
def done = issue.workLogs.size() - 1
replica.ratio = 10 / done
