# input() reads the program's own sys.stdin: test input in a StringIO (or a file), as
# homework graders and tests feed it. The real standard input is empty: EOFError.
import io
import sys


def ask_numbers():
    count = int(input("How many? "))
    values = [float(input(f"value {i + 1}: ")) for i in range(count)]
    return values


sys.stdin = io.StringIO("3\n1.5\n2.5\n   4  \n")
values = ask_numbers()
print()
print("values", values, "mean", sum(values) / len(values))
print(repr(input()), end=" | ")
print(repr(sys.stdin.read()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)

sys.stdin = io.StringIO("no newline at the end")
print(repr(input()))

with open("answers.txt", "w") as f:
    f.write("yes\n\nno\n")
sys.stdin = open("answers.txt")
print([input() for _ in range(3)])
sys.stdin.close()


class Scripted:
    def __init__(self, lines):
        self.lines = list(lines)
        self.asked = 0

    def readline(self):
        self.asked += 1
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Scripted(["quit\n"])
print(input("> "), sys.stdin.asked)


class Broken:
    def readline(self):
        return b"bytes\n"


sys.stdin = Broken()
try:
    input()
except TypeError as e:
    print("TypeError:", e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)

sys.stdin = sys.__stdin__
try:
    input("last: ")
except EOFError as e:
    print("EOFError:", e)
