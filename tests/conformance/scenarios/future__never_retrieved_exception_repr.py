# "exception was never retrieved" shows the exception through its own __repr__.
import asyncio


class RetryLater(Exception):
    def __repr__(self):
        return f"RetryLater<{self.args[0]}>"


async def main():
    loop = asyncio.get_running_loop()
    loop.create_future().set_exception(RetryLater("queue full"))

    def read_missing():
        raise FileNotFoundError(2, "No such file or directory", "data.csv")

    loop.run_in_executor(None, read_missing)
    await asyncio.sleep(0.1)
    print("done")


asyncio.run(main())
