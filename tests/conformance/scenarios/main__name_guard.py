# A script run directly has __name__ == "__main__", so the usual guard runs main(); code
# imported as a module would skip it. Functions and classes defined here belong to module
# "__main__". Notice __name__ and __module__ values.
import asyncio


class Job:
    pass


async def main():
    print("main() running in module", __name__)
    await asyncio.sleep(1)
    print(Job.__module__, main.__module__, Job().__class__.__qualname__)
    print(repr(Job)[:20], asyncio.run.__module__, asyncio.sleep.__module__)
    return "result"


print("module level, __name__ =", __name__)
if __name__ == "__main__":
    print("guard passed")
    print(asyncio.run(main()))
else:
    print("imported, not running")
print(__name__ == "__main__", globals()["__name__"])
