# UDP has no connection, but a "connected" UDP socket (remote_addr) learns from the
# kernel that nobody listens: the ICMP port-unreachable reply arrives as error_received()
# with ConnectionRefusedError. The transport stays open.
import asyncio

class Client(asyncio.DatagramProtocol):
    def error_received(self, exc):
        print("error_received", repr(exc))
    def connection_lost(self, exc):
        print("connection_lost", exc)

async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(Client, remote_addr=("127.0.0.1", 1))
    transport.sendto(b"anyone?")
    await asyncio.sleep(0.5)
    print("closing?", transport.is_closing())
    transport.sendto(b"still nobody?")
    await asyncio.sleep(0.5)
    try:
        transport.sendto(b"x", ("127.0.0.1", 2))
    except ValueError as e:
        print("ValueError:", e)
    transport.close()
    await asyncio.sleep(0)

asyncio.run(main())
