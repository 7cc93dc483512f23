// Incoming number handling: custom field arithmetic across Integer and BigDecimal.
def points = replica.customFields."Story Points".value
issue.customFields."Story Points".value = points
issue.halfPoints = points / 2
issue.doubled = points * 2
issue.hours = points * 1.5
issue.rounded = (points / 3).setScale(1, java.math.RoundingMode.HALF_UP)
issue.asInt = (points / 3) as int
issue.bucket = points.intdiv(2) + points % 2
issue.fibonacci = points in [1, 2, 3, 5, 8, 13]
issue.types = [points, points / 2, points * 1.5, points.intdiv(2)].collect { it.getClass().simpleName }
