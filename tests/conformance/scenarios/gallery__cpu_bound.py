# Pure computation never reaches an await, so it holds the loop until it finishes.
# The heartbeat wants to beat every 5 ms, but while crunch counts nothing else runs:
# beat 1 comes only after "crunch: finished", as late as the counting took.
# loopscope: instr-cost-ns=7
import asyncio


async def heartbeat(loop, start):
    for i in range(4):
        due = i * 0.005
        late = loop.time() - start - due
        print(f"beat {i}: due at +{due:.3f} s, late by {late:.3f} s")
        await asyncio.sleep(0.005)


def crunch(n):
    print(f"crunch: counting to {n:,} without awaiting")
    total = 0
    for i in range(n):
        total += i
    print("crunch: finished, total =", total)


async def main():
    loop = asyncio.get_running_loop()
    beats = asyncio.create_task(heartbeat(loop, loop.time()))
    await asyncio.sleep(0)
    crunch(250_000)
    await beats
    print("main: heartbeat done")


asyncio.run(main())
