# Built-in types can be subclassed. A dict subclass with __missing__ supplies defaults for
# d[key]; overriding list.append does not change what extend() or += do (they are separate
# C methods); an int subclass's arithmetic returns plain ints. Notice the reprs.
class Defaults(dict):
    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        return f"<{key}>"


d = Defaults(a=1)
print(d["a"], d["b"], d.get("b", "get ignores __missing__"), "b" in d, d)
print(type(d).__name__, isinstance(d, dict), dict(d) == d)


class LoudList(list):
    def append(self, item):
        print(f"  append({item!r})")
        super().append(item)


items = LoudList([1])
items.append(2)
items.extend([3])
items += [4]
print(items, type(items).__name__, type(items + [5]).__name__, len(items))


class Cents(int):
    def __repr__(self):
        return f"Cents({int(self)})"

    def __str__(self):
        return f"{int(self) / 100:.2f} EUR"


c = Cents(250)
print(c, repr(c), c + 5, type(c + 5).__name__, c * 2 > c, f"{c:>8}", str(c))


class Meters(float):
    pass


print(Meters(2.5), repr(Meters(1)), type(Meters(2) + 1).__name__)
