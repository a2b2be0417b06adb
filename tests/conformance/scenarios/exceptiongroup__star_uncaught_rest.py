# When except* handles only part of a group, the rest propagates as a new group with the
# same message; if nothing handles it the program ends with its tree traceback.
# Notice the handled ValueError is gone from the tree printed at the end.
import asyncio


async def check(name, delay, exc):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    return name


async def main():
    results = await asyncio.gather(
        check("a", 0.1, None), check("b", 0.2, ValueError("b invalid")),
        check("c", 0.3, TimeoutError("c too slow")), return_exceptions=True,
    )
    errors = [r for r in results if isinstance(r, BaseException)]
    try:
        raise ExceptionGroup("checks failed", errors)
    except* ValueError as eg:
        print("recovered from", [str(e) for e in eg.exceptions])


asyncio.run(main())
