# An HTTP/1.1 GET over asyncio streams, against a tiny server written here: the client
# sends the request line and headers, reads the status line, the headers up to the blank
# line, then exactly Content-Length bytes of body. The server takes 0.2 s per request.
import asyncio

PAGES = {"/": b"<h1>home</h1>", "/about": b"<p>about us</p>"}

async def http_server(reader, writer):
    request_line = await reader.readline()
    method, path, version = request_line.decode().split()
    headers = (await reader.readuntil(b"\r\n\r\n")).decode()
    await asyncio.sleep(0.2)
    body = PAGES.get(path, b"not found")
    status = "200 OK" if path in PAGES else "404 Not Found"
    writer.write(f"HTTP/1.1 {status}\r\nContent-Type: text/html\r\n"
                 f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
    await writer.drain()
    writer.close()
    print(f"server: {method} {path} -> {status} ({headers.count(chr(10)) - 1} headers)")

async def get(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: example.test\r\nUser-Agent: demo\r\n\r\n".encode())
    status = (await reader.readline()).decode().strip()
    headers = {}
    while (line := await reader.readline()) != b"\r\n":
        key, value = line.decode().strip().split(": ", 1)
        headers[key.lower()] = value
    body = await reader.readexactly(int(headers["content-length"]))
    writer.close()
    await writer.wait_closed()
    return status, headers["content-type"], body

async def main():
    server = await asyncio.start_server(http_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for result in await asyncio.gather(get(port, "/"), get(port, "/about"), get(port, "/nope")):
        print(result)
    server.close()
    await server.wait_closed()

asyncio.run(main())
