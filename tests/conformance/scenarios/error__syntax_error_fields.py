# A SyntaxError made by the program: msg, filename, lineno, offset, text and the end positions
# come from its details tuple, and str() adds the file's base name and the line.
e = SyntaxError("bad token", ("config.ini", 3, 5, "key = = value\n"))
print(e, repr(e), e.args)
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
e2 = SyntaxError("plain")
print(e2, e2.msg, e2.filename, e2.lineno, e2.offset, e2.text, e2.print_file_and_line)
e3 = SyntaxError("m", ("/a/b/f.py", 7, 1, "x", 7, 3))
print(e3, e3.end_lineno, e3.end_offset)
e4 = SyntaxError("m", (None, 2, None, None)); print(e4)
e5 = SyntaxError("m", ("f", None, None, None)); print(e5)
e6 = IndentationError("ind", ("f.py", 1, 2, "  x")); print(e6, e6.lineno)
e7 = SyntaxError(); print(repr(e7), e7.msg)
e8 = SyntaxError("a", "b", "c"); print(e8, e8.msg)
