# A digit the base does not have inside a binary literal: CPython names the digit and the base
# (the tokenizer reads `0b102` as one literal).
import asyncio

FLAGS = 0b102


async def main():
    print(FLAGS)


asyncio.run(main())
