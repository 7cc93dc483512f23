// toSet on strings: a HashSet, so the order follows the string hash codes.
replica.labels = issue.labels*.label.toSet()
replica.words = ["zeta", "alpha", "mid", "beta", "omega", "p1"].toSet()
replica.unique = ["b", "a", "b", "c"].toSet()
