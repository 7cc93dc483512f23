// Escape sequences in single- and double-quoted strings.
replica.newline = "a\nb"
replica.tab = 'a\tb'
replica.backslash = "back\\slash"
replica.quotes = 'it\'s' + " \"quoted\""
replica.unicode = "caf\u00e9 \u2713"
replica.dollar = "\$notInterpolated"
replica.carriage = "line\r\n"
replica.formFeed = "\f\b".size()
replica.sizes = ["\u00e9".size(), "\\n".size(), '\\'.size()]
replica.octal = "\101\60"
