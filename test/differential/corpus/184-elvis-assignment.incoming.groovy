// @groovy3
// ?= assigns only when the target is false by Groovy truth (Groovy 3+).
def description = replica.description
description ?= "No description"
issue.description = description
def summary = null
summary ?= replica.summary
issue.summary = summary
def count = 0
count ?= 10
issue.count = count
def kept = "local"
kept ?= "remote"
issue.kept = kept
issue.environment ?= "unknown"
