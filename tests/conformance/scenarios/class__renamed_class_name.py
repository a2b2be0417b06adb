# Renaming a class after it is made (decorators and factories do it): __name__ and
# __qualname__ are the class's own, its reprs and its instances' show the new names, and a
# subclass keeps its own. Only strings can be assigned.
# Notice B.__name__ is still 'B'.
class A:
    pass
A.__name__ = "Renamed"
A.__qualname__ = "Outer.Renamed"
class B(A):
    pass
print(A.__name__, A.__qualname__, B.__name__, B.__qualname__)
print(A, B, A(), B().__class__.__name__)
class C:
    class D:
        pass
print(C.D.__qualname__, C.D.__name__)
import enum
class Color(enum.Enum):
    RED = 1
print(Color.__name__, type(Color.RED).__name__)
try:
    A.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
