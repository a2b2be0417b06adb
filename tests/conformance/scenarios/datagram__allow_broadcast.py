# create_datagram_endpoint(allow_broadcast=True) sets SO_BROADCAST, so a discovery datagram
# to loopback's broadcast address reaches a responder bound to 0.0.0.0; without it the
# transport's sendto fails with EACCES, which reaches the protocol's error_received.
import asyncio, socket

class Discovery(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        sock = transport.get_extra_info("socket")
        print("broadcast opt", sock.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
    def datagram_received(self, data, addr):
        print("reply", data, addr[0])
    def error_received(self, exc):
        print("error_received", repr(exc))

class Responder(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        print("responder got", data)
        self.transport.sendto(b"I am here", addr)

async def main():
    loop = asyncio.get_running_loop()
    rt, _ = await loop.create_datagram_endpoint(Responder, local_addr=("0.0.0.0", 0))
    port = rt.get_extra_info("sockname")[1]
    t, p = await loop.create_datagram_endpoint(Discovery, local_addr=("0.0.0.0", 0), allow_broadcast=True)
    t.sendto(b"who is there?", ("127.255.255.255", port))
    await asyncio.sleep(0.1)
    t2, p2 = await loop.create_datagram_endpoint(Discovery, local_addr=("0.0.0.0", 0))
    try:
        t2.sendto(b"who?", ("127.255.255.255", port))
    except OSError as e:
        print("raised", repr(e))
    await asyncio.sleep(0.1)
    for x in (t, t2, rt):
        x.close()
    await asyncio.sleep(0)

asyncio.run(main())
