# A datagram transport's checks and its repr: sendto() wants bytes, and a transport made
# with remote_addr only sends there (another address is a ValueError). Empty datagrams
# are not sent at all. The repr shows the file descriptor and the buffer.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

class Printer(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        print("received", data, "from", addr[0])

async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Printer, local_addr=("127.0.0.1", 0))
    port = server.get_extra_info("sockname")[1]
    client, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=("127.0.0.1", port))
    print(client)
    print(client.get_extra_info("peername")[0], client.get_write_buffer_size())
    try:
        client.sendto("text")
    except TypeError as e:
        print("TypeError:", e)
    try:
        client.sendto(b"x", ("127.0.0.1", 9))
    except ValueError as e:
        print("ValueError:", str(e).split(", ")[0])
    client.sendto(b"")
    client.sendto(b"ping")
    client.sendto(b"pong", ("127.0.0.1", port))
    await asyncio.sleep(0.1)
    client.close()
    print(client)
    await asyncio.sleep(0)
    print(client)
    server.close()

asyncio.run(main())
