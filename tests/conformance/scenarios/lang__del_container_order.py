# The order in which a dying container's items are finalized, as CPython frees them: a
# list (when it dies or is cleared) and a tuple last to first, a dict first to last.
class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("list dies:")
items = [Item("l1"), Item("l2"), Item("l3")]
items = None
print("list.clear():")
items = [Item("c1"), Item("c2")]
items.clear()
print("tuple dies:")
pair = (Item("t1"), Item("t2"))
del pair
print("dict dies:")
table = {"a": Item("d1"), "b": Item("d2")}
table = None
print("done")
