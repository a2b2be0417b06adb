# Tasks running asyncio's own coroutines show where those wait, in asyncio's source: a
# serve_forever() task waits in base_events.py, a readline() task in streams.py (its
# line is the await in readline, though it really waits deeper, in _wait_for_data).
import asyncio

async def handle(reader, writer):
    await reader.read()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    serving = asyncio.create_task(server.serve_forever())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    line = asyncio.create_task(reader.readline())
    chunk = asyncio.create_task(reader.readexactly(5))
    print(line)
    await asyncio.sleep(0)
    for task in (serving, line, chunk):
        print(task)
    writer.write(b"hello\n")
    await asyncio.sleep(0)
    print(line)
    print(chunk.exception())
    writer.close()
    serving.cancel()
    await asyncio.sleep(0)
    print(serving)

asyncio.run(main())
