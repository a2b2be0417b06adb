# format_exception_only of a SyntaxError made by the program: the File/text/caret lines
# from its details, the message without the "(file, line N)" suffix, and the variants.
import traceback

cases = [
    SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 7)),
    SyntaxError("indented", ("g.py", 1, 7, "    if x\n", None, None)),
    SyntaxError("no text", ("h.py", 2, 1, None, None, None)),
    SyntaxError("no line", ("k.py", None, None, None)),
    SyntaxError("plain"),
    SyntaxError(),
    IndentationError("unexpected indent", ("m.py", 4, 1, "  y = 2\n")),
    SyntaxError("tabs", ("t.py", 1, 4, "\tx\t= 1\n", 1, 6)),
    SyntaxError("end before", ("e.py", 1, 3, "abc\n", 1, -1)),
]
for e in cases:
    print(traceback.format_exception_only(e))
e = cases[0]
e.add_note("a note")
print(traceback.format_exception_only(type(e), e))
try:
    raise cases[1]
except SyntaxError as err:
    print(traceback.format_exception(err)[-4:])
