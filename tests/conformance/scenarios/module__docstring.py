"""Fetch three pages concurrently and report the slowest.

The module docstring is the program's __doc__, as scripts use it for --help text.
"""
import argparse
import asyncio


async def fetch(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    parser = argparse.ArgumentParser(prog="fetcher", description=__doc__.splitlines()[0])
    print(parser.description)
    print(__doc__.strip().splitlines()[-1])
    print(max(await asyncio.gather(*(fetch(n) for n in range(3)))))


if __name__ == "__main__":
    asyncio.run(main())
