# main fails with a TypeError (create_task wants a coroutine), and asyncio.run cancels the
# sleeping child of a gather while that TypeError is being handled. The CancelledError the
# child's wakeup raises takes the TypeError as its __context__, so the gather's unretrieved
# exception prints both. Notice the "During handling" line.
import asyncio


class Tick:
    def __await__(self):
        yield
        return 1


async def main():
    asyncio.gather(asyncio.sleep(0.2))
    asyncio.create_task(Tick())


asyncio.run(main())
