# `async for` is only valid inside an `async def`: in a plain function the compiler refuses
# the file before anything runs. Notice nothing is printed.
print("never printed")


def plain(items):
    async for x in items:
        print(x)
