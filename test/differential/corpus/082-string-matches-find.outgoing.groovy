// matches, find and findAll with regular expressions.
def text = "Build 2.4.1 failed after 15 min, retry 3"
replica.matches = [issue.key.matches(/[A-Z]+-\d+/), text.matches(/\d+/)]
replica.find = text.find(/\d+/)
replica.findNone = text.find(/xyz/)
replica.findGroup = text.find(/(\d+)\.(\d+)\.(\d+)/) { all, major, minor, patch -> "${major}/${minor}".toString() }
replica.findAll = text.findAll(/\d+/)
replica.findAllClosure = text.findAll(/(\d+) min/) { all, n -> n.toInteger() * 60 }
replica.version = (text =~ /\d+\.\d+\.\d+/)[0]
replica.caseInsensitive = text.find(/(?i)FAILED/)
