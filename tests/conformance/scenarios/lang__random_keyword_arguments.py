# random's functions are methods of a hidden Random instance and take their parameters by
# name too: `sample(population, k=3)` is the usual spelling. A seeded generator gives the
# same picks on every run.
import random

random.seed(2024)
print(random.sample(["ann", "bob", "cy", "di"], k=2), random.sample(population=range(100), k=3))
print(random.randint(a=1, b=6), random.randrange(0, 10, step=3), random.randrange(start=10))
print(random.choice(seq="xyz"), random.uniform(a=1, b=2), random.triangular(high=10))
print(random.gauss(sigma=0.5), random.normalvariate(mu=10), random.expovariate(lambd=2))
deck = list(range(6))
random.shuffle(x=deck)
print(deck, random.getrandbits(8))
rng = random.Random(7)
print(rng.sample(range(10), k=4), rng.randint(a=10, b=20), rng.choice(seq=[True, False]))
for call in (lambda: random.randint(1, b=2, a=3), lambda: random.sample([1], kk=1), lambda: random.randint(b=2), lambda: random.getrandbits(k=8)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
