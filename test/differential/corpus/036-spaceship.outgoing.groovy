// The spaceship operator compares numbers, strings, dates and nulls.
replica.numbers = [1 <=> 2, 2 <=> 2, 3 <=> 2]
replica.mixed = [1 <=> 1L, 2.5 <=> 2, 1L <=> 1.5d, 10G <=> 9]
replica.strings = ["a" <=> "b", "b" <=> "a", "abc" <=> "abd", "Z" <=> "a", "" <=> "a"]
replica.nulls = [null <=> 1, 1 <=> null, null <=> null]
replica.dates = [issue.created <=> issue.updated, issue.updated <=> issue.created]
replica.sorted = issue.comments.sort(false) { a, b -> b.created <=> a.created }*.id
