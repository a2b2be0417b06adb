# What open() refuses: a missing file, a directory, a path through a file, and the modes
# and arguments that do not go together, with CPython's messages.
import os
os.mkdir("d")
open("f.txt", "w").close()
attempts = [
    lambda: open("missing.txt"),
    lambda: open("d"),
    lambda: open("d", "w"),
    lambda: open("f.txt/inner"),
    lambda: open("nodir/new.txt", "w"),
    lambda: open("f.txt", "rw"),
    lambda: open("f.txt", "rr"),
    lambda: open("f.txt", "q"),
    lambda: open("f.txt", "rbt"),
    lambda: open("f.txt", "+"),
    lambda: open("f.txt", "rb", encoding="utf-8"),
    lambda: open("f.txt", "rb", newline=""),
    lambda: open("f.txt", buffering=0),
    lambda: open("f.txt", newline="x"),
    lambda: open("f.txt", closefd=False),
    lambda: open(None),
    lambda: open("f.txt", 5),
]
for attempt in attempts:
    try:
        attempt()
    except (OSError, ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
open("missing.txt")
