# The clause types of except* are checked when the clause is reached: an exception group
# class is refused (use plain except for that) and so is a non-exception class. The
# original exception becomes the context of that TypeError. Notice both tracebacks.
def check(kind):
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* kind:
        print("not reached")


for kind in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, "ValueError"):
    try:
        check(kind)
    except TypeError as e:
        print(repr(kind), "->", e, "| context:", repr(e.__context__))

try:
    raise ValueError("plain")
except* ExceptionGroup:
    pass
