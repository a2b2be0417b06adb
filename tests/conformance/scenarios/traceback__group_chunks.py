# format_exception of an exception group returns CPython's pieces: one per header, frame,
# exception line and margin line; chained groups and nested groups keep the same cut.
import traceback


def fail(n):
    raise ValueError(n)


def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("batch", errors + [ExceptionGroup("inner", [KeyError("k")])])


try:
    collect()
except ExceptionGroup as g:
    pieces = traceback.format_exception(g)
    print(len(pieces))
    for piece in pieces:
        print(repr(piece))
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ExceptionGroup("second", [OSError(5, "io")])
except ExceptionGroup as g:
    pieces = traceback.format_exception(g, chain=True)
    print(len(pieces), repr(pieces[0]), repr(pieces[-1]))
    print("".join(traceback.format_exception(g, limit=0)), end="")
big = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
print(traceback.format_exception(big)[-3:])
