# A leaderboard kept sorted with insort, ranked with bisect: the number of scores above x
# is len - bisect_right. Duplicates show the difference between left and right; a list of
# ints and a sorted list of strings behave the same way.
import bisect

scores = []
for player, score in [('ann', 70), ('bob', 85), ('cid', 70), ('dee', 99), ('eve', 60)]:
    bisect.insort(scores, score)
    print(player, score, scores)


def rank(score):
    return len(scores) - bisect.bisect_right(scores, score) + 1


print([rank(s) for s in (99, 85, 70, 60, 100, 0)])
print(bisect.bisect_right(scores, 70) - bisect.bisect_left(scores, 70), 'scores of 70')

names = ['cid', 'ann', 'eve']
ordered = []
for n in names:
    bisect.insort_left(ordered, n)
print(ordered, bisect.bisect(ordered, 'bob'), bisect.bisect_left(ordered, 'eve'))

# Floats and ints compare by value: 2 and 2.0 are equal items.
mixed = [1, 2.0, 2, 3.5]
bisect.insort_left(mixed, 2)
bisect.insort_right(mixed, 2.0)
print(mixed, [type(v).__name__ for v in mixed])
