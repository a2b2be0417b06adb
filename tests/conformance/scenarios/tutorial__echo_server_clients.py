# The classic asyncio tutorial: a TCP echo server and three clients that each send a
# message and print the echo. The clients start 0.1 s apart and the server answers
# after a 0.25 s "think", so their conversations overlap in time.
import asyncio

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info("peername")
    print(f"Received {message!r} from {addr[0]}")
    await asyncio.sleep(0.25)
    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()

async def tcp_echo_client(message, port, delay):
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(f"Send: {message!r}")
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f"Received: {data.decode()!r}")
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("Serving on 127.0.0.1")
    async with server:
        await asyncio.gather(*(tcp_echo_client(f"Hello {n}!", port, n / 10) for n in range(3)))

asyncio.run(main())
