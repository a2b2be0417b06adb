# A Semaphore's initial value must not be negative; zero is allowed and starts locked.
import asyncio

try:
    asyncio.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s = asyncio.Semaphore(0)
print(s, s.locked())
print(asyncio.Semaphore())
