// Send only small, non-log attachments and describe what was left out.
def maxBytes = 1024 * 1024
def all = issue.attachments + [[id: "a2", filename: "screen.png", mimetype: "image/png", filesize: 5000, created: issue.updated]]
def sendable = all.findAll { it.filesize <= maxBytes && !it.filename.endsWith(".log") }
replica.attachments = sendable
replica.skipped = (all - sendable)*.filename
replica.extensions = all*.filename.collect { it.tokenize(".").last() }.unique()
replica.totalKb = all.sum { it.filesize } / 1024
