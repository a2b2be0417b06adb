# tomllib: TOMLDecodeError messages with line/column positions, redefinitions, immutable inline tables.
import tomllib

cases = [
    "a = 1\na = 2",
    "a = ",
    "a = 1 b = 2",
    "[a]\nx = 1\n[a]",
    "[a]\nb.c = 1\n[a.b]",
    "a = {x = 1}\na.y = 2",
    "a = [1]\n[[a]]",
    "[[a]]\n[a]",
    "a = 1\n[a]",
    "x = {a = 1, a = 2}",
    "x = {a = 1 b = 2}",
    "x = [1, 2",
    "x = \"abc",
    "x = \"a\\qb\"",
    "x = \"\\uD800\"",
    "x = \"a\x01b\"",
    "x = '''abc",
    "x = 1 # comment \x7f",
    "x = 01",
    "x = .5",
    "x = True",
    "[a",
    "[[a]",
    "\n\n   x = @",
    "[fruit]\napple.color = 'red'\n[fruit.apple]",
    "x = 1979-02-30",
]
for src in cases:
    try:
        print("parsed:", tomllib.loads(src))
    except tomllib.TOMLDecodeError as e:
        cause = e.__cause__
        print(f"{src!r:32} -> {e}" + (f" [cause: {cause}]" if cause else ""))

try:
    tomllib.loads("[server]\nport = 80\n[server]\n")
except ValueError as e:
    print(type(e).__name__, e.args)

tomllib.loads("released = 2023-02-29T12:00:00Z")
