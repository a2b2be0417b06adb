# Assigning a function's __defaults__ or __kwdefaults__ changes what later calls bind: None
# removes them, a longer tuple aligns on the last parameters, anything but a tuple (or a
# dict) is a TypeError, del removes them; the tuple read back is the one stored.
import asyncio
from collections import namedtuple


def greet(name, greeting="hello", *, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


def pair(a, b):
    return a, b


async def wait(delay=0.5, result="slept"):
    return await asyncio.sleep(delay, result)


print(greet("ada"), greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = ("hi",)
greet.__kwdefaults__ = {"punctuation": "?"}
print(greet("ada"), greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = None
try:
    greet("ada")
except TypeError as e:
    print("TypeError:", e)
pair.__defaults__ = (1, 2, 3)
print(pair(), pair(0), pair.__defaults__)
defaults = (7, 8)
pair.__defaults__ = defaults
print(pair.__defaults__ is defaults, pair())
for bad in ([1], {"a": 1}, 5):
    try:
        pair.__defaults__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    greet.__kwdefaults__ = 3
except TypeError as e:
    print("TypeError:", e)
del pair.__defaults__
del greet.__kwdefaults__
print(pair.__defaults__, greet.__kwdefaults__)
try:
    greet("ada", "hey")
except TypeError as e:
    print("TypeError:", e)
greet.__kwdefaults__ = {}
print(greet.__kwdefaults__)
Point = namedtuple("Point", "x y", defaults=(0,))
print(Point(1), Point.__new__.__defaults__)
wait.__defaults__ = (1.5, "late")
print(asyncio.run(wait()), asyncio.run(wait(0.25)))
