# Standard input is empty, as under `python3 prog.py < /dev/null`: the competitive-programming
# header (input = sys.stdin.readline), sys.stdin.read().split() and for-loops over sys.stdin
# run and see no data.
import io
import sys

input = sys.stdin.readline


def read_ints():
    return list(map(int, sys.stdin.read().split()))


print(repr(sys.stdin), sys.stdin is sys.__stdin__)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.errors)
print(sys.stdin.closed, sys.stdin.line_buffering, sys.stdin.newlines)
print(sys.stdin.isatty(), sys.stdin.fileno(), sys.stdin.readable(), sys.stdin.writable())
print(repr(input()), repr(input().strip()), read_ints())
print(repr(sys.stdin.read(5)), repr(sys.stdin.readline(3)), sys.stdin.readlines())
count = 0
for line in sys.stdin:
    count += 1
print("lines", count, list(iter(sys.stdin.readline, "")))
print(iter(sys.stdin) is sys.stdin, next(sys.stdin, "no more"))
try:
    next(sys.stdin)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    print("hello", file=sys.stdin)
except io.UnsupportedOperation as e:
    print("print:", e)
try:
    sys.stdin.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    input("prompt> ")
except TypeError as e:
    print("TypeError:", e)
with sys.stdin as f:
    print(f is sys.stdin, repr(f.read()))
print(sys.stdin.closed)
for attempt in (sys.stdin.read, sys.stdin.readline, lambda: iter(sys.stdin)):
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)

# The size arguments, checked as Argument Clinic does.
calls = [
    lambda: sys.stdin.read("a"), lambda: sys.stdin.readline("a"), lambda: sys.stdin.readlines("a"),
    lambda: sys.stdin.read(None), lambda: sys.stdin.readline(None), lambda: sys.stdin.readlines(None),
    lambda: sys.stdin.read(1.5), lambda: sys.stdin.read(2**70), lambda: sys.stdin.readline(True),
    lambda: sys.stdin.read(1, 2), lambda: sys.stdin.readline(-1), lambda: sys.stdin.readlines(0),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as x:
        print(type(x).__name__, x)
