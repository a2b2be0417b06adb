# Python 3.11 still reads a group number that int() accepts but that is not plain ASCII
# digits ("+1", " 1", "1_0", Arabic-Indic digits), in a replacement template and in a
# conditional (?(...)...), with a DeprecationWarning; a negative one is still an error. So
# is a non-ASCII group name in a bytes pattern or template.
import re
import warnings


def sub_in_function():
    return re.sub("(x)", r"\g<+1>", "x")


print(sub_in_function())  # the default filter shows this one, at the caller of re.sub

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for template in (r"[\g<+1>]", r"[\g< 1 >]", r"[\g<1_0>]", "[\\g<\u0663>]", r"[\g<+0>]",
                     r"[\g<-1>]", r"[\g<1a>]", r"[\g<99999999999>]", r"[\g<2>]", r"[\g<>]"):
        pattern = "(x)" + "(y)?" * 9 if "1_0" in template else "(x)"
        try:
            print(ascii(template), "->", re.sub(pattern, template, "x"))
        except (re.error, IndexError) as e:
            print(ascii(template), "->", type(e).__name__, e)
    print(re.match("(x)", "x").expand(r"<\g<+1>>"))
    print(re.compile("(a)").subn(r"\g<+1>\g<+1>", "aa"))
    for pattern in (r"(x)(?(+1)y|z)", r"(x)(?( 1)y)", r"(x)(?(-1)y)", r"(x)(?(+0)y)",
                    r"(x)(?(1a)y)", r"(x)(?(+2)y)", "(x)(?(\u0661)y)"):
        try:
            print(ascii(pattern), "->", re.findall(pattern, "xy xz x"))
        except re.error as e:
            print(ascii(pattern), "->", "error", e)
    print(re.sub(b"(?P<\xe9>x)", b"[\\g<\xe9>]", b"x"))
    print(re.match(b"(?P<\xe0>a)(?P=\xe0)(?(\xe0)b)", b"aab"))
# Called directly, a Pattern method's warning names the frame above its caller's.
for w in caught:
    where = w.lineno if w.filename == __file__ else "above the caller"
    print(w.category.__name__, w.message, where)
