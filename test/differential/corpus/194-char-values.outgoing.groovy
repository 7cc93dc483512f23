// Characters: charAt returns a char, which casts to its code and back.
def s = issue.key
def first = s.charAt(0)
replica.code = (int) first
replica.fromCode = (char) 80
replica.indexOfChar = s.indexOf((int) 'S'.charAt(0))
replica.charPlus = first.toString() + s.charAt(1)
replica.isLetter = Character.isLetter(first)
replica.isDigit = s.toList().collect { Character.isDigit(it as char) }
replica.next = (char) (first + 1)
