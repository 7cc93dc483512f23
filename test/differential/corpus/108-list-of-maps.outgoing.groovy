// Realistic list-of-maps handling for components and versions.
replica.components = issue.components.collect { [name: it.name] }
replica.componentIds = issue.components.collectEntries { [(it.id): it.name] }
replica.fixVersions = issue.fixVersions*.name
replica.hasPayments = issue.components.any { it.name == "Payments" }
def sortedByName = issue.components.sort(false) { it.name }
replica.sortedNames = sortedByName*.name
replica.attachments = issue.attachments.collect { a -> [file: a.filename, kb: a.filesize / 1024] }
