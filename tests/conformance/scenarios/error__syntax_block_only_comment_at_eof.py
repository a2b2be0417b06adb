# A function whose body is only a comment, at the end of the file: CPython names the
# last line and shows no caret.
import asyncio


async def fetch(url):
    # TODO: call the server
