// Further string methods seen in sync rules.
replica.tr = "hello".tr("el", "ip")
replica.allWhitespace = [" \t".isAllWhitespace(), " x ".isAllWhitespace()]
replica.concat = "sync".concat("-rule")
replica.join = String.join("/", ["a", "b", "c"])
replica.toCharList = issue.key.toList().unique()
replica.multiplyEmpty = "" * 5
replica.repeat = "ab".multiply(2)
replica.upperFirst = issue.assignee.displayName[0].toUpperCase() + issue.assignee.displayName.substring(1).toLowerCase()
replica.containsIgnoreCase = issue.summary.toLowerCase().contains("GUEST".toLowerCase())
replica.valueOfChar = String.valueOf("x".charAt(0))
