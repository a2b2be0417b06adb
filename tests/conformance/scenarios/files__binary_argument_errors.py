# Binary files check their arguments as C's _io does, before anything else (even the closed
# check): write() wants a bytes-like object, read()/readline() an int or None, read1() and
# peek() an int, readinto() a writable buffer, seek() ints; open() needs a file.
class Two:
    def __index__(self):
        return 2

with open("b.bin", "wb") as f:
    f.write(b"0123456789\nabc\n")


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


for mode, buffering in (("wb", -1), ("ab", -1), ("r+b", -1), ("wb", 0)):
    f = open("w.bin", mode, buffering=buffering)
    for arg in (5, "s", None, 1.5, [1], memoryview(b"mv"), bytearray(b"ba")):
        show(f"{mode}/{buffering} write {type(arg).__name__}", lambda: f.write(arg))
    show(f"{mode}/{buffering} writelines", lambda: f.writelines([b"ok", 1]))
    f.close()
    show(f"{mode}/{buffering} closed write int", lambda: f.write(5))
    show(f"{mode}/{buffering} closed write bytes", lambda: f.write(b"x"))
    show(f"{mode}/{buffering} closed writelines", lambda: f.writelines([]))
    print(open("w.bin", "rb").read())

calls = [("read", "x"), ("read", 1.5), ("read", Two()), ("read", None), ("read1", "x"),
         ("read1", None), ("peek", "x"), ("readline", "a"), ("readline", 1.5),
         ("readline", Two()), ("readline", None), ("readinto", b"xxxx"), ("readinto", 5),
         ("readinto", bytearray(3)), ("readinto", memoryview(b"ro")), ("seek", 1.5),
         ("seek", 0, "1"), ("seek", 0, 1.0), ("seek", 0, 7), ("seek", Two()), ("seek", -1),
         ("seek", 0, None), ("truncate", 1.5), ("readlines", "x")]
for mode, buffering in (("rb", -1), ("rb", 0), ("r+b", -1), ("wb", -1)):
    for closed in (False, True):
        f = open("b.bin" if mode != "wb" else "w.bin", mode, buffering=buffering)
        if closed:
            f.close()
        for name, *args in calls:
            if hasattr(f, name):
                show(f"{mode}/{buffering}/{closed} {name}({args[-1]!r:.10})",
                     lambda: getattr(f, name)(*args))
        f.close()

show("open()", lambda: open())
show("open(mode=)", lambda: open(mode="r"))
with open("b.bin", "rb", buffering=0) as raw:
    print(raw.readline(), raw.readline(3), raw.readlines())
