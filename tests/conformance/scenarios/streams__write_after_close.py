# Writing to a stream after close() does not raise: the transport drops the bytes. From
# the fifth such write on, asyncio logs "socket.send() raised exception." for each one
# (close() itself counts as the first loss). drain() then says the connection is lost.
import asyncio

async def main():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.close()
    print("is_closing:", writer.is_closing())
    for i in range(7):
        writer.write(b"lost %d" % i)
        print("write", i, "returned")
    await writer.wait_closed()
    try:
        await writer.drain()
        print("drain after close returned")
    except ConnectionResetError as e:
        print("drain:", repr(e))
    server.close()

asyncio.run(main())
