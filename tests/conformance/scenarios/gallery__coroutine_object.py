# Calling an async function does not run it: it only builds a coroutine object.
# Watch the console: "inside greet" appears only once the object is awaited,
# after every line printed about the object itself.
import asyncio
import inspect


async def greet(name):
    print("  inside greet: hello,", name)
    return "greeted " + name


async def main():
    coro = greet("Ada")
    print("1. called greet(), got:", coro)
    print("2. is it a coroutine?", inspect.iscoroutine(coro))
    print("3. its state:", inspect.getcoroutinestate(coro))
    print("4. nothing has been greeted yet; now awaiting it")
    result = await coro
    print("5. await gave back:", repr(result))
    print("6. its state now:", inspect.getcoroutinestate(coro))


asyncio.run(main())
