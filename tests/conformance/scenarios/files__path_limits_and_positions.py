# Paths with a NUL byte are a ValueError before any system call; a name over 255 bytes is
# ENAMETOOLONG; reading past the end after a seek there leaves the position; newline='' still
# records the line endings seen.
import os
for fn in [lambda: open("a\0b", "w"), lambda: os.mkdir("d\0"), lambda: os.stat("a\0b")]:
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
try:
    open("a" * 256, "w"); print("ok")
except OSError as e:
    print(e.errno, e.strerror)
open("b.bin", "wb").write(b"abcd")
with open("b.bin", "rb") as f:
    print(f.seek(100), f.read() and "" or f.tell())
open("nl.txt", "wb").write(b"a\rb\r\nc\n")
with open("nl.txt", newline="") as f:
    f.read()
    print(f.newlines)
