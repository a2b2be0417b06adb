# read(n) returns as soon as *some* data is there, at most n bytes: it does not wait for
# n. Writes made in one callback reach the peer together, so one read can see several of
# them. read() (n=-1) reads until EOF; after EOF, read(n) returns b'' at once.
import asyncio

async def handle(reader, writer):
    writer.write(b"abc")
    writer.write(b"defgh")
    await asyncio.sleep(0.25)
    writer.write(b"ijklmnop")
    await asyncio.sleep(0.25)
    writer.write(b"the rest")
    writer.write_eof()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.read(5))
    print(await reader.read(100))
    print(await reader.read(4), reader.at_eof())
    print(await reader.read(100))
    print(await reader.read(), reader.at_eof())
    print(await reader.read(10), await reader.read(0))
    writer.close()
    server.close()

asyncio.run(main())
