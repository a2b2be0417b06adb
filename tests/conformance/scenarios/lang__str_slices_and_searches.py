# String slices and searches with start/end, ASCII and not (the engine keeps both fast).
texts = ["hello world", "héllo wörld ünïcode", "", "日本語のテキスト"]
for s in texts:
    print(repr(s[1:4]), repr(s[-3:]), repr(s[::2]), repr(s[::-1]), repr(s[5:1]), repr(s[2:100]))
    print(s.find("o", 3), s.rfind("o", 0, 6), s.find("", 2), s.find("x", 50), s.count("l", 2, 9))
    print(s.startswith("l", 2), s.endswith("d", 0, 11), s.startswith(("x", "h"), 0), s.find("ö", -8))
page = "<a>" + "x" * 50_000 + "<b>"
i, found = 0, []
while (j := page.find("<", i)) != -1:
    found.append((j, page[j:j + 3]))
    i = j + 1
print(found, len(page[3:-3]), page.count("x", 10, 20))
