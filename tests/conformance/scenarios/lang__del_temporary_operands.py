# A temporary that dies as an instruction's operand (an attribute read, a subscript, a
# comparison, an operator, `in`, `not`, unary minus, an f-string's value, a star-unpacked
# iterable, a built-in method's receiver) is finalized right there, before the next call
# runs, as CPython's decrefs do: each "fin" line comes before the print of the value it
# helped compute.
class Temp:
    label = "L"

    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("fin", self.tag)

    @property
    def prop(self):
        return "P"

    def __getitem__(self, i):
        return i * 2

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    def __add__(self, other):
        return 10

    def __contains__(self, item):
        return True

    def __bool__(self):
        return False

    def __neg__(self):
        return -1

    def __format__(self, spec):
        return f"formatted{spec}"

    def __iter__(self):
        return iter("ab")


print(Temp("attr").label)
print(Temp("prop").prop)
print(Temp("subscript")[4])
print(Temp("compare") == 1)
print(Temp("add") + 1)
print(3 in Temp("contains"))
print(not Temp("not"))
print(-Temp("neg"))
print(Temp("left").label + Temp("right").label)
print(f"{Temp('fstring'):>3}!")
print([*Temp("list star")], {*Temp("set star")} == {"a", "b"})
print({Temp("dict key"): 1}.__len__())
values = [Temp(f"item{i}").tag for i in range(2)]
print(values)
print("end")
