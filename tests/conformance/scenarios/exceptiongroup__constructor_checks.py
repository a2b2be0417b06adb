# BaseExceptionGroup(message, exceptions) checks its arguments as CPython's C code does:
# the message must be a str, the exceptions a non-empty sequence of exception instances,
# and an ExceptionGroup may not hold a BaseException. Notice which class each call yields.
def attempt(label, make):
    try:
        g = make()
        print(label, "->", type(g).__name__, repr(g))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


class Mine(ExceptionGroup):
    pass


class MyBase(BaseExceptionGroup):
    pass


attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: BaseExceptionGroup("m", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", ()))
attempt("a str", lambda: ExceptionGroup("m", "ab"))
attempt("item 1", lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt("a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], note=1))
attempt("base in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("base in Mine", lambda: Mine("m", [SystemExit(2)]))
attempt("base in MyBase", lambda: MyBase("m", [SystemExit(2)]))
attempt("promoted", lambda: BaseExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt("stays base", lambda: BaseExceptionGroup("m", [ValueError(1), GeneratorExit()]))
attempt("tuple kept", lambda: ExceptionGroup("m", (OSError("no"),)))
attempt("subclass", lambda: Mine("mine", [ValueError(1)]))
g = ExceptionGroup("", [ValueError()])
print(repr(str(g)), g.args, g.message == "", g.exceptions)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__, BaseExceptionGroup.__bases__)
print(isinstance(g, Exception), isinstance(BaseExceptionGroup("b", [KeyboardInterrupt()]), Exception))
