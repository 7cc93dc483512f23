a.b
a?.b
a*.b
a.@b
a.&b
a?.b?.c()
issue.labels*.label
a*.b()
list*.name*.size()
issue?.reporter?.email ?: "none"
x = a.&toUpperCase
this.helper()
