# The random module is seeded with 0 before every Loopscope run, so "random" numbers are
# the same each time, and the same as CPython's after random.seed(0).
# Notice each function consumes the same underlying stream, so the order of calls matters.
import random

print("random():", random.random())
print("uniform(1, 10):", random.uniform(1, 10))
print("randint(1, 6) x5:", [random.randint(1, 6) for _ in range(5)])
print("choice:", random.choice(["red", "green", "blue", "yellow"]))
deck = list(range(10))
random.shuffle(deck)
print("shuffled:", deck)
print("uniform(-1, 1) x3:", [round(random.uniform(-1, 1), 4) for _ in range(3)])
print("randint(0, 1000):", random.randint(0, 1000))
random.seed(0)
print("after seed(0) again:", random.random())
