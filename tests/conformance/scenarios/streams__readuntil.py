# readuntil(separator) returns everything up to and including the separator, here the
# blank line that ends HTTP-style headers; what follows stays buffered for the next read.
# Notice that a single write on the server side can serve several reads on the client.
import asyncio

async def handle(reader, writer):
    writer.write(b"Status: ok\r\nLength: 5\r\n\r\nhello")
    await writer.drain()
    await asyncio.sleep(1)
    writer.write(b"part one;part two;")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = await reader.readuntil(b"\r\n\r\n")
    print("head:", head)
    print("body:", await reader.readexactly(5))
    print(await reader.readuntil(b";"))
    print(await reader.readuntil(b";"))
    print("at_eof before the last read:", reader.at_eof())
    print(await reader.read(), reader.at_eof())
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    writer.close()
    server.close()

asyncio.run(main())
