# Each built-in exception with its own __str__ (KeyError quotes its key, OSError shows the
# errno) keeps it for super().__str__(); BaseException.__str__ itself shows the arguments,
# the usual way a KeyError subclass drops the quotes.
class ConfigKeyError(KeyError):
    def __str__(self):
        return Exception.__str__(self)
class Sup(KeyError):
    def __str__(self):
        return "<" + super().__str__() + ">"
class NotFound(FileNotFoundError):
    def __str__(self):
        return "NF: " + super().__str__()
class Plain(ValueError):
    def __str__(self):
        return "plain: " + super().__str__()
print(str(ConfigKeyError("missing option 'port'")), str(Sup("y")), str(NotFound(2, "gone", "f.txt")))
print(str(Plain("a", 1)), KeyError.__str__(KeyError("k")), OSError.__str__(OSError(1, "p")))
print(ValueError.__str__(KeyError("k")), BaseException.__str__(ValueError()), repr(BaseException.__str__(ValueError())))
print(KeyError.__str__, BaseException.__str__, ValueError.__str__)
e = KeyError("q")
print(e.__str__(), ValueError("v").__str__())
try:
    BaseException.__str__(5)
except TypeError as x:
    print(x)
