# return_when=FIRST_COMPLETED returns as soon as any task finishes; the others keep
# running and are in `pending`. Looping on wait() with the pending set handles results as
# they come. Tasks finishing in the same loop turn arrive together.
# Notice the two tasks that both end at 2.000 come back in one round.
import asyncio


async def job(seconds):
    await asyncio.sleep(seconds)
    return seconds


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    pending = {asyncio.create_task(job(s), name=f"job-{s}") for s in (3, 2, 1, 2)}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        print(f"round {rounds}: done {names(done)} still pending {len(pending)}")


asyncio.run(main())
