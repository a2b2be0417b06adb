# A run has no standard input, as `python3 prog.py < /dev/null`: input() writes its prompt
# and then meets the end of the input, an EOFError("EOF when reading a line"). A program
# that reads until EOFError ends its loop at once.
import io, contextlib
print("start")
try:
    name = input("What is your name? ")
except EOFError as e:
    print()
    print("EOFError:", e, repr(e))
try:
    input()
except EOFError as e:
    print("bare:", e)
try:
    input("a", "b")
except TypeError as e:
    print(e)
try:
    input(prompt="x")
except TypeError as e:
    print(e)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    try:
        input(42)
    except EOFError:
        pass
print(repr(buf.getvalue()))
class P:
    def __str__(self):
        return "custom> "
try:
    input(P())
except EOFError:
    print("|")
while True:
    try:
        line = input("> ")
    except EOFError:
        print("bye")
        break
age = int(input("Age: "))
