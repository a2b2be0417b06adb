# os.utime sets a file's modification time from seconds or nanoseconds, with CPython's errors.
import os
open("u.txt", "w").close()
os.utime("u.txt", (10, 20.5))
print(os.stat("u.txt").st_mtime, os.path.getmtime("u.txt"))
os.utime("u.txt", ns=(1, 3_000_000_000))
print(os.stat("u.txt").st_mtime_ns)
for bad in [lambda: os.utime("u.txt", (1,)), lambda: os.utime("u.txt", ("a", "b")), lambda: os.utime("u.txt", (1, 2), ns=(1, 2)), lambda: os.utime("nope", None)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
