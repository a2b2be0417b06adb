# When the peer closes before readexactly(n) has its n bytes, IncompleteReadError carries
# the bytes that did arrive (e.partial) and the number expected (e.expected).
# readuntil() at EOF raises the same error with expected=None.
import asyncio

async def handle(reader, writer):
    writer.write(b"only seven")
    await asyncio.sleep(0.5)
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readexactly(20)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, "|", e)
        print("partial", e.partial, "expected", e.expected)
        print("is EOFError:", isinstance(e, EOFError))
    try:
        await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print(repr(e))
    print("readline at eof:", await reader.readline())
    writer.close()
    server.close()

asyncio.run(main())
