// @expect-error PowerAssertionError
// A failing assert without a message ends the script.
replica.checked = "before"
def points = issue.customFields."Story Points".value
assert points > 8
replica.checked = "after"
