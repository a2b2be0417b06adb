# __del__ runs when the last reference to an object goes, as CPython's reference counting
# decides: a local at the function's return, a name rebound or deleted, a temporary at the
# end of its statement, an object held by another one dying with it. It runs once.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


class Holder:
    def __init__(self):
        self.inner = Resource("held")


def work():
    r = Resource("local")
    print("working with", r.name)


work()
print("after work()")
x = Resource("x")
x = Resource("x2")
print("after rebinding x")
del x
print("after del x")
Resource("temporary")
print("after the temporary")
h = Holder()
h = None
print("after dropping the holder")
keep = Resource("kept until exit")
print("end of program")
