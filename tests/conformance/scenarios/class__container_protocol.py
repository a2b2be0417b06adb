# A class becomes a container by defining __len__, __getitem__, __iter__, __contains__,
# __bool__ and friends; for loops, `in`, len(), bool() and list() then use them.
# Notice the fallbacks: `in` and iteration can work with only __getitem__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __setitem__(self, index, value):
        self.cards[index] = value

    def __delitem__(self, index):
        del self.cards[index]

    def __repr__(self):
        return f"Deck({self.cards})"


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __contains__(self, item):
        print(f"  __contains__({item})")
        return 0 < item <= self.start

    def __bool__(self):
        return self.start > 0

    def __call__(self, step):
        return [n for n in self if n % step == 0]


deck = Deck("AKQJ")
print(len(deck), deck[0], deck[-1], deck[1:3], list(deck), "Q" in deck, "X" in deck)
deck[0] = "2"
del deck[1]
print(deck, bool(deck), bool(Deck([])), sorted(deck), [c.lower() for c in deck])
for i, card in enumerate(deck):
    print(i, card, end=" | ")
print()
c = Countdown(5)
print(list(c), 3 in c, 9 not in c, bool(c), bool(Countdown(0)), c(2), max(c), sum(c))
print(callable(c), callable(deck), iter(c).__class__.__name__)
try:
    print(deck[10])
except IndexError as e:
    print("IndexError:", e)
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
try:
    c[0]
except TypeError as e:
    print("TypeError:", e)
try:
    deck(1)
except TypeError as e:
    print("TypeError:", e)
