// Fault (unsupported-api): changing a class at run time.
replica.key = issue.key
String.metaClass.shout = { -> delegate.toUpperCase() }
