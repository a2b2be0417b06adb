# parties, n_waiting and broken are read-only properties of a Barrier.
import asyncio

b = asyncio.Barrier(2)
for name in ("parties", "n_waiting", "broken"):
    try:
        setattr(b, name, 0)
    except AttributeError as e:
        print("AttributeError:", e)
print(b.parties, b.n_waiting, b.broken)
