# A non-blocking connect() on Linux answers "in progress" even when it will fail;
# sock_connect() then waits for the socket to become writable and reads SO_ERROR, which
# becomes ConnectionRefusedError with asyncio's "Connect call failed" message. (On
# loopback the refusal is already known when connect() returns: SO_ERROR is set.)
import asyncio
import errno
import socket

async def main():
    loop = asyncio.get_running_loop()
    s = socket.socket()
    s.setblocking(False)
    err = s.connect_ex(("127.0.0.1", 1))
    print("connect_ex:", errno.errorcode[err])
    print("SO_ERROR:", errno.errorcode.get(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), 0))
    s.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ("127.0.0.1", 1))
    except ConnectionRefusedError as e:
        print(repr(e))
    s.close()
    s = socket.socket()  # left blocking: connect() itself fails, with the kernel's words
    try:
        await loop.sock_connect(s, ("127.0.0.1", 1))
    except ConnectionRefusedError as e:
        print("blocking socket:", repr(e))
    s.close()

asyncio.run(main())
