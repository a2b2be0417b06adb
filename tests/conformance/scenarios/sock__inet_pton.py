# socket.inet_pton(AF_INET, ...) is strict where inet_aton is lenient: four decimal parts,
# no leading zeros, no spaces, ASCII digits only. asyncio asks it whether a host given to
# open_connection is already an address: "127.0.0.1" connects without a lookup, while
# "127.1" (which inet_aton takes) goes through getaddrinfo and still reaches the server.
import asyncio
import socket

for text in ["127.0.0.1", "0.0.0.0", "255.255.255.255", "01.2.3.4", "1.2.3.04", "1.2.3",
             "1.2.3.4.5", "256.1.1.1", " 1.2.3.4", "1.2.3.4 ", "", "\u0661.2.3.4"]:
    try:
        print(repr(text), socket.inet_pton(socket.AF_INET, text))
    except OSError as e:
        print(repr(text), type(e).__name__, e)

print(socket.inet_aton("127.1"))
for args in [(socket.AF_INET, b"1.2.3.4"), (99, "1.2.3.4"), (socket.AF_INET,),
             ("x", "1.2.3.4")]:
    try:
        socket.inet_pton(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)


async def handle(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for host in ["127.0.0.1", "127.1"]:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(f"via {host}\n".encode())
        print(await reader.readline(), writer.get_extra_info("peername")[0])
        writer.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
