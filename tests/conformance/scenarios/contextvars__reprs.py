# The reprs of ContextVar (with and without a default), Token (before and after use),
# Token.MISSING, Context and the generic alias ContextVar[int]; the types live in
# _contextvars.
import contextvars

v = contextvars.ContextVar("v", default=[1, 2])
w = contextvars.ContextVar("w")
print(repr(v))
print(repr(w))
t = w.set("x")
print(repr(t))
w.reset(t)
print(repr(t))
print(repr(contextvars.Token.MISSING))
print(repr(contextvars.copy_context()))
print(contextvars.ContextVar[int])
print(contextvars.ContextVar.__module__, contextvars.Context.__name__, type(t).__name__)
print(contextvars.__all__)
for bad in (lambda: contextvars.ContextVar(1), lambda: contextvars.ContextVar()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
