# Two hundred clients against one server, all started at once with gather. Each handler is a
# task of its own, so the server holds 200 conversations at the same time; on loopback none
# of it takes virtual time, and the whole exchange happens at 0.0 s.
import asyncio

handlers = {"now": 0, "most": 0}

async def square(reader, writer):
    handlers["now"] += 1
    handlers["most"] = max(handlers["most"], handlers["now"])
    n = int((await reader.readline()).decode())
    writer.write(f"{n * n}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    handlers["now"] -= 1

async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{n}\n".encode())
    answer = int((await reader.readline()).decode())
    writer.close()
    await writer.wait_closed()
    return answer

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(square, "127.0.0.1", 0, backlog=200)
    port = server.sockets[0].getsockname()[1]
    answers = await asyncio.gather(*(client(port, n) for n in range(200)))
    print("answers:", len(answers), "all correct:", answers == [n * n for n in range(200)])
    print("most handlers at once:", handlers["most"])
    print(f"virtual time: {loop.time():.1f} s")
    server.close()
    await server.wait_closed()

asyncio.run(main())
