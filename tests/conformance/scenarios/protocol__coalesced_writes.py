# TCP is a byte stream, not a message stream: three write() calls made in one callback
# arrive at the peer in one data_received() call, because the receiver reads everything
# queued (up to 256 KiB per read) at its next turn. Writes 0.1 s apart arrive separately.
import asyncio

class Receiver(asyncio.Protocol):
    def data_received(self, data):
        print("received", data)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Receiver, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    for word in (b"one ", b"two ", b"three "):
        transport.write(word)
    await asyncio.sleep(0.1)
    for word in (b"four ", b"five "):
        transport.write(word)
        await asyncio.sleep(0.1)
    transport.writelines([b"six ", b"seven ", b"eight"])
    await asyncio.sleep(0.1)
    transport.close()
    server.close()
    await asyncio.sleep(0)

asyncio.run(main())
