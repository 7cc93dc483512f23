// Groovy 4 computes % on a BigDecimal operand as BigDecimal.remainder; Groovy 2.4 has no
// such operator, so this rewrite calls remainder directly.
def rem(a, b) { (a as BigDecimal).remainder(b as BigDecimal) }
replica.values = [rem(6.5, 4), rem(7, 2.5), rem(-7.5, 2), rem(10.0, 3), rem(1.25, 0.5)]
def hours = 10.0
hours = rem(hours, 4)
replica.compound = hours
replica.types = [rem(6.5, 4), rem(7, 2.5)].collect { it.getClass().simpleName }
