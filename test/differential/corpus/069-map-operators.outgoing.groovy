// Map operators: +, -, << and subscripts keep insertion order.
def map = [b: 2, a: 1]
replica.plus = map + [c: 3]
replica.plusOverride = map + [b: 20]
replica.minus = [a: 1, b: 2, c: 3] - [b: 2]
def grow = [z: 0]
grow << [y: 1]
grow["x"] = 2
grow.w = 3
grow.z = 9
replica.grow = grow
replica.keys = grow.keySet().toList()
def withDefault = [:]
replica.getDefault = withDefault.get("count", 0)
replica.afterGet = withDefault
replica.numberKeys = [1: "int", 1L: "long", "1": "string"].size()
