# A partial's func, args and keywords are read-only and not in its __dict__, which holds
# only what the program sets; copy and deepcopy go through __reduce__/__setstate__; a
# partial of a partial (of a subclass too) with no attributes of its own folds into one.
import copy
import functools
p = functools.partial(max, 1, key=abs)
print(p, p.func, p.args, p.keywords)
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print(attr, "AttributeError:", e)
try:
    del p.func
except AttributeError as e:
    print("del AttributeError:", e)
print(p.__reduce__())
c = copy.copy(p)
print(c(-5), c.args, c.keywords, c == p, c is p)
d = copy.deepcopy(p)
print(d(-7), d.args)
p.note = "mine"
print(p.__dict__, functools.partial(p, 2).func is p)
q = functools.partial(functools.partial(pow, 2), 10)
print(q, q())
class MyPartial(functools.partial):
    pass
def f(a, b):
    return a + b
mp2 = MyPartial(MyPartial(f, "x"), "y")
print(mp2.args, mp2.func is f, mp2, mp2())
s = functools.partial(print)
s.__setstate__((len, ("ab",), None, {"tag": 1}))
print(s(), s.__dict__)
for bad in ([], (1, 2), (5, (), None, None)):
    try:
        s.__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)
