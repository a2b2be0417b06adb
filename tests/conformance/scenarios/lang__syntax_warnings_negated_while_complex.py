# Compile-time SyntaxWarnings as CPython 3.11 gives them: `not x is 5` is read as
# `x is not 5` first, a while loop's test is compiled twice (so its warnings come twice),
# and imaginary literals are literals for the `is`, call and subscript checks.
x = 5
print(not x is 5)
if not x is 3:
    print("not three")
print(not x is not 5, not (x == 5), not x in [5])
while not x is 5:
    break
while x is 4:
    x = 4
z = 1j
print(z == 1j, z is 2j, x is not 2j)


def calls():
    return 1j()


def subscripts():
    return [0][1j], 2j[0]


print("done")
