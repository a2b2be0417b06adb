# Inheritance: a subclass reuses and overrides its parents' methods; super() calls the next
# class in the method resolution order (MRO), which makes cooperative diamonds work.
# Notice the order of the "init" lines and of the MRO.
class Animal:
    kind = "animal"

    def __init__(self, name):
        print(f"  Animal.__init__({name})")
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks=()):
        print(f"  Dog.__init__({name})")
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return f"{self.name} says woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"


print(Puppy("rex", ["sit"]).describe())
print(Animal("generic").describe())
class Base:
    def __init__(self):
        print("  Base")
class Left(Base):
    def __init__(self):
        print("  Left")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("  Right")
        super().__init__()
class Child(Left, Right):
    def __init__(self):
        print("  Child")
        super().__init__()
Child()
print([c.__name__ for c in Child.__mro__])
p = Puppy("bo")
print(isinstance(p, Dog), isinstance(p, (int, Animal)), issubclass(Puppy, Animal), issubclass(Dog, Puppy))
print(type(p).__name__, type(p) is Puppy, type(p) == Dog, Puppy.__bases__, Dog.kind, p.kind, Puppy.kind)
print(Dog.speak(p), Animal.speak(p), super(Dog, p).speak())
print(issubclass(bool, (str, int)), isinstance(3, (float, (list, int))), isinstance(None, type(None)))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print("TypeError:", e)
