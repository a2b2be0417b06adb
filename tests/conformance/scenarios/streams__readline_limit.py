# readline() over the limit raises ValueError (not LimitOverrunError) and drops what it
# consumed: the whole line when its newline had arrived, or the buffered part otherwise.
# The stream stays usable: the next readline() returns the following line.
import asyncio

async def handle(reader, writer):
    writer.write(b"ok\n" + b"a" * 30 + b"\nnext\n")
    await asyncio.sleep(0.2)
    writer.write(b"b" * 40)
    await asyncio.sleep(0.2)
    writer.write(b"bbb\nlast\n")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=8)
    print(await reader.readline())
    for _ in range(2):
        try:
            print(await reader.readline())
        except ValueError as e:
            print("ValueError:", e)
        print("then:", await reader.readline())
    writer.close()
    server.close()

asyncio.run(main())
