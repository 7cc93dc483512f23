// Incoming GStrings: property paths, expressions and nested closures.
def r = replica
issue.summary = "${r.key}: ${r.summary}"
issue.description = """Synced from ${connection.remoteInstance.name}
Reporter: $r.reporter.displayName <${r.reporter.email}>
Labels: ${r.labels.collect { "#${it.label}" }.join(' ')}
Points: ${r.customFields.'Story Points'.value ?: 'n/a'}"""
issue.plain = 'No $interpolation here'
issue.built = "${r.key}".toString() + "/" + "${r.status.name.toUpperCase()}"
