// % on BigDecimal operands is BigDecimal.remainder in Groovy 4 (Groovy 2.4 rejects it).
replica.values = [6.5 % 4, 7 % 2.5, -7.5 % 2, 10.0 % 3, 1.25 % 0.5]
def hours = 10.0
hours %= 4
replica.compound = hours
replica.types = [6.5 % 4, 7 % 2.5].collect { it.getClass().simpleName }
