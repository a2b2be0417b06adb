# io.StringIO and io.BytesIO, the in-memory streams: write/read/seek/tell, line iteration,
# getvalue, print(file=...), redirect_stdout capturing prints, and their errors (wrong type,
# a closed stream, bad seeks).
import contextlib
import io

buf = io.StringIO()
print(buf.write("hello\n"), buf.write("world\n"), buf.tell())
print("extra", 42, file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), buf.tell(), [line for line in buf])
buf.seek(0)
buf.write("HE")
print(repr(buf.getvalue()[:8]), buf.truncate(4), repr(buf.getvalue()))
text = io.StringIO("a\nb\nc")
print(text.readlines(), text.read(), type(text), type(text).__name__)
with io.StringIO() as captured, contextlib.redirect_stdout(captured):
    print("captured line")
    value = captured.getvalue()
print(repr(value), captured.closed)
for bad in [lambda: io.StringIO().write(5), lambda: captured.getvalue(),
            lambda: io.StringIO("x").seek(1, 1), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO(5), lambda: io.BytesIO().write("s")]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
data = io.BytesIO(b"line1\nline2\n")
print(data.readline(), data.read(), data.tell(), data.seek(-3, 2), data.read())
data.write(b"!!")
print(data.getvalue(), len(data.getbuffer()))
