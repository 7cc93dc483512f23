a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = /slashy \d+ \/ done/
f = $/dollar /slashy/ $$ $/ end/$
g = 'escapes \n \t \b \r \f \\ \' \" \$'
h = "unicode \u00e9 \u0041"
i = 'octal \101 \0'
j = "\s space"
k = ''
l = ""
n = '''a "b" 'c' '''
o = "continued \
line"
p = '''line one\
 joined'''
q = "dollar \$ sign"
r = /a$/
s = 'no $interpolation'
t = """He said "hi""""
u = '''it''''
v = """two ""quotes"""""
