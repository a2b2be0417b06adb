# pause_reading() stops the transport from polling its socket: bytes the peer sends meanwhile
# wait in the kernel. resume_reading() polls again, and everything that arrived while paused
# comes in one data_received() call (up to 256 KiB per read).
import asyncio

class Slow(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
    def data_received(self, data):
        print("data_received", data, "reading:", self.transport.is_reading())
        if data == b"first":
            self.transport.pause_reading()
            print("paused; reading:", self.transport.is_reading())
            asyncio.get_running_loop().call_later(1, self.transport.resume_reading)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Slow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    transport.write(b"first")
    for i in range(3):
        await asyncio.sleep(0.2)
        transport.write(b"|later %d" % i)
    await asyncio.sleep(1)
    transport.close()
    server.close()
    await asyncio.sleep(0)

asyncio.run(main())
