# bytes % values words its errors for bytes: "during bytes formatting", and %c takes an int
# in range(256) or a single byte (str % values keeps its own words).
import struct

cases = [
    (b"%d", (1, 2)),
    (b"x", 5),
    (b"%s-%s", (b"a", b"b", b"c")),
    (b"%c", b"ab"),
    (b"%c", "a"),
    (b"%c", 1.5),
    (b"%c", 256),
    (b"%c", 65),
    (b"%c", b"z"),
    (b"%c%c", (72, b"i")),
    (b"%(n)d", {"n": 3}),
]
for template, values in cases:
    try:
        print(template, "->", template % values)
    except (TypeError, OverflowError) as e:
        print(template, "!", type(e).__name__, e)

for template, values in [("%d", (1, 2)), ("%c", "ab"), ("%c", 1.5), ("x", 5)]:
    try:
        print(template, "->", template % values)
    except TypeError as e:
        print(template, "!", type(e).__name__, e)

frame = b"%s:%d\n" % (b"len", len(struct.pack("<I", 7)))
print(frame)
