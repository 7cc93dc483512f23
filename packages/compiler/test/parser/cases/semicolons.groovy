a = 1; b = 2;
c = 3;;
;
if (a) { b = 1; } else { b = 2; };
def f() { return 1; }
for (int i = 0; i < 3; i++) { x += i; }
x = 1; if (x) y = 2; else y = 3
