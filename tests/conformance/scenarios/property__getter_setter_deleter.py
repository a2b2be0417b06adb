# @property turns a method into an attribute read; @name.setter and @name.deleter handle
# assignment and `del`. They are stored on the class as property objects.
# Notice validation happens in the setter, and that the getter runs on every read.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius  # goes through the setter

    @property
    def celsius(self):
        print("  (get)")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print(f"  (set {value})")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  (delete)")
        del self._celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius += 5
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
print(Temperature.fahrenheit.fset, Temperature.__dict__["fahrenheit"] is Temperature.fahrenheit)
area = property(lambda self: self.w * self.h, doc="the area")
print(area.__doc__)
