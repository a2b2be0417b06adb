# sys.exit(value) raises SystemExit with value as its argument, except that a tuple is the
# argument list (PyErr_SetObject), so sys.exit((5,)) exits with status 5.
import sys

for value in ((5,), (1, 2), (), None, "bye", 3):
    try:
        sys.exit(value)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
sys.exit((5,))
