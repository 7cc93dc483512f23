// BigDecimal arithmetic keeps and combines scales.
import java.math.RoundingMode
replica.add = 1.10 + 2.205
replica.multiply = 1.5 * 2.0
replica.subtract = 1.0 - 1.0
replica.exact = 0.1 + 0.2
replica.divide = 3.0 / 2
replica.repeating = 1 / 3.0
replica.setScale = 1.239.setScale(2, RoundingMode.HALF_UP)
replica.halfEven = 2.345.setScale(2, RoundingMode.HALF_EVEN)
replica.strip = new BigDecimal("1.500").stripTrailingZeros()
replica.plain = new BigDecimal("1E+3").toPlainString()
replica.scales = [1.10.scale(), (1.10 * 1.1).scale(), 100.0.scale()]
replica.negate = -2.50
replica.compare = 2.50 == 2.5
replica.estimate = issue.customFields."Estimate Hours".value * 60
