# __index__: an object that stands for an int works wherever CPython asks for an index:
# subscripts and slices of lists, tuples, strings and bytes, assignment and deletion,
# range(), hex/bin/oct and sequence repetition. A wrong return type is a TypeError.
class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


class Broken:
    def __index__(self):
        return "3"


items = [10, 20, 30, 40, 50]
print(items[Slot(1)], (1, 2, 3)[Slot(-1)], "abcdef"[Slot(2)], b"xyz"[Slot(0)])
print(items[Slot(1):Slot(4)], items[::Slot(2)], "abcdef"[Slot(1):], range(10)[Slot(3)])
items[Slot(0)] = 99
del items[Slot(4)]
print(items)
items[Slot(1):Slot(3)] = ["a", "b", "c"]
print(items)
print(list(range(Slot(3))), list(range(Slot(1), Slot(7), Slot(2))))
print(hex(Slot(255)), bin(Slot(5)), oct(Slot(8)))
print("ab" * Slot(3), Slot(2) * [0], (1,) * Slot(2))
for attempt in (lambda: items[Broken()], lambda: range(Broken()), lambda: "x" * Broken()):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
try:
    items[Slot(40)]
except IndexError as e:
    print("IndexError:", e)
print({Slot(1): "dict keys are not converted"}.__len__())
