# string.Template and textwrap.dedent given something other than text fail with the words of
# the regular expressions CPython's versions start with.
import string, textwrap
for tmpl in (1, None, ["$x"], b"$x"):
    for call in (lambda t: t.substitute(x=1), lambda t: t.safe_substitute(x=1)):
        try:
            print(call(string.Template(tmpl)))
        except TypeError as e:
            print("TypeError:", e)
for text in (None, 5, ["  a"]):
    try:
        textwrap.dedent(text)
    except TypeError as e:
        print("TypeError:", e)
print(repr(textwrap.dedent("    a\n      b\n")), string.Template("$x-${y}").substitute(x=1, y=2))
