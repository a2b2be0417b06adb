# super() without arguments finds the class and instance by itself; super(Class, obj) names
# them, which lets a method skip ahead in the MRO. It works in classmethods too, and outside
# a class it is an error. Notice which class's method runs on each line.
class Base:
    def hello(self):
        return "Base.hello"

    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"


class Middle(Base):
    def hello(self):
        return "Middle.hello > " + super().hello()

    @classmethod
    def make(cls):
        return "Middle.make > " + super().make()


class Leaf(Middle):
    def hello(self):
        return "Leaf.hello > " + super().hello()

    def skip_middle(self):
        return super(Middle, self).hello()


leaf = Leaf()
print(leaf.hello())
print(leaf.skip_middle())
print(Leaf.make())
print(super(Leaf, leaf).hello())
print(super(Leaf, Leaf).make())
print(repr(super(Leaf, leaf)).split(",")[0])


def orphan():
    return super().hello()


try:
    orphan()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Leaf, 3)
except TypeError as e:
    print("TypeError:", e)
