# A client that forgets to close its StreamWriter: in Python 3.11.7, when the writer is
# freed (here when client() returns), StreamWriter.__del__ closes the transport, so the
# server reads EOF at once. A server handler's writer is kept alive by its protocol.
import asyncio

async def handle(reader, writer):
    print("server got", await reader.read())
    writer.close()

async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hi")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    await client(server.sockets[0].getsockname()[1])
    await asyncio.sleep(1)
    print("end")

asyncio.run(main())
