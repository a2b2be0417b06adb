# `async with server:` closes the server when the block ends (Server.__aexit__ calls
# close() and wait_closed()). Connections already accepted are not closed by that: the
# handler still finishes its reply to the client after the block.
import asyncio

async def handle(reader, writer):
    name = (await reader.readline()).strip().decode()
    await asyncio.sleep(0.5)
    writer.write(f"goodbye {name}\n".encode())
    writer.close()
    print("handler done")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print("in block, serving:", server.is_serving())
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"ada\n")
        await asyncio.sleep(0.1)
    print("after block, serving:", server.is_serving(), len(server.sockets))
    print("client got", await reader.readline())
    writer.close()
    await writer.wait_closed()

asyncio.run(main())
