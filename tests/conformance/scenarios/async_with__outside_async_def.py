# `async with` is only allowed directly inside an `async def`: in a plain function (even
# one nested in an `async def`) the compiler refuses the whole program with a SyntaxError
# before anything runs. Notice nothing is printed before the error.
print("never printed")


async def outer():
    def helper(lock):
        async with lock:
            return 1

    return helper
