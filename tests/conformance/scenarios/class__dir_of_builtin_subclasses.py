# dir() of the program's subclasses of built-in types and of their instances (a namedtuple,
# a list or str subclass): the instance's and the program's classes' names, then the built-in's.
import collections
P = collections.namedtuple("P", "x y")
p = P(1, 2)
print(dir(p))
print([n for n in dir(P) if not n.startswith("__")])
class Stack(list):
    def push(self, x):
        self.append(x)
s = Stack()
s.label = "mine"
print(dir(s))
print(dir(Stack) == sorted(set(dir(s)) - {"label"}))
class Name(str):
    __slots__ = ()
    def shout(self):
        return self.upper()
print(dir(Name("a")))
class Count(dict):
    pass
print(dir(Count(a=1)))
class Num(int):
    unit = "m"
print(dir(Num(3)))
class Ex(ValueError):
    pass
print(dir(Ex("x")))
