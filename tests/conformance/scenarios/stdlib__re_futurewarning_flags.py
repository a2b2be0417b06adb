# re: FutureWarnings for possible nested sets and set operations (text, position, the
# caller's line, once per compile), and incompatible or misplaced inline/global flags.
import re, warnings
print(re.search(r"[[:alpha:]]", "a:"))
print(re.findall(r"[--z]", "-"))
for p in (r"[ab&&c]", r"[a||b]", r"[a~~b]", r"[ --]", r"x(?:y[[a])", r"[^[a]", r"[\[[]", r"[&&]", r"[a-z--]"):
    print(re.findall(p, "a[&|~- "))
def helper():
    return re.compile(r"[[b]")
helper()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.compile(r"[[c]")
    re.compile(r"[[c]")
    re.compile(r"([[d])", re.I)
    try:
        re.compile(r"[[e](")
    except re.error as e:
        print("error", e)
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
warnings.simplefilter("error")
try:
    re.compile(r"[[f](")
except Exception as e:
    print(type(e).__name__, e, e.__context__)
for args in [(r"(?u)\w", re.A), (r"(?a)\w", re.U), (r"(?a)(?u)x", 0), (r"(?au)x", 0), (r"(", re.A | re.U), (r"(?L)x", 0), (r"x", re.L), (b"(?a)x", 0), (b"x", re.U), (r"(?u)x", 0), (b"(", re.U)]:
    try:
        print(re.compile(*args))
    except Exception as e:
        print(type(e).__name__, e)
for p in [b"(?u)x", "(?L)x", "(?aa)x", "(?ia)x", "(?i-a:x)", "(?aL)x", b"(?La)x", "(?a:x)(?u)"]:
  try: print(re.compile(p))
  except Exception as e: print(type(e).__name__, e)
