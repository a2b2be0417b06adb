# @classmethod receives the class (so subclasses get their own kind of object), and
# @staticmethod receives nothing extra; both can be called on the class or an instance.
# Notice `from_string` builds a Celsius when called on Celsius.
class Reading:
    unit = "?"
    created = 0

    def __init__(self, value):
        self.value = value
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        print(f"  from_string on {cls.__name__}")
        return cls(float(text.strip()))

    @staticmethod
    def is_valid(text):
        return text.strip().replace(".", "", 1).isdigit()

    @classmethod
    def count(cls):
        return cls.created

    def __repr__(self):
        return f"{type(self).__name__}({self.value}{self.unit})"


class Celsius(Reading):
    unit = "C"


r = Reading.from_string(" 12.5 ")
c = Celsius.from_string("21")
print(r, c, c.from_string("3"))
print(Reading.is_valid("4.5"), c.is_valid("x1"), Celsius.is_valid("10"))
print(Reading.count(), Celsius.count(), Reading.created, Celsius.created)
print(type(Reading.__dict__["from_string"]).__name__, type(Reading.__dict__["is_valid"]).__name__)
print(Reading.from_string.__self__.__name__, c.count.__self__.__name__)
print(Reading.is_valid, Celsius.__dict__.get("is_valid"))
try:
    Reading.from_string()
except TypeError as e:
    print("TypeError:", e)
