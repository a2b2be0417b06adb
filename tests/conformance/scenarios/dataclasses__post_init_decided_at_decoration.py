# The generated __init__ calls __post_init__ only if the class had one when decorated,
# and finds it by normal attribute lookup (never through a user __getattr__ on a miss).
from dataclasses import dataclass, field

@dataclass
class A:
    x: int

A.__post_init__ = lambda self: print("late post_init", self.x)
print(A(1))

@dataclass
class Config:
    data: dict

    def __getattr__(self, name):
        return self.data[name]

c = Config({"host": "localhost"})
print(c.host)
try:
    c.port
except KeyError as e:
    print("KeyError:", e)

@dataclass
class Proxy:
    target: object

    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self.target, name)

p = Proxy([1, 2, 3])
print(p.count(2))

def validated(cls):
    def check(self):
        print("validating", self)
    cls.__post_init__ = check
    return cls

@validated
@dataclass
class Point:
    x: int = 0

print(Point(3))

@dataclass
class Base:
    x: int

    def __post_init__(self):
        print("Base post_init", self.x)

@dataclass
class Child(Base):
    y: int = 0

Child(1, 2)
Base.__post_init__ = lambda self: print("replaced", self.x)
Child(5)

class Sub(Base):
    def __post_init__(self):
        print("Sub post_init", self.x)

Sub(7)
