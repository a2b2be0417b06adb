# Positions in text that is not all ASCII count characters, not bytes: indexing, slicing,
# len, find/rfind/index/count with start and end, startswith over a range, across long
# texts of one-, two-, three- and four-byte characters, and after the text grows in place.
text = "".join(["aé€😀"[i % 4] + str(i % 10) for i in range(150)])
print(len(text), text[:12], text[-7:], text[63], text[64], text[65], text[-1], text[-64])
print(text[60:70], text[127:131], text[299:], repr(text[300:]), text[::37], text[250:240:-3])
for start in (0, 1, 63, 64, 65, 128, 129, 250, -5, -70):
    print(start, text.find("😀", start), text.rfind("é", 0, start if start > 0 else None),
          text.count("€", start), text.startswith("€", start), text.endswith("8", 0, start))
print(text.index("😀5"), text.rindex("€2"), text.find("zz"), text.count(""), text.count("", 290))
pos, hits = 0, []
while (pos := text.find("€", pos)) >= 0:
    hits.append(pos)
    pos += 1
print(len(hits), hits[:5], hits[-3:], sum(hits))
chars = [text[i] for i in range(len(text)) if text[i] in "é😀"]
print(len(chars), "".join(chars[:8]))


def grow():
    s = "Ω"
    for i in range(100):
        s += "ab"[i % 2] if i % 3 else "ß"
    return s


g = grow()
print(len(g), g[0], g[1], g[64], g[-1], g[40:46], g.find("ß", 50), g.rfind("a"))
try:
    text[300]
except IndexError as e:
    print("IndexError:", e)
