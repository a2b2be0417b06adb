# Iterators held in a suspended coroutine's locals, as the frames panel shows them: the
# built-in `..._iterator` types read `<iterator>`, the others by their type (`<enumerate
# object>`, `<zip object>`, `<map object>`, `<filter object>`, `<FutureIter object>`).
# Notice each local keeps its iterator's position across the awaits.
import asyncio


async def main():
    names = ["ada", "bob", "cy"]
    numbered = enumerate(names, 1)
    paired = zip(names, range(3))
    upper = map(str.upper, names)
    short = filter(lambda n: len(n) < 3, names)
    plain = iter(names)
    backwards = reversed(names)
    fut = asyncio.get_running_loop().create_future()
    waiting = fut.__await__()
    for _ in range(2):
        await asyncio.sleep(0.1)
        print(next(numbered), next(paired), next(upper), next(plain), next(backwards))
    print(list(short), next(waiting) is fut)


asyncio.run(main())
