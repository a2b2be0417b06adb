# Connecting where nobody listens fails with ConnectionRefusedError. asyncio words the
# message itself: "Connect call failed" and the address. Port 1 is used because nothing
# listens there; a port read from the kernel would vary from run to run.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, e.strerror)
        print(e)
        print(repr(e))
        print("is ConnectionError/OSError:", isinstance(e, ConnectionError), isinstance(e, OSError))
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", 1)
    except OSError as e:
        print("create_connection:", e)
    print("at", loop.time())

asyncio.run(main())
