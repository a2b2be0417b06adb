# What a socket transport refuses: writing str (bytes are needed), writing after
# write_eof(), water marks with high < low. Also its defaults: limits (16 KiB, 64 KiB),
# is_reading(), get_protocol(), and that writing nothing is allowed.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

class Quiet(asyncio.Protocol):
    def connection_lost(self, exc):
        print(type(self).__name__, "connection_lost", exc)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Quiet, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, protocol = await loop.create_connection(Quiet, "127.0.0.1", port)
    print(transport.get_write_buffer_limits(), transport.get_write_buffer_size())
    print(transport.is_reading(), transport.get_protocol() is protocol, transport.can_write_eof())
    transport.write(b"")
    for data in ("text", 42, None):
        try:
            transport.write(data)
        except TypeError as e:
            print("TypeError:", e)
    try:
        transport.set_write_buffer_limits(high=10, low=20)
    except ValueError as e:
        print("ValueError:", e)
    transport.set_write_buffer_limits(low=100)
    print(transport.get_write_buffer_limits())
    transport.pause_reading()
    print("reading:", transport.is_reading(), transport)
    transport.resume_reading()
    transport.write_eof()
    try:
        transport.write(b"x")
    except RuntimeError as e:
        print("RuntimeError:", e)
    transport.close()
    print(transport.is_closing(), transport.is_reading())
    await asyncio.sleep(0.1)
    server.close()
    await server.wait_closed()

asyncio.run(main())
