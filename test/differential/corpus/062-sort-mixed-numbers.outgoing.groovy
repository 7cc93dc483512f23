// Sorting and comparing mixed number types and strings.
replica.numbers = [3, 1L, 2.5, 2G, 0.5d, -1].sort()
replica.strings = ["b", "B", "a", "A", "10", "9", ""].sort()
replica.byLength = ["ccc", "a", "bb", "dd"].sort { it.size() }
replica.max = [3, 7L, 6.5].max()
replica.min = [3, 7L, 6.5, -0.5d].min()
replica.compareTo = [5.compareTo(3), "a".compareTo("b"), 2.0.compareTo(2.00)]
