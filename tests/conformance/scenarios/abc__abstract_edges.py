# An abstract method may have a body that subclasses call through super(). A class with
# one abstract method left gets the singular message; abstract classmethods and
# staticmethods count too. register() refuses non-classes. Notice __abstractmethods__.
from abc import ABC, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self):
        return "base run"

    @classmethod
    @abstractmethod
    def make(cls):
        ...


class Child(Base):
    def run(self):
        return "child + " + super().run()


class Done(Child):
    @classmethod
    def make(cls):
        return cls()


for cls in (Base, Child):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Done.make().run(), sorted(Base.__abstractmethods__), Child.__abstractmethods__)
print(isinstance(Done(), Base), issubclass(Done, ABC), Done.__mro__[-2].__name__)


class Plain(ABC):
    pass


print(type(Plain()).__name__, Plain.__abstractmethods__)


@Base.register
class Virtual:
    pass


print(issubclass(Virtual, Base), isinstance(Virtual(), Child), Virtual.__name__)
try:
    Base.register(3)
except TypeError as e:
    print("TypeError:", e)
