# redirect_stdout and redirect_stderr send print() output to any object with write() for
# the length of a with block, and restore the previous stream after it, even when the
# block raises. Notice how print() splits its output into write() calls.
import contextlib
import sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


out, err = Collector(), Collector()
with contextlib.redirect_stdout(out) as target:
    print("captured", 42)
    print("second", end="!")
    print("to stderr", file=sys.stderr)
print(target is out, out.parts)
with contextlib.redirect_stderr(err):
    print("err line", file=sys.stderr)
print(err.parts)
try:
    with contextlib.redirect_stdout(out):
        raise KeyError("inner")
except KeyError:
    print("restored after an exception:", sys.stdout is not out)
