// == across number types compares values; equals() also compares classes.
replica.operator = [1 == 1L, 1 == 1.0, 1.0 == 1.00, 1G == 1, 1 == 1.0d, 0.5 == 0.5d, 0.1 == 0.1d, 1.5f == 1.5d, 0.1f == 0.1d]
replica.equalsMethod = [1.equals(1L), 1.equals(1), 1.0.equals(1.00), 1L.equals(1L)]
replica.stringNumber = ["1" == 1, 1 == "1"]
replica.nulls = [null == null, null == 0, 0 == null, null == ""]
replica.chars = ['a' == "a", ('a' as char) == "a"]
replica.compareNumbers = [2 > 1L, 2.5 > 2, 3L >= 3.0, 1e2 == 100]
