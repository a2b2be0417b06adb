# In debug mode a task's repr ends with where it was created: for tasks that asyncio's own
# Python makes (a TaskGroup's, a stream server's handler task) that is the line in CPython's
# asyncio, not the program's; a task the program makes directly shows the program's line.
import asyncio
import contextvars


async def show(label):
    print(label, asyncio.current_task())
    await asyncio.sleep(0)


async def handle(reader, writer):
    await show("handler")
    writer.close()


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(show("group"), name="in-group")
        tg.create_task(show("group with context"), name="ctx", context=contextvars.copy_context())
    await asyncio.create_task(show("direct"), name="direct")
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client read", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main(), debug=True)
