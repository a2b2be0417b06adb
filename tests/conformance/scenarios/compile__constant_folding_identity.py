# Arithmetic on constants is folded into one constant when the program is compiled, and equal
# constants are one object: that is what `is` sees. The empty string is a singleton too.
s1 = "hello world"
s2 = "hello world"
print(s1 is s2, s1 is "hello " + "world", ("ab" * 2) is "abab")
def f():
    return "hello world"
print(f() is s1)
print(str() is "", "".join([]) is "", s1[:0] is "", "".strip() is "", f"{''}" is "")
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2, (1, 2) + (3,) is (1, 2, 3))
x = 10**20
y = 10**20
print(x is y, x == 100000000000000000000, -(2**70) is -(2**70))
print(b"ab" + b"cd" is b"abcd", b"-" * 3)
print(True & False, True | False, True ^ True, ~True, -True, 2**-1, 7 // 2, 7 % -3)
print(1 / 3, 2 ** 0.5, 1e308 * 10, -0.0, 3 - 5.5)
print(len("x" * 5000), len("ab" + "c" * 4096))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("at run time:", e)
try:
    print("%s" % ())
except TypeError as e:
    print("at run time:", e)
