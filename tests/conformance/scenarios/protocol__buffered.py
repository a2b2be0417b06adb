# BufferedProtocol: the transport asks get_buffer() for memory and receives straight into
# it, then calls buffer_updated(nbytes). In 3.11 the size hint passed to get_buffer() is
# always -1. Here a 10-byte buffer forces several reads for one 25-byte message.
import asyncio

class Framed(asyncio.BufferedProtocol):
    def __init__(self):
        self.buf = bytearray(10)
        self.got = bytearray()
    def get_buffer(self, sizehint):
        print("get_buffer", sizehint)
        return self.buf
    def buffer_updated(self, nbytes):
        print("buffer_updated", nbytes, bytes(self.buf[:nbytes]))
        self.got += self.buf[:nbytes]
    def eof_received(self):
        print("eof_received; total", bytes(self.got))
    def connection_lost(self, exc):
        print("connection_lost", exc)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Framed, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    transport.write(b"abcdefghijklmnopqrstuvwxy")
    await asyncio.sleep(0.5)
    transport.close()
    await asyncio.sleep(0.5)
    server.close()

asyncio.run(main())
