# serve_forever() may be awaited by one task only: a second call fails with RuntimeError
# naming the server. `async with server` closes it on the way out, which also ends the
# first serve_forever() (its task is cancelled).
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

async def handle(reader, writer):
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        first = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0)
        try:
            await server.serve_forever()
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(" sockets=")[0])
        await asyncio.sleep(1)
    await asyncio.sleep(0)
    print("first:", first.cancelled(), "serving:", server.is_serving())

asyncio.run(main())
