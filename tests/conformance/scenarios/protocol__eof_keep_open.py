# eof_received returning True keeps the transport open after the peer's FIN: the server
# can still answer a request that was ended by write_eof(), then close when done.
# The client sees the reply, then EOF, then connection_lost(None).
import asyncio

class Summer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport, self.numbers = transport, b""
    def data_received(self, data):
        self.numbers += data
    def eof_received(self):
        total = sum(int(n) for n in self.numbers.split())
        asyncio.get_running_loop().call_later(0.25, self.reply, total)
        return True
    def reply(self, total):
        self.transport.write(b"sum=%d" % total)
        self.transport.close()

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
    def data_received(self, data):
        print("client got", data)
    def eof_received(self):
        print("client: eof")
    def connection_lost(self, exc):
        self.done.set_result(exc)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Summer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, _ = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    transport.write(b"1 2 3 ")
    transport.write(b"4 5\n")
    transport.write_eof()
    print("connection_lost with", await done, "at", loop.time())
    server.close()

asyncio.run(main())
