# Plain blocking socket calls inside a coroutine block the whole loop: no other task runs
# until they return. On loopback they return at once: the kernel completes the
# handshake and buffers the data without the loop's help. The server's handler only runs
# once the coroutine awaits; then the blocking recv() finds the reply waiting.
import asyncio
import socket

log = []

async def handle(reader, writer):
    log.append("handler runs")
    writer.write((await reader.readline()).upper())
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"sent while the loop was blocked\n")
    print("log so far:", log)
    await asyncio.sleep(0.1)
    print("log so far:", log)
    print(s.recv(100))
    s.close()
    server.close()

asyncio.run(main())
