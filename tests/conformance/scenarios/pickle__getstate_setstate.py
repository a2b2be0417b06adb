# pickle with __getstate__/__setstate__/__getnewargs__: dumps calls the getters once, loads
# builds through __new__ and gives the state to __setstate__ (or the instance dict); shared
# references stay shared, and an empty default state calls nothing.
import pickle, copy, threading

class P:
    def __init__(self, a):
        self.a = a
        self.cache = {1: 2}
    def __getstate__(self):
        print("getstate")
        s = self.__dict__.copy()
        del s["cache"]
        return s
    def __setstate__(self, s):
        print("setstate", s)
        self.__dict__.update(s)
        self.cache = "rebuilt"
    def __eq__(self, o):
        return self.a == o.a

data = pickle.dumps(P([3]))
print("dumped")
p = pickle.loads(data)
print(p.a, p.cache, p == P([3]))

class S:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = [2]
    def __getstate__(self):
        return (self.x, self.y)
    def __setstate__(self, st):
        self.x, self.y = st
s = pickle.loads(pickle.dumps(S()))
print((s.x, s.y))

class Conn:
    def __init__(self, host):
        self.host = host
        self.lock = threading.Lock()
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()
c2 = pickle.loads(pickle.dumps([Conn("db"), Conn("cache")]))
print([c.host for c in c2], all(c.lock is not None for c in c2))

class Point:
    def __new__(cls, x, y):
        print("new", x, y)
        obj = super().__new__(cls)
        return obj
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __getnewargs__(self):
        return (self.x, self.y)
pt = pickle.loads(pickle.dumps(Point(1, 2)))
print(pt.x, pt.y)

class OnlySet:
    def __init__(self):
        self.v = 5
    def __setstate__(self, st):
        print("only setstate", st)
        self.__dict__.update(st)
        self.extra = True
o = pickle.loads(pickle.dumps(OnlySet()))
print(o.v, o.extra)

class Empty:
    def __setstate__(self, st):
        print("never called", st)
print(type(pickle.loads(pickle.dumps(Empty()))).__name__)

shared = P([9])
a, b = pickle.loads(pickle.dumps([shared, shared]))
print(a is b)
