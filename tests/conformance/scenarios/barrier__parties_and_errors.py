# A Barrier needs at least one party; parties, n_waiting and broken describe it.
import asyncio

try:
    asyncio.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
b = asyncio.Barrier(3)
print(b.parties, b.n_waiting, b.broken, b)
