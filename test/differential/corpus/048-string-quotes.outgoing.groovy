// Single, double and triple-quoted strings.
def name = "Alice"
replica.single = 'Hello $name'
replica.double = "Hello $name"
replica.tripleSingle = '''Line one
Line two with $name'''
replica.tripleDouble = """Dear ${name},
  your issue ${issue.key} was updated."""
replica.quotes = ["it's", 'say "hi"', """mixed 'single' and "double" """]
replica.continued = "first \
second"
replica.empty = ['', "", '''''', """"""]
