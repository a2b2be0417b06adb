# `await` in a list comprehension inside a plain function makes an asynchronous
# comprehension where none may run: a SyntaxError before anything runs.
import asyncio


def plain(items):
    return [await x for x in items]


print("never printed")
