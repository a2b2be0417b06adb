# The deprecated abc decorators older tutorials use (abstractproperty, abstractclassmethod,
# abstractstaticmethod) make the member abstract as @abstractmethod stacked under
# property, classmethod or staticmethod does.
from abc import ABC, ABCMeta, abstractproperty, abstractclassmethod, abstractstaticmethod

class Animal(metaclass=ABCMeta):
    @abstractproperty
    def sound(self):
        pass

    @abstractclassmethod
    def kind(cls):
        pass

    @abstractstaticmethod
    def legs():
        pass

class Dog(Animal):
    @property
    def sound(self):
        return "woof"

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def legs():
        return 4

print(sorted(Animal.__abstractmethods__))
try:
    Animal()
except TypeError as e:
    print(e)
d = Dog()
print(d.sound, Dog.kind(), Dog.legs())

class Half(Animal):
    sound = "meow"
try:
    Half()
except TypeError as e:
    print(e)
