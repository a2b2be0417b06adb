# Inside an async generator, `return` may not carry a value (there is no StopIteration
# value to deliver it in). The compiler rejects the file before anything runs.
# Notice nothing is printed on stdout: the SyntaxError comes first.
import asyncio

print("this line never runs")


async def numbers():
    yield 1
    return 2
