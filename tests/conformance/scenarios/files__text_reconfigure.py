# TextIOWrapper.reconfigure() on files: a new codec (errors back to 'strict' unless given),
# newline mode, line_buffering and write_through; the codec and newline only while no text
# read ahead is held (io.UnsupportedOperation); argument errors as C's.
import io

with open("r.txt", "w", encoding="ascii") as f:
    f.reconfigure(encoding="utf-8")
    f.write("é\n")
    print(f.encoding, f.errors, f.line_buffering, f.write_through)
    f.reconfigure(errors="replace", line_buffering=1, write_through=0)
    print(f.encoding, f.errors, f.line_buffering, f.write_through)
    f.reconfigure(encoding="latin-1")
    print(f.encoding, f.errors)
    f.write("ü\n")
    for kw in ({"encoding": 5}, {"errors": 3}, {"newline": 3}, {"newline": "x"},
               {"encoding": "nope"}, {"line_buffering": "yes"}, {"write_through": 2.0}):
        try:
            f.reconfigure(**kw)
            print(kw, "ok", f.encoding, f.errors, f.line_buffering)
        except Exception as e:
            print(kw, type(e).__name__, e)
    try:
        f.reconfigure("utf-8")
    except TypeError as e:
        print(e)
    print(f.reconfigure(newline="\r\n"))
    f.write("a\nb\n")
print(open("r.txt", "rb").read())

with open("r.txt", encoding="latin-1") as f:
    f.reconfigure(encoding="utf-8", errors="replace")
    print(repr(f.readline()), f.encoding, f.errors)
    for kw in ({"encoding": "latin-1"}, {"errors": "strict"}, {"newline": None},
               {"line_buffering": True}):
        try:
            f.reconfigure(**kw)
            print(kw, "ok")
        except io.UnsupportedOperation as e:
            print(kw, type(e).__name__, e)
    print(repr(f.read()))
    f.reconfigure(encoding="latin-1")  # read() to the end holds nothing back
    print(f.encoding)
with open("r.txt", encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
    f.reconfigure(newline="")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.reconfigure(encoding="latin-1")
    print(repr(f.readline()))
try:
    f.reconfigure(encoding="utf-8")
except ValueError as e:
    print("closed:", e)

# A codec with a byte order mark writes one only at the start of the file.
with open("r.txt", "w", encoding="utf-8") as f:
    f.write("x")
    f.reconfigure(encoding="utf-16")
    f.write("y")
print(open("r.txt", "rb").read())
with open("r.txt", "w", encoding="utf-8") as f:
    f.reconfigure(encoding="utf-16")
    f.write("y")
print(open("r.txt", "rb").read())
with open("r.txt", "w", encoding="utf-8", newline="\n") as f:
    f.reconfigure(line_buffering=True)
    f.write("one\n")
    print(open("r.txt").read() == "one\n", f.line_buffering)
