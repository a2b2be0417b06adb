# A method chain over several lines fails on the line of the failing method name, as
# CPython 3.11 places attribute loads, method loads and method calls there
# (update_start_location_to_match_attr); carets start at the name.
import traceback
def fail(): raise ValueError("inside")
class Q:
    def step(self): return self
    def bad(self): fail()
    attr = None
def run(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
def a():
    result = (Q()
              .step()
              .bad())
def b():
    x = (Q()
         .missing)
def c():
    x = (Q()
         .step()
         .nope())
def d():
    x = Q().step().bad()
def e():
    Q() \
        .step() \
        .bad()
def f():
    v = (Q().step()
         .attr.real)
def g():
    return (Q()
            .step(
                1))
for fn in (a, b, c, d, e, f, g):
    run(fn)
