println "hello"
println a, b
println()
log.info "synced ${issue.key}"
issue.labels.add "x"
debug.error "stop"
println a.b
println x: 1, y: 2
println -1
println !flag
println new Date()
def hasFirst = names.contains "first"
replica.pair = pair 1, 2
x = foo bar
println [1]
println(1) + 1
