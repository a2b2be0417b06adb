# Compute: a 10-million-iteration `total += i` loop inside a coroutine.
# Pure interpretation, no event loop work: how fast the bytecode interpreter runs.
# The engine's default instruction cost is calibrated on this loop (see docs/BENCHMARKS.md).
import asyncio

N = 10_000_000


async def main():
    total = 0
    for i in range(N):
        total += i
    print(total)


asyncio.run(main())
