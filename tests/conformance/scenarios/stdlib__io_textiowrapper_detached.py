# After detach() a TextIOWrapper has no buffer: every operation that needs it says so
# with a ValueError, while its repr and encoding still answer.
import io
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="latin-1")
t.detach()
for op in (t.read, t.readline, lambda: t.write("x"), t.tell, lambda: t.encoding, lambda: t.closed, lambda: t.name, t.flush, t.readable, t.close, lambda: repr(t), t.fileno, t.detach):
    try:
        print(repr(op()))
    except Exception as e:
        print(type(e).__name__, e)
u = io.TextIOWrapper(io.BytesIO(b"hello\nworld\n"), encoding="utf-8")
print(u.readline(), end="")
raw = u.detach()
print(raw.read())
