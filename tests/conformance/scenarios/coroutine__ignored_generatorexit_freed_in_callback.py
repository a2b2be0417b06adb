# A suspended coroutine that swallows GeneratorExit, freed while the loop runs a callback
# (its last reference dies as main() returns): "coroutine ignored GeneratorExit" is printed
# with the traceback header and no frame of the program's (the running frame is asyncio's
# Handle._run). Freed by module code instead, the traceback shows that line.
import asyncio


async def stubborn():
    while True:
        try:
            await asyncio.sleep(1)
        except GeneratorExit:
            print("swallowed")


async def main():
    c = stubborn()
    c.send(None)
    print("main ends")


asyncio.run(main())


def generator():
    while True:
        try:
            yield
        except GeneratorExit:
            print("generator swallowed")


g = generator()
next(g)
del g
print("end")
