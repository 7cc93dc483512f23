// Searching strings: contains, startsWith, endsWith, indexOf, lastIndexOf.
def s = issue.summary.trim()
replica.contains = [s.contains("guest"), s.contains("Guest"), s.contains("")]
replica.startsWith = [s.startsWith("Check"), s.startsWith("check"), issue.key.startsWith("OPS-")]
replica.endsWith = [s.endsWith("users"), s.endsWith("user")]
replica.indexOf = [s.indexOf("e"), s.indexOf("e", 5), s.indexOf("zzz"), s.indexOf("page")]
replica.lastIndexOf = [s.lastIndexOf("e"), s.lastIndexOf("s")]
