# random's module functions are a hidden Random's Python methods: a wrong call fails as
# binding the method's parameters does, `self` counted.
import random

calls = [
    lambda: random.randint(10),
    lambda: random.randint(),
    lambda: random.randint(1, 2, 3),
    lambda: random.choice(),
    lambda: random.sample([1, 2]),
    lambda: random.uniform(1),
    lambda: random.seed(1, 2, 3),
    lambda: random.randrange(),
    lambda: random.shuffle(),
    lambda: random.gauss(1, 2, 3),
    lambda: random.randint(1, c=3),
    lambda: random.randint(1, a=3),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
random.seed(a=4)
print(random.sample(range(10), k=3), random.randint(a=1, b=6), random.uniform(a=0, b=1))
