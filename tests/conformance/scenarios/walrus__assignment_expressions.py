# The walrus operator `:=` assigns and returns a value inside an expression: handy in
# `while` loops, in `if` tests and in comprehensions. In a comprehension it binds the name
# in the enclosing scope. Notice `last` after the comprehension.
import asyncio

queue = ["job-1", "job-2", "job-3"]


async def main():
    while (job := queue.pop(0) if queue else None) is not None:
        await asyncio.sleep(0.5)
        print("ran", job)
    print("job is now", job)
    data = [3, 8, 1, 9, 4]
    if (n := len(data)) > 3:
        print(f"long list ({n} items)")
    squares = [y for x in data if (y := x * x) > 10]
    print(squares, "y leaked:", y)
    stamps = [last := i * 10 for i in range(3)]
    print(stamps, "last =", last)
    print((total := sum(data)), total / n)
    print([(x, r) for x in range(6) if (r := x % 3)])
    print(f"{(z := 7) * 2} z={z}")


asyncio.run(main())
