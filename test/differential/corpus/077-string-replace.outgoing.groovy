// replace, replaceAll with group references and closures, replaceFirst.
def s = issue.description
replica.replaceChar = issue.key.replace('-', '_')
replica.replaceString = s.replace("guest", "anonymous")
replica.replaceAll = s.replaceAll(/\d+\./, "#")
replica.groups = "2023-11-14".replaceAll(/(\d+)-(\d+)-(\d+)/, '$3.$2.$1')
replica.replaceFirst = s.replaceFirst(/\n/, " | ")
replica.closure = "a1b22c333".replaceAll(/\d+/) { it.size().toString() }
replica.closureGroups = "k1=v1;k2=v2".replaceAll(/(\w+)=(\w+)/) { all, k, v -> "${v}=${k}" }
replica.escapedDollar = "cost".replaceAll(/cost/, '\\$5')
replica.html = "<p>Hello <b>world</b></p>".replaceAll(/<[^>]+>/, "")
replica.literalDots = "a.b.c".replace(".", "/")
