# A text file's read() with no size decodes the rest of the file in one go, so a decoding
# error's position counts from where that read started (CPython's read() does
# decoder.decode(buffer.read(), final=True)); readline() and iteration decode 8192-byte
# chunks, so theirs count from the chunk. A byte that starts no character fails at once.
from pathlib import Path

cases = {
    "ff after 10000": b"a" * 10000 + b"\xff",
    "short ff": b"abc\xff",
    "cut at end": b"x\n" * 5000 + b"\xe9\x80",
    "stray continuation": "é".encode() * 6000 + b"\x80z",
    "c0 lead": b"line\n" * 2000 + b"\xc0\xaf",
    "chunk edge": b"b" * 8191 + b"\xff" + b"tail\n",
}


def report(label, call):
    try:
        result = call()
        print(label, "ok", len(result))
    except UnicodeDecodeError as e:
        print(label, e.start, e.end, len(e.object), e.reason)
        print("   ", e)


for name, data in cases.items():
    Path("d.txt").write_bytes(data)
    print("--", name, len(data))
    report("read()", lambda: open("d.txt", encoding="utf-8").read())
    report("read_text", lambda: Path("d.txt").read_text(encoding="utf-8"))
    report("iterate", lambda: list(open("d.txt", encoding="utf-8")))

    def then_rest():
        with open("d.txt", encoding="utf-8") as f:
            first = f.readline()
            part = f.read(3)
            return first + part + f.read()
    report("readline+read(3)+read()", then_rest)
    report("replace", lambda: open("d.txt", encoding="utf-8", errors="replace").read())

# Good text still reads the same, positions and newlines included.
Path("d.txt").write_text("hé\r\nllo\n" * 3000, encoding="utf-16")
with open("d.txt", encoding="utf-16") as f:
    text = f.read()
    print(len(text), f.tell(), repr(text[:8]))
with open("d.txt", encoding="utf-16") as f:
    print(repr(f.readline()), len(f.read()), f.tell())
with open("d.txt", encoding="utf-16", newline="") as f:
    text = f.read()
    print(len(text), f.newlines, repr(text[:5]))
Path("d.txt").unlink()
