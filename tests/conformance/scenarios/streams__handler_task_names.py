# Which tasks asyncio makes behind the scenes: start_server resolves its address in a
# task (gather), and every accepted connection is set up by a task of its own before the
# handler's task starts. The handlers' names show the numbering.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

async def handle(reader, writer):
    print("handler in", asyncio.current_task().get_name())
    writer.write(await reader.readline())
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for i in range(3):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"%d\n" % i)
        print("client", i, await reader.readline())
        writer.close()
    print("next task:", asyncio.create_task(asyncio.sleep(0)).get_name())
    server.close()

asyncio.run(main())
