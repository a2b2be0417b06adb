# asyncio.Runner copies the context once, at its first run(): every run() of the same
# Runner shares that copy, so a value set in one run is seen by the next, but not outside
# the Runner. run(coro, context=ctx) runs in ctx instead.
import asyncio
import contextvars

visits = contextvars.ContextVar("visits", default=0)


async def visit(label):
    visits.set(visits.get() + 1)
    print(label, "visits =", visits.get())


with asyncio.Runner() as runner:
    runner.run(visit("first run"))
    runner.run(visit("second run"))
    own = contextvars.Context()
    runner.run(visit("own context"), context=own)
    runner.run(visit("third run"))
    print("own context holds", own[visits])
print("outside the runner:", visits.get())
