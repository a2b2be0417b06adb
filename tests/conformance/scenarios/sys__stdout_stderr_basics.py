# sys.stdout.write writes text without adding a newline and returns the number of
# characters; print(..., file=sys.stderr) and sys.stderr.write go to stderr. sys also
# describes the interpreter. Notice a line built from several writes across a sleep.
import asyncio
import sys


async def progress():
    sys.stdout.write("working")
    for _ in range(3):
        await asyncio.sleep(0.5)
        sys.stdout.write(".")
        sys.stdout.flush()
    n = sys.stdout.write(" done\n")
    print("write returned", n)


asyncio.run(progress())
print("to stderr", 42, file=sys.stderr)
sys.stderr.write("raw stderr line\n")
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major, sys.version.startswith("3.11"))
print(sys.getrecursionlimit(), sys.maxsize == 2**63 - 1, sys.byteorder, type(sys.path).__name__)
print(sys.stdout is not sys.stderr, "asyncio" in sys.modules, sys.modules["__main__"].__name__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0], repr(sys.exc_info()[1]))
