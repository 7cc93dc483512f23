// def and typed declarations, including generic types.
String s = issue.summary.trim()
List<String> l = issue.labels.collect { it.label }
Map<String, Object> m = [key: issue.key, size: l.size()]
int i = 7
long big = 3000000000L
double d = 2.5
BigDecimal money = 10.25
boolean yes = true
def any = null
Integer boxed = 5
replica.values = [s, l, m, i, big, d, money, yes, any, boxed]
replica.types = [s, l, m, i, big, d, money, yes, boxed].collect { it.getClass().simpleName }
