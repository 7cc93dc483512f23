// Shift and bitwise operators, and << as append.
replica.shiftLeft = 1 << 4
replica.shiftRight = -16 >> 2
replica.unsignedShift = -16 >>> 28
replica.longShift = 1L << 40
replica.and = 0b1100 & 0b1010
replica.or = 0b1100 | 0b1010
replica.xor = 0b1100 ^ 0b1010
replica.not = ~5
replica.boolAnd = true & false
replica.boolXor = true ^ true
def list = [1]
list << 2 << 3
replica.list = list
def map = [a: 1]
map << [b: 2]
replica.map = map
