# A failed import raises ImportError (ModuleNotFoundError for a module) whose .name is the
# module that could not be found or read from; .msg is the message. An ImportError a
# program makes itself has name and path None.
# Notice `from pkg import missing` names the package, not the missing name.
import asyncio


async def main():
    await asyncio.sleep(1)
    for stmt in ("import no_such_mod", "from asyncio import nothing_here", "import os.nope"):
        try:
            if stmt == "import no_such_mod":
                import no_such_mod  # noqa: F401
            elif stmt.startswith("from"):
                from asyncio import nothing_here  # noqa: F401
            else:
                import os.nope  # noqa: F401
        except ImportError as e:
            print(type(e).__name__, e.name, e.msg == str(e))
    own = ImportError("made by hand")
    print(own.name, own.path, own.msg, ImportError().msg, ImportError("a", "b").msg)


asyncio.run(main())
