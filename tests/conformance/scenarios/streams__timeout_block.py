# asyncio.timeout() around several reads: the deadline covers the whole block, not each
# read. The server sends a line every 0.3 s; the block ends at its 1.0 s deadline with
# TimeoutError, in the middle of the fourth readline().
import asyncio

async def handle(reader, writer):
    for i in range(6):
        await asyncio.sleep(0.3)
        writer.write(b"tick %d\n" % i)
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        async with asyncio.timeout(1.0):
            while True:
                print(await reader.readline())
    except TimeoutError:
        print("TimeoutError at", round(loop.time(), 3))
    print("still there:", await reader.readline())
    print("the rest:", await reader.read())
    writer.close()
    server.close()

asyncio.run(main())
