# Type names in error messages as CPython's tp_name gives them: asyncio's Python Future
# subclasses and random.Random without a module, the C types (types.SimpleNamespace,
# _thread._local, _io's streams, functools._lru_cache_wrapper) with it.
import asyncio, random, types, threading
for o in [random.Random(), types.SimpleNamespace(), threading.local()]:
    try:
        len(o)
    except TypeError as e:
        print(e)
async def main():
    g = asyncio.gather(asyncio.sleep(0))
    try:
        g[0]
    except TypeError as e:
        print(e)
    await g
asyncio.run(main())
import io, functools, random, types, threading
for o in [io.StringIO(), io.BytesIO(), functools.lru_cache(None)(len), random.Random(), types.SimpleNamespace()]:
    try:
        len(o)
    except TypeError as e:
        print(e)
print(io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair, io.IOBase)
with open("t.bin", "wb") as f:
    try:
        f + 1
    except TypeError as e:
        print(e)
with open("t.txt", "w") as f:
    try:
        f[0]
    except TypeError as e:
        print(e)
