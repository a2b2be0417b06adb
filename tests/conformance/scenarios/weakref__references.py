# weakref: ref (reuse of the plain reference, callbacks newest first with the reference as
# argument, hash and equality through the object, reprs alive and dead, the objects that
# cannot be referenced), WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet,
# finalize (call, detach, peek, a raising callback) and a reference to a task.
import weakref, asyncio
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
    def meth(self): return self.n
a = A(1)
r = weakref.ref(a)
r2 = weakref.ref(a)
print(r is r2, type(r), weakref.ref, weakref.ReferenceType, r() is a)
r3 = weakref.ref(a, lambda x: print("cb1", x is r3, x()))
r4 = weakref.ref(a, lambda x: print("cb2"))
print(r3 is r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), weakref.getweakrefs(a)[0] is r)
print([w is r4 for w in weakref.getweakrefs(a)])
print(hash(r) == hash(a), r == r2, r == r3, r != r3)
for bad in (1, "s", [1], {}, (1,), None, ValueError("x")):
    try: weakref.ref(bad)
    except TypeError as e: print(e)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(A)() is A)
print(weakref.ref({1}))
print(r3.__callback__ is not None)
del a
print("after del")
print(r, r(), r3.__callback__)
try: hash(weakref.ref(A(2)))
except TypeError as e: print("hash:", e)
class B:
    __slots__ = ("x",)
try: weakref.ref(B())
except TypeError as e: print(e)
class C:
    __slots__ = ("x", "__weakref__")
print(weakref.ref(C())())
try: weakref.ref()
except TypeError as e: print(e)
try: weakref.ref(A(3), 1, 2)
except TypeError as e: print(e)
print(weakref.ref(A(4), None).__callback__)
b = A(5)
wm = weakref.WeakMethod(b.meth)
print(wm()(), isinstance(wm, weakref.ref), wm == weakref.WeakMethod(b.meth))
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
del b
print(wm())
d = weakref.WeakValueDictionary()
objs = [A(i) for i in range(4)]
for o in objs: d[o.n] = o
print(len(d), sorted(d.keys()), d.get(2), 2 in d, d)
del objs[1:3]
print(len(d), sorted(d.keys()), d.get(2), 2 in d, list(d.values()))
k = weakref.WeakKeyDictionary()
for o in objs: k[o] = o.n * 10
print(len(k), sorted(k.values()), objs[0] in k)
objs.pop()
print(len(k), list(k.items()))
s = weakref.WeakSet()
x, y = A(7), A(8)
s.add(x); s.add(y)
print(len(s), x in s, sorted(v.n for v in s))
del x
print(len(s), [v.n for v in s])
z = A(9)
fin = weakref.finalize(z, print, "finalized", z.n)
print(fin.alive, fin.peek()[1:], fin.atexit)
del z
print(fin.alive)
w = A(10)
def explode():
    raise ValueError("raised in a finalizer")


fin2 = weakref.finalize(w, explode)
del w
print("end", weakref.getweakrefcount(A(11)), weakref.getweakrefs(1))
async def main():
    t = asyncio.create_task(asyncio.sleep(0.1))
    tr = weakref.ref(t)
    await t
    print(tr() is t, tr().done())
    ws = weakref.WeakSet([t])
    print(len(ws))
asyncio.run(main())
v1, v2 = A(20), A(21)
ws1, ws2 = weakref.WeakSet([v1, v2]), weakref.WeakSet([v2])
print(len(ws1 | ws2), len(ws1 & ws2), len(ws1 - ws2), len(ws1 ^ ws2), ws2 <= ws1, ws1 == ws2)
print(ws2.pop().n, len(ws2))
try:
    ws2.pop()
except KeyError as e:
    print("KeyError:", e)
ws1.discard(v1)
print(len(ws1), v1 in ws1, 5 in ws1)
vd = weakref.WeakValueDictionary(a=v1, b=v2)
print(vd.pop("a"), vd.setdefault("b", None), vd.setdefault("c", v1), sorted(vd))
try:
    vd["zz"]
except KeyError as e:
    print("KeyError:", e)
kd = weakref.WeakKeyDictionary({v1: 1})
print(kd.pop(v1), len(kd), kd.get(v2, "none"))
fin3 = weakref.finalize(v2, print, "never")
print(fin3.detach()[1:], fin3.alive, fin3.detach(), fin3())
fin4 = weakref.finalize(v1, lambda: "called early")
print(fin4(), fin4(), fin4.alive, repr(fin4).endswith("dead>"))
