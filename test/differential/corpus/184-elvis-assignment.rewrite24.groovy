// ?= written as x = x ?: value for Groovy 2.4.
def description = replica.description
description = description ?: "No description"
issue.description = description
def summary = null
summary = summary ?: replica.summary
issue.summary = summary
def count = 0
count = count ?: 10
issue.count = count
def kept = "local"
kept = kept ?: "remote"
issue.kept = kept
issue.environment = issue.environment ?: "unknown"
