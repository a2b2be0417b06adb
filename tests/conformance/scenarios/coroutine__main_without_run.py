# Calling main() at module level without asyncio.run() only creates a coroutine object:
# no event loop is started and the body never runs.
# Notice the RuntimeWarning pointing at the call and the missing "hello" line.
import asyncio


async def main():
    await asyncio.sleep(1)
    print("hello")


main()
print("end of program")
