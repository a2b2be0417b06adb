# asyncio.run runs the main task in a copy of the caller's context: main sees what the
# module set, and what main sets is gone when asyncio.run returns. A second run starts from
# the module's context again.
import asyncio
import contextvars

config = contextvars.ContextVar("config", default="defaults")


async def main(n):
    print(f"run {n} starts with", config.get())
    config.set(f"changed by run {n}")
    return config.get()


print(asyncio.run(main(1)))
config.set("module")
print(asyncio.run(main(2)))
print("module sees", config.get())
