# `assert condition, message` raises AssertionError with the message when the condition
# is false. Here a check inside a coroutine fails, ending the program with status 1.
# Notice the first assert passes silently and only the message of the failing one shows.
import asyncio


async def withdraw(balance, amount):
    await asyncio.sleep(0.2)
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount


async def main():
    print("left:", await withdraw(100, 30))
    print("left:", await withdraw(70, 90))


asyncio.run(main())
