# UnicodeTranslateError made by a program: its str() names the character or the range of
# positions, and it has object, start, end and reason.
for args in [("abc", 0, 1, "x"), ("abc", 0, 2, "x"), ("\u20ac\U0001f600", 1, 2, "no"), ("\u20ac", 0, 1, "euro")]:
    e = UnicodeTranslateError(*args)
    print(str(e), repr(e), e.start, e.end, e.reason, e.object)
try:
    raise UnicodeTranslateError("abc", 1, 3, "nope")
except UnicodeError as e:
    print(type(e).__name__, e)
