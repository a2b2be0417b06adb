# "Exception ignored in" reports (a __del__ that raises, a generator whose finally raises on
# close) go to the current sys.stderr, as the default sys.unraisablehook writes them.
import sys
sys.stderr = sys.stdout
class Noisy:
    def __del__(self):
        raise ValueError("in del")
n = Noisy()
del n
def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
g = gen()
next(g)
del g
print("end")
