# readexactly(n) waits until n bytes have arrived, however the sender split them.
# The server sends a 4-byte length header and then the body in three pieces, 0.1 s apart;
# the client reads the header, then exactly that many bytes.
import asyncio

async def handle(reader, writer):
    body = b"framed message!"
    writer.write(len(body).to_bytes(4, "big"))
    for piece in (body[:5], body[5:9], body[9:]):
        await asyncio.sleep(0.1)
        writer.write(piece)
        print("server: sent", piece)
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    header = await reader.readexactly(4)
    size = int.from_bytes(header, "big")
    print("client: header says", size, "bytes")
    body = await reader.readexactly(size)
    print("client: body", body)
    print("client: zero bytes:", await reader.readexactly(0))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
