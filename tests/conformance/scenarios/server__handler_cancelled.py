# A handler still running when asyncio.run() ends is cancelled with the other tasks.
# Python 3.11.7's stream server then logs "Exception in callback" with a CancelledError:
# its done-callback asks the cancelled task for its exception. The exit status stays 0.
import asyncio

async def handle(reader, writer):
    try:
        await reader.read()
    except asyncio.CancelledError:
        print("handler cancelled")
        raise

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(1)
    print("main ends with the connection open")

asyncio.run(main())
