# serve_forever() runs until its task is cancelled; cancelling it closes the server, so
# new connections are refused afterwards. is_serving() follows the server's state, and a
# closed server's repr shows no sockets.
import asyncio

async def handle(reader, writer):
    writer.write(b"hi\n")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print("serving before serve_forever?", server.is_serving())
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving?", server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client got", await reader.readline())
    writer.close()
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled at", asyncio.get_running_loop().time())
    print("serving?", server.is_serving(), server)
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("new connections are refused")
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
