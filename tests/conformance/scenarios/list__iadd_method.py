# list.__iadd__ called as a method: extends by any iterable, refuses a non-iterable with
# list.extend's words, and returns the object itself (a list subclass's instance too).
l = [1]
for bad in (5, None):
    try:
        l.__iadd__(bad)
    except TypeError as e:
        print(e)
print(l.__iadd__((2, 3)), l.__iadd__("ab"))
class L(list):
    pass
m = L([0]); m += (1,); print(m, type(m).__name__, m.__iadd__([2]) is m)
