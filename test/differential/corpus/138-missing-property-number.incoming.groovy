// @expect-error MissingPropertyException
// @expect-message No such property: value for class: java.lang.Integer
// A typo-like read of a property on a number fails at run time.
issue.summary = replica.summary
def points = replica.customFields."Story Points".value
issue.points = points.value
