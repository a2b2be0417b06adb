# string.Formatter().parse splits a str.format template into (literal, field, spec,
# conversion) rows, lazily: the rows before a syntax error come out, then the error,
# with str.format's own messages. A Formatter subclass reuses the parse.
import string

TEMPLATES = ["{{{0}", "a{{b}}c{0!r:>{1}}", "{0}{1}", "{a[x:y]!s}", "a{0}b}", "{",
             "x}y", "{a!", "{a!r", "{a:", "{a!rr}", "{0[}", ""]

for template in TEMPLATES:
    try:
        for row in string.Formatter().parse(template):
            print(repr(template), row)
    except ValueError as e:
        print(repr(template), "ValueError:", e)
try:
    string.Formatter().parse(5)
except TypeError as e:
    print("TypeError:", e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format("{0:>{1}}|{x!r}", "abc", 6, x="q"))
