# A StreamReader is only a buffer with waiting readers: feed_data() and feed_eof() are what
# the protocol calls, and a program can call them too. Watch the repr follow the buffer,
# the waiting reader (waiter=...), EOF and a stored exception, and the errors for misuse.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

async def main():
    reader = asyncio.StreamReader(limit=8)
    print(reader)
    reader.feed_data(b"one\ntw")
    print(reader, await reader.readline())
    async def feed_later():
        await asyncio.sleep(1)
        print("waiting:", reader)
        reader.feed_data(b"o\nthree")
        await asyncio.sleep(1)
        reader.feed_eof()
    task = asyncio.create_task(feed_later())
    print(await reader.readline(), "at", asyncio.get_running_loop().time())
    try:
        await asyncio.gather(reader.read(1), reader.read(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await reader.read(), reader, reader.at_eof())
    for bad in (lambda: reader.readexactly(-1), lambda: reader.readuntil(b"")):
        try:
            await bad()
        except ValueError as e:
            print("ValueError:", e)
    print(await reader.read(0), await reader.read(5), await reader.readline())
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)
    broken = asyncio.StreamReader()
    broken.feed_data(b"kept")
    broken.set_exception(ConnectionResetError("gone"))
    print(broken, broken.exception())
    try:
        await broken.read()
    except ConnectionResetError as e:
        print("read raises", repr(e))
    await task

asyncio.run(main())
