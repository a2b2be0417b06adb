# `del obj.attr` drops the value at once: its __del__ runs before the next statement, as for
# `del name`, `del d[k]` and rebinding.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


class Holder:
    shared = None

    def __init__(self):
        self.r = Resource("attr")

    def close(self):
        del self.r
        print("  after del self.r")


print("del attribute")
Holder().close()
print("del class attribute")
Holder.shared = Resource("class attr")
del Holder.shared
print("  after del Holder.shared")
print("delattr")
h = Holder()
delattr(h, "r")
print("  after delattr")
print("del item")
d = {"k": Resource("item")}
del d["k"]
print("  after del d['k']")
print("rebinding")
h = Holder()
h.r = None
print("  after rebinding")
print("end")
