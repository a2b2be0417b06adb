# random.shuffle shuffles any mutable sequence (list subclasses, deques, UserLists) with the
# same draws as a list; sample() wants a Sequence and refuses dict views and sets.
import random
from collections import UserList, deque

class Deck(list):
    pass

random.seed(7)
cards = Deck(range(8))
random.shuffle(cards)
print(type(cards).__name__, cards)
random.seed(7)
plain = list(range(8))
random.shuffle(plain)
print(plain == list(cards))
d = deque(range(6))
random.shuffle(d)
print(d)
u = UserList("abcdef")
random.shuffle(u)
print(u)
print(random.sample(deque("xyz"), 2), random.sample(range(100), 3))
for population in ({"a": 1}.keys(), {"a": 1}.values(), {1, 2}, frozenset({3})):
    try:
        random.sample(population, 1)
    except TypeError as e:
        print(type(population).__name__, e)

class Endless:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i

try:
    random.sample(Endless(), 1)
except TypeError as e:
    print("Endless:", e)
