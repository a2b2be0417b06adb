# A closed file refuses everything but close() and its attributes; a file opened for
# reading is not writable and the other way round (io.UnsupportedOperation).
import io
f = open("a.txt", "w")
f.write("x")
f.close()
f.close()
for name, call in [("write", lambda: f.write("y")), ("read", lambda: f.read()),
                   ("tell", lambda: f.tell()), ("iter", lambda: iter(f)),
                   ("buffer.write", lambda: f.buffer.write(b"y")),
                   ("raw.read", lambda: f.buffer.raw.read())]:
    try:
        call()
    except ValueError as e:
        print(name, type(e).__name__, e)
print(f.closed, f.name, repr(f))
with open("a.txt") as r:
    for call in [lambda: r.write("y"), lambda: r.buffer.write(b"y"),
                 lambda: r.buffer.raw.write(b"y")]:
        try:
            call()
        except io.UnsupportedOperation as e:
            print(type(e).__module__, type(e).__name__, e, isinstance(e, OSError))
with open("a.txt", "w") as w:
    try:
        w.read()
    except io.UnsupportedOperation as e:
        print(e)
    print(w.readable(), w.writable(), w.seekable())
with open("a.txt") as r:
    pass
r.read()
