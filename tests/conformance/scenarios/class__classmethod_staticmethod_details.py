# classmethod and staticmethod objects: their reprs, __func__, what they become when read
# through the class, an instance or super(), and that a staticmethod is callable on its
# own (3.10+) while a classmethod is not. Notice the bound method reprs.
class Counter:
    count = 0

    @classmethod
    def bump(cls, by=1):
        cls.count += by
        return cls.count

    @staticmethod
    def twice(x):
        return x * 2

    def regular(self):
        return "regular"


class Sub(Counter):
    @classmethod
    def bump(cls, by=1):
        print(f"  Sub.bump({by}) on {cls.__name__}")
        return super().bump(by * 10)


raw_cm = Counter.__dict__["bump"]
raw_sm = Counter.__dict__["twice"]
print(repr(raw_cm).split(" at ")[0], repr(raw_sm).split(" at ")[0])
print(raw_cm.__func__.__name__, raw_sm.__func__ is Counter.twice, raw_sm(21))
print(Counter.bump, Sub().bump(2), Counter.count, Sub.count)
print(Counter.twice(4), Counter().twice(5), Sub.twice("ab"))
print(repr(Counter.regular).split(" at ")[0], Counter.regular(None))
try:
    raw_cm(Counter)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(raw_cm, classmethod), isinstance(raw_sm, staticmethod), type(raw_sm).__name__)
print(raw_cm.__get__(None, Sub)(), Counter.count, Sub.count)
try:
    classmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    Counter.twice()
except TypeError as e:
    print("TypeError:", e)
