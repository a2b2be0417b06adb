# format_exception() returns the traceback in pieces: the header, one string per frame
# (with its source line), the exception line, and the chaining messages. An exception that
# was never raised has no frames. Notice chain=False, notes, and None.
import sys
import traceback


def inner():
    raise KeyError("missing")


def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("bad input") from e


try:
    outer()
except ValueError as e:
    caught = e
pieces = traceback.format_exception(caught)
print(len(pieces))
for piece in pieces:
    print(repr(piece))
print(traceback.format_exception(caught, chain=False)[-1], end="")
print(traceback.format_exception(TypeError("never raised")))
err = RuntimeError("with a note")
err.add_note("note one")
print(traceback.format_exception_only(err))
print(traceback.format_exception(None), traceback.format_exc(), end="")
traceback.print_exception(caught, chain=False, file=sys.stdout)
try:
    inner()
except KeyError:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc().splitlines()[0])
