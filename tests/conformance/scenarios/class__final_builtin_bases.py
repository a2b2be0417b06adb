# Built-in types CPython marks final cannot be subclassed: the class statement raises
# TypeError naming the type (with its module when it is not builtins), before any layout
# check. These are the program's errors, not unsupported constructs.
import contextvars

for base in (bool, type(None), type(lambda: 0), slice, range, memoryview, type(...),
             type(NotImplemented), contextvars.ContextVar, contextvars.Token,
             contextvars.Context):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

try:
    class Both(int, bool):
        pass
except TypeError as e:
    print(e)

try:
    Dynamic = type("Dynamic", (range,), {})
except TypeError as e:
    print("type():", e)
