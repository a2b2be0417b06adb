# UDP with DatagramProtocol: an echo server bound with local_addr and a client that named
# its peer with remote_addr. Each sendto() is one datagram and arrives as one
# datagram_received() call: message boundaries are kept, unlike TCP.
import asyncio

class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        print("server got", data, "from", addr[0])
        self.transport.sendto(data.upper(), addr)

class Client(asyncio.DatagramProtocol):
    def __init__(self, replies):
        self.replies = replies
    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
    port = transport.get_extra_info("sockname")[1]
    replies = asyncio.Queue()
    client, _ = await loop.create_datagram_endpoint(lambda: Client(replies), remote_addr=("127.0.0.1", port))
    print(type(client).__name__, client.get_extra_info("peername")[0])
    for word in (b"alpha", b"beta", b"gamma"):
        client.sendto(word)
    for _ in range(3):
        print("client got", await replies.get())
    await asyncio.sleep(0.5)
    client.sendto(b"late")
    print("client got", await replies.get(), "at", loop.time())
    client.close()
    transport.close()

asyncio.run(main())
