# A Future is an empty box for a result that will exist later.
# The waiter awaits the box and stays suspended (nothing in the ready queue for it);
# the courier fills it with set_result() a second later, which wakes the waiter.
import asyncio


async def waiter(box):
    print("waiter: waiting for the parcel")
    parcel = await box
    print("waiter: received", repr(parcel))


async def courier(box):
    print("courier: on the road for 1 s")
    await asyncio.sleep(1)
    print("courier: delivering; box done before?", box.done())
    box.set_result("a book")
    print("courier: delivered; box done after?", box.done())


async def main():
    loop = asyncio.get_running_loop()
    box = loop.create_future()
    print("main: new future:", box)
    await asyncio.gather(waiter(box), courier(box))
    print("main: future now:", box)
    print("main: result():", box.result())


asyncio.run(main())
