# A kitchen with an asyncio.Condition: waiters hold its lock, check for a dish, and
# wait() (which releases the lock) until the cook notifies them. notify(1) wakes one
# waiter, notify_all() the rest; each re-takes the lock before wait() returns.
import asyncio

dishes = []


async def waiter(name, cond):
    async with cond:
        await cond.wait_for(lambda: dishes)
        print(f"{name} serves {dishes.pop(0)}")


async def cook(cond):
    for dish, count in [("soup", 1), ("pasta", 2)]:
        await asyncio.sleep(1)
        async with cond:
            dishes.extend([dish] * count)
            print(f"cook made {count} {dish}")
            if count == 1:
                cond.notify(1)
            else:
                cond.notify_all()


async def main():
    cond = asyncio.Condition()
    waiters = [asyncio.create_task(waiter(n, cond)) for n in ("amy", "ben", "cal")]
    await cook(cond)
    await asyncio.gather(*waiters)


asyncio.run(main())
