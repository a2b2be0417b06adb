# The same refusal left uncaught: asyncio.run() ends with the ExceptionGroup's traceback
# tree on stderr and exit status 1. Notice the message asyncio builds for each refused
# address, and that the traceback shows only this file's frames.
import asyncio

async def connect(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.close()

async def main():
    async with asyncio.TaskGroup() as tg:
        for port in (1, 2):
            tg.create_task(connect(port))

asyncio.run(main())
