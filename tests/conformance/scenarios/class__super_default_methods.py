# Every class inherits default methods from `object` (and exceptions from BaseException):
# __repr__, __str__, __eq__, __hash__ and friends. An override can extend the default by
# calling it through super(). Notice object.__eq__ returns NotImplemented for others.
class Temperature(Exception):
    def __init__(self, degrees):
        super().__init__(f"{degrees} degrees is too hot")
        self.degrees = degrees

    def __str__(self):
        return "[alarm] " + super().__str__()

    def __repr__(self):
        return "Alarm:" + super().__repr__()


class Tagged:
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def __repr__(self):
        return f"{self.tag}/" + super().__repr__().split(" object")[0]

    def __eq__(self, other):
        if isinstance(other, Tagged):
            return self.tag == other.tag
        return super().__eq__(other)

    def __hash__(self):
        return hash(self.tag)


t = Temperature(42)
print(t, "|", repr(t), "|", t.args, "|", str(t) == t.__str__())
a, b = Tagged("x"), Tagged("x")
print(a, a == b, a == "x", a != b, a.__eq__("x"), object.__eq__(a, a), object.__eq__(a, b))
print(object.__repr__(a)[:19], a.__repr__(), a.__str__() == repr(a), object.__str__(a) == repr(a))
print(len({a, b}), a.__hash__() == hash("x"), format(a), f"{a!s:>14}")
try:
    format(a, ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    raise Temperature(99)
except Exception as e:
    print(e)
raise Temperature(120)
