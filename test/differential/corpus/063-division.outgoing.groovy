// Division: / on integers gives BigDecimal, intdiv truncates, % keeps the sign of the dividend.
def r = [7 / 2, 1 / 3, 2 / 3, 10 / 4, 10 / 5, 1.0 / 8, 7L / 2, 1 / 2d, 7.0 / 2, -7 / 2]
replica.divide = r
replica.types = r.collect { it.getClass().simpleName }
replica.intdiv = [7.intdiv(2), (-7).intdiv(2), 7L.intdiv(2L)]
replica.mod = [7 % 3, -7 % 3, 7 % -3, 7L % 2]
replica.scale = [(1 / 3).scale(), (10 / 4).scale(), (10 / 5).scale()]
replica.points = issue.customFields."Story Points".value / 2
