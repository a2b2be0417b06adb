# Case methods return new strings (strings never change in place). They know Unicode:
# notice 'ß'.upper() becomes 'SS', casefold() folds 'ß' to 'ss' while lower() keeps it,
# and title() starts a new word after every non-letter, even an apostrophe.
words = ["hello world", "HELLO", "", "straße", "élan vital", "ǅemal", "they're bill's 2nd"]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.casefold(), "|", w.swapcase())
for w in words:
    print(repr(w.capitalize()), repr(w.title()), w.isupper(), w.islower(), w.istitle())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("Σ".lower(), "ΌΣΟΣ".lower(), "ABC".lower() == "abc".casefold(), "MiXeD 123".swapcase())
print("hello"[0].upper() + "hello"[1:], "ABC".capitalize(), "aBC dEF".capitalize())
print("python is FUN".title(), "x1y2".title(), "a.b-c_d e".title(), "'quoted' text".title())
s = "Loop"
t = s.upper()
print(s, t, s is t, s == "Loop")
