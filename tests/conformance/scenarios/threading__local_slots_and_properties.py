# threading.local subclasses: a slot or a property belongs to the class, so every thread
# shares it, while plain attributes are per thread; error messages name the subclass (the
# base is _thread._local), and the MRO shows it.
import threading

class Slotted(threading.local):
    __slots__ = ("x",)

class WithProp(threading.local):
    _shared = []
    @property
    def total(self):
        return sum(self._shared)
    @total.setter
    def total(self, v):
        self._shared.append(v)

s = Slotted()
try:
    s.x
except AttributeError as e:
    print("unset slot:", e)
s.x = 1
s.y = "main only"
w = WithProp()
w.total = 5
w.mine = "main"
def other():
    print("slot", s.x, "has y", hasattr(s, "y"))
    s.x = 2
    w.total = 7
    print("total", w.total, hasattr(w, "mine"))
    del s.x
t = threading.Thread(target=other); t.start(); t.join()
print(hasattr(s, "x"), s.y, w.total, w.mine)
try:
    del w.nothing
except AttributeError as e:
    print("del:", e)
try:
    s.nothing
except AttributeError as e:
    print("get:", e)
print(Slotted.__mro__, Slotted.__name__, threading.local.__name__)
try:
    del threading.local().missing
except AttributeError as e:
    print(e)
