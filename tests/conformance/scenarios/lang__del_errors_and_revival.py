# An exception in __del__ cannot propagate: CPython prints "Exception ignored in" with the
# method and its traceback on stderr, and the program goes on. A __del__ that stores self
# somewhere revives the object; when that reference goes too, __del__ is not called again.
saved = []


class Fragile:
    def __del__(self):
        print("Fragile.__del__ runs")
        raise ValueError("cannot clean up")


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Phoenix.__del__", self.n)
        saved.append(self)


f = Fragile()
del f
print("still running")
p = Phoenix(1)
del p
print("revived:", [q.n for q in saved])
saved.clear()
print("after clearing: no second __del__")


class Sub(Phoenix):
    pass


s = Sub(2)
s = None
print("subclass inherits __del__:", len(saved))
saved.clear()
