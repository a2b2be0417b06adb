# Fetching a page with a deadline. The little HTTP server takes 100 ms to answer, as a server
# far away would; the client sends a GET and reads the answer inside asyncio.timeout(). With
# 0.5 s to spare the page arrives after 0.1 s; with 0.05 s the timeout cancels the read and
# TimeoutError reaches the caller, who gives up and closes the connection.
import asyncio

async def http_server(reader, writer):
    path = (await reader.readuntil(b"\r\n\r\n")).split()[1].decode()
    await asyncio.sleep(0.1)
    body = f"<h1>page {path}</h1>".encode()
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
    writer.close()

async def fetch(port, path, seconds):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        async with asyncio.timeout(seconds):
            status = (await reader.readline()).decode().strip()
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0].decode())
            return status, (await reader.readexactly(length)).decode()
    finally:
        writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(http_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for path, seconds in [("/fast-enough", 0.5), ("/too-slow", 0.05)]:
        start = loop.time()
        try:
            status, body = await fetch(port, path, seconds)
            print(f"{loop.time() - start:.2f}s  {path}: {status} {body}")
        except TimeoutError:
            print(f"{loop.time() - start:.2f}s  {path}: gave up after {seconds} s")
    await asyncio.sleep(0.2)
    server.close()

asyncio.run(main())
