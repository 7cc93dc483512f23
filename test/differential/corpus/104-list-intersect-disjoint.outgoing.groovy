// intersect and disjoint; both lists keep the same relative order here.
def local = ["checkout", "customer", "p1", "web"]
def remote = ["customer", "p1", "mobile"]
replica.intersect = local.intersect(remote)
replica.intersectNumbers = [1, 2, 3, 4].intersect([2, 4])
replica.intersectEmpty = [1, 2].intersect([])
replica.disjoint = [local.disjoint(remote), local.disjoint(["none"]), [].disjoint([1])]
replica.labelsInBoth = issue.labels*.label.intersect(["p1", "checkout"]).sort()
