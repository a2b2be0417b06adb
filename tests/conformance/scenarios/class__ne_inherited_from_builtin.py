# A class that defines only __eq__ gets `!=` from the __ne__ its MRO finds: for a subclass of
# str, int or tuple that is the built-in type's own __ne__ (comparing the values, never
# calling __eq__); only when object.__ne__ is found does `!=` invert __eq__.
class Tag(str):
    def __eq__(self, other):
        print("  Tag.__eq__ called")
        return str.__eq__(self.lower(), str(other).lower())

    __hash__ = str.__hash__


class Port(int):
    def __eq__(self, other):
        print("  Port.__eq__ called")
        return True

    __hash__ = int.__hash__


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        print("  Point.__eq__ called")
        return isinstance(other, Point) and self.x == other.x


print("Tag == :", Tag("HTTP") == "http")
print("Tag != :", Tag("HTTP") != "http")
print("str != Tag:", "http" != Tag("HTTP"))
print("Port != :", Port(80) != 443)
print("tuple subclass != :", type("Pair", (tuple,), {"__eq__": lambda s, o: True})((1,)) != (2,))
print("Point != :", Point(1) != Point(1))
print("Point != other type:", Point(1) != "x")
