# A length-prefixed binary protocol over streams, as network code uses struct: the client
# sends records as a 4-byte big-endian length and a body; the server reads the header with
# readexactly(4), unpacks the length and reads exactly that many bytes.
import asyncio
import struct

HEADER = struct.Struct("!I")


async def handle(reader, writer):
    while True:
        try:
            header = await reader.readexactly(HEADER.size)
        except asyncio.IncompleteReadError:
            break
        (length,) = HEADER.unpack(header)
        body = await reader.readexactly(length)
        print(f"server: {length} bytes: {body.decode()}")
        writer.write(HEADER.pack(length) + body.upper())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in ["hello", "length prefixed", ""]:
        writer.write(HEADER.pack(len(text)) + text.encode())
        (n,) = struct.unpack("!I", await reader.readexactly(4))
        print("client got", n, await reader.readexactly(n))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
