# An exception that escapes a start_server() handler is reported by the loop's exception
# handler ("Unhandled exception in client_connected_cb", with the transport) and the
# connection is closed, so the client reads EOF. The server keeps serving.
import asyncio

async def handle(reader, writer):
    line = await reader.readline()
    if line.startswith(b"bad"):
        raise KeyError(line.strip().decode())
    writer.write(b"fine\n")
    writer.close()

async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text)
    print(text, "->", await reader.read())
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await ask(port, b"good\n")
    await ask(port, b"bad request\n")
    await ask(port, b"good again\n")
    server.close()

asyncio.run(main())
