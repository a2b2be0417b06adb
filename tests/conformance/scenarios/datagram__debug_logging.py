# In debug mode the loop logs the endpoints it makes: a datagram endpoint with a local
# address at INFO, without one at DEBUG, and a socket accepted elsewhere and handed to
# connect_accepted_socket at DEBUG ("handled").
import asyncio
import logging
import socket

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")


async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(
        asyncio.DatagramProtocol, local_addr=("127.0.0.1", 0))
    transport.close()
    transport, _ = await loop.create_datagram_endpoint(
        asyncio.DatagramProtocol, family=socket.AF_INET)
    transport.close()
    a, b = socket.socketpair()
    transport, _ = await loop.connect_accepted_socket(asyncio.Protocol, a)
    transport.close()
    b.close()
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
