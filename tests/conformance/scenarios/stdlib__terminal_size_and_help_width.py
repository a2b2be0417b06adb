# os.terminal_size, shutil.get_terminal_size and argparse's help width: argparse asks shutil
# at each formatter (a patched shutil or $COLUMNS changes it; 0 or less means the fallback),
# a run's streams are no terminal, and a tuple subclass pickles by its own __reduce__.
import argparse
import os
import pickle
import shutil

print(shutil.get_terminal_size())
print(shutil.get_terminal_size((100, 50)))
size = os.terminal_size((3, 4))
print(size, size.columns, size.lines, type(size), isinstance(size, tuple), size == (3, 4))
print(pickle.loads(pickle.dumps(size)))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)
try:
    print(os.get_terminal_size())
except OSError as e:
    print("OSError", e.errno, e.strerror)


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, items):
        return tuple.__new__(cls, tuple(items))

    def __reduce__(self):
        return (Pair, (tuple(self),))


print(pickle.loads(pickle.dumps(Pair([1, 2]))), type(pickle.loads(pickle.dumps(Pair("ab")))).__name__)


def help_text(description):
    parser = argparse.ArgumentParser(prog="tool", description=description)
    parser.add_argument("--level", type=int, default=3, help="how loud the tool is when it runs")
    parser.add_argument("-v", action="count", default=0.0, help="more")
    parser.print_help()
    print(parser.parse_args(["-vv"]))


help_text("word " * 12)
for columns in ("50", "0", "-5", "abc"):
    os.environ["COLUMNS"] = columns
    print("COLUMNS", columns)
    help_text("alpha beta gamma delta epsilon zeta eta theta iota kappa")
del os.environ["COLUMNS"]
original = shutil.get_terminal_size
shutil.get_terminal_size = lambda fallback=(80, 24): os.terminal_size((40, 24))
help_text("word " * 12)
shutil.get_terminal_size = original
parser = argparse.ArgumentParser(prog="count")
parser.add_argument("-v", action="count", default="")
try:
    parser.parse_args(["-v"])
except TypeError as e:
    print("TypeError", e)
