// String.format with common conversions (US locale).
def points = issue.customFields."Story Points".value
replica.basic = String.format("%s has %d points", issue.key, points)
replica.padded = String.format("%05d|%-6s|%6s", 42, "ab", "cd")
replica.decimals = String.format("%.2f %.0f %.3f", 3.14159d, 2.5d, 1.0005d)
replica.bigDecimal = String.format("%.1f", 2.25)
replica.hex = String.format("%x %X %08x", 255, 255, 48879)
replica.grouping = String.format("%,d", 1234567)
replica.percent = String.format("%d%%", 50)
replica.booleanAndNull = String.format("%b %s", true, null)
replica.gdkFormat = "%s-%s".format("a", "b")
