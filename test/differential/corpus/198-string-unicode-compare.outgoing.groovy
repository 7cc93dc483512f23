// String order compares UTF-16 code units: upper case before lower case, accents after z.
def words = ["zebra", "\u00e9clair", "Apple", "apple", "\u00c4pfel", "banana", "Zoo"]
replica.sorted = words.sort(false)
replica.ignoreCase = words.sort(false) { a, b -> a.compareToIgnoreCase(b) }
replica.compare = ["\u00e9" <=> "z", "Z" <=> "a", "a" <=> "B"]
replica.upper = "stra\u00dfe".toUpperCase()
replica.lower = "\u00c4PFEL".toLowerCase()
replica.lengths = ["\u00e9", "e\u0301"].collect { it.size() }
