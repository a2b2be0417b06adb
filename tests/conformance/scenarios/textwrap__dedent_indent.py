# dedent removes the whitespace common to all non-blank lines (tabs and spaces must match
# exactly) and empties whitespace-only lines; indent adds a prefix to non-blank lines, or
# to the lines a predicate picks. Notice the reprs: which whitespace survives.
import textwrap

print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.dedent("    x\n   \n      y")), repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("   \n  ")))
print(repr(textwrap.indent("a\n\nb\n", "+ ")))
print(repr(textwrap.indent("a\n\nb", "> ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny", "# ")))
print(textwrap.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", 20))
