# Forgetting await is a common bug: the call builds a coroutine object and drops it,
# so its body never runs. Python notices when the object is thrown away and prints
# a RuntimeWarning on stderr naming the coroutine and the line of the call.
import asyncio


async def send_email(to):
    print("sending email to", to)
    await asyncio.sleep(0.5)
    print("email sent to", to)


async def main():
    send_email("alice@example.com")
    print("main: thinks the email to alice went out")
    await send_email("bob@example.com")
    print("main: done")


asyncio.run(main())
