// equalsIgnoreCase, compareTo and compareToIgnoreCase.
def status = "in progress"
replica.equalsIgnoreCase = [status.equalsIgnoreCase("In Progress"), status.equalsIgnoreCase("done"), "a".equalsIgnoreCase(null)]
replica.compareTo = ["a".compareTo("b"), "b".compareTo("a"), "a".compareTo("a"), "apple".compareTo("apricot")]
replica.compareToIgnoreCase = ["ABC".compareToIgnoreCase("abd"), "Hello".compareToIgnoreCase("hello")]
replica.equals = ["x".equals("x"), "x".equals("X"), "x" == "x"]
replica.sortIgnoreCase = ["banana", "Apple", "cherry"].sort { a, b -> a.compareToIgnoreCase(b) }
