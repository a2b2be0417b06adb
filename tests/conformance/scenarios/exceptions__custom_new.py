# Exception classes with their own __new__: super().__new__(cls, ...) reaches
# BaseException.__new__ (and BaseExceptionGroup.__new__, the documented way to add fields to
# a group), and the call's arguments still become args.
class E(ValueError):
    def __new__(cls, msg, code):
        self = super().__new__(cls, msg)
        self.code = code
        return self
    def __init__(self, msg, code):
        super().__init__(msg)
e = E("m", 3); print(repr(e), e.code, e.args)
try:
    raise E("boom", 7)
except E as err:
    print(type(err).__name__, err, err.code)
class F(Exception):
    def __new__(cls, *args):
        inst = Exception.__new__(cls, *args)
        inst.extra = len(args)
        return inst
f = F(1, 2); print(repr(f), f.extra, f.args)
class G(Exception):
    def __new__(cls, x):
        return super().__new__(cls)
g = G(5); print(repr(g), g.args)
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, errcode):
        obj = super().__new__(cls, message, excs)
        obj.errcode = errcode
        return obj
    def derive(self, excs):
        return MyGroup(self.message, excs, self.errcode)
eg = MyGroup("eg", [TypeError(1), ValueError(2)], 42)
print(repr(eg), eg.errcode, eg.exceptions, eg.message)
print(repr(eg.split(ValueError)[0]), eg.errcode)
try:
    raise eg
except* ValueError as grp:
    print("caught", repr(grp), type(grp).__name__, grp.errcode)
except* TypeError as grp:
    print("caught", repr(grp), grp.errcode)
try:
    BaseException.__new__(int)
except TypeError as x:
    print(x)
try:
    MyGroup("bad", 5, 1)
except TypeError as x:
    print(x)
