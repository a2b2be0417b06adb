# A StreamReader's limit (here limit=16) bounds how much readuntil() will buffer while
# looking for the separator. LimitOverrunError says whether the separator was found, and
# e.consumed says how many bytes to drop; the data stays in the buffer until you read it.
import asyncio

async def handle(reader, writer):
    writer.write(b"short;" + b"x" * 20 + b";" + b"y" * 40)
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    for _ in range(4):
        try:
            print(await reader.readuntil(b";"))
        except asyncio.LimitOverrunError as e:
            print(type(e).__name__, "|", e, "| consumed", e.consumed)
            print("dropped", len(await reader.readexactly(e.consumed)), "bytes")
    print("rest", len(await reader.read()), "bytes")
    writer.close()
    server.close()

asyncio.run(main())
