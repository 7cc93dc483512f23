// == on lists, maps and strings compares contents deeply.
def name = "OPS"
replica.gstring = ["${name}-42" == "OPS-42", "OPS-42" == "${name}-42"]
replica.lists = [[1, 2] == [1, 2], [1, 2] == [2, 1], [1, [2, 3]] == [1, [2, 3]], [1, 2] == [1L, 2.0]]
replica.maps = [[a: 1, b: 2] == [b: 2, a: 1], [a: [1, 2]] == [a: [1, 2]], [a: 1] == [a: 1L]]
replica.mixed = [[] == [:], [1] == 1, [a: 1] == [[a: 1]]]
replica.issueLists = issue.labels == [[label: "checkout"], [label: "customer"], [label: "p1"]]
replica.notEqual = [[1] != [1], "a" != "b"]
