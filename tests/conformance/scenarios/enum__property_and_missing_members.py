# Enum members' name and value are enum.property: read-only with enum's own messages, and
# through the class they look for a member of that name; a missing member is
# AttributeError('NAME') from EnumType.__getattr__; enum.property serves a program's own
# member attributes.
import enum
class Pl(enum.Enum):
    X = 1
    Y = 2
try:
    Pl.X.value = 5
except AttributeError as e:
    print(e)
try:
    Pl.X.name = 'b'
except AttributeError as e:
    print(e)
try:
    print(Pl.value)
except AttributeError as e:
    print('AE', e)
try:
    del Pl.X.value
except AttributeError as e:
    print(e)
print(type(enum.Enum.__dict__['value']), Pl.X.value, Pl.Y.name, Pl.X.name)
class Shape(enum.Enum):
    SQUARE = 4
    @enum.property
    def sides(self):
        return self.value
print(Shape.SQUARE.sides)
class Color(enum.Enum):
    RED = 1
    value_ = 2
print(Color.RED.value, [m.name for m in Color])
try:
    Pl.NOPE
except AttributeError as e:
    print("NOPE:", e)
try:
    Pl.__nope__
except AttributeError as e:
    print("dunder:", e)
print(hasattr(Pl, "X"), hasattr(Pl, "Z"), getattr(Pl, "Y"))
