# Beyond random() and randint(): sample picks distinct items, choices picks with
# replacement (optionally weighted), randrange steps, gauss draws from a bell curve, and a
# random.Random(seed) instance has its own reproducible stream. Notice seeding repeats.
import asyncio
import random


async def jittered(name):
    delay = round(random.uniform(0.1, 1.0), 3)
    await asyncio.sleep(delay)
    print(f"{name} after {delay}")


async def main():
    await asyncio.gather(*(jittered(f"t{i}") for i in range(3)))
    print(random.sample(range(100), 5), random.choices("abc", k=5))
    print(random.choices(["win", "lose"], weights=[1, 9], k=6), random.randrange(0, 100, 10))
    print(round(random.gauss(0, 1), 6), round(random.expovariate(2), 6), random.getrandbits(16))
    own = random.Random(42)
    print(own.randint(1, 6), own.random(), own.choice(["x", "y", "z"]))
    again = random.Random(42)
    print(again.randint(1, 6), again.random())
    random.seed("text seed")
    first = random.random()
    random.seed("text seed")
    print(first == random.random(), first)
    deck = list(range(10))
    random.Random(7).shuffle(deck)
    print(deck)
    try:
        random.sample([1, 2], 3)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
