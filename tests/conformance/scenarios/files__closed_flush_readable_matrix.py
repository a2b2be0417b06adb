# What each kind of closed file says: a text file's flush() and truncate() say "I/O
# operation on closed file." (only a closed BufferedWriter or BufferedRandom says "flush of
# closed file"); a closed writer still answers readable() with False, a closed reader
# writable() with False; buffered readline/readinto name themselves.
open("x.txt", "w").close()


def show(label, call):
    try:
        print(label, "ok", repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


methods = ("flush", "truncate", "readable", "writable", "seekable", "isatty", "fileno",
           "tell", "read", "readline", "readlines", "write", "writelines", "readinto")
for mode in ("w", "r", "a", "r+", "w+", "wb", "rb", "ab", "r+b", "w+b"):
    for buffering in ((-1, 0) if "b" in mode else (-1,)):
        f = open("x.txt", mode, buffering=buffering)
        f.close()
        for name in methods:
            if not hasattr(f, name):
                print(mode, buffering, name, "absent")
                continue
            args = {"write": (b"x" if "b" in mode else "x",), "writelines": ([],),
                    "readinto": (bytearray(2),)}.get(name, ())
            show(f"{mode} {buffering} {name}", lambda: getattr(f, name)(*args))
        show(f"{mode} {buffering} buffer.flush", lambda: f.buffer.flush())

# Open files answer as their mode says.
for mode in ("w", "r", "wb", "rb", "r+b"):
    with open("x.txt", mode) as f:
        print(mode, f.readable(), f.writable(), f.seekable())

# The uncaught form.
f = open("x.txt", "w")
f.close()
f.flush()
