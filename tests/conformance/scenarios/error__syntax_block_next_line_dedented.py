# A loop header whose body was forgotten, the next line dedented below it: CPython fails
# on that line (its DEDENT token), without a caret.
import asyncio


async def main():
    for attempt in range(3):
print("after the loop")
