# key= (new in 3.10) searches a list sorted by a key: x is compared with key(item), so
# bisect takes a key value while insort takes a whole item and applies key to it. The key
# is called only on the items the search probes: count the calls.
import bisect
from operator import itemgetter

people = [('ann', 23), ('bob', 31), ('cid', 31), ('dee', 47)]
by_age = itemgetter(1)
print(bisect.bisect_left(people, 31, key=by_age), bisect.bisect_right(people, 31, key=by_age))
print(bisect.bisect(people, 100, key=by_age), bisect.bisect_left(people, 0, key=by_age))

bisect.insort(people, ('eve', 31), key=by_age)
bisect.insort_left(people, ('fay', 31), key=by_age)
print(people)

calls = []


def key(word):
    calls.append(word)
    return len(word)


words = ['a', 'to', 'the', 'four', 'seven', 'eleven', 'fifteen']
print(bisect.bisect_left(words, 4, key=key), calls)
calls.clear()
bisect.insort_right(words, 'nine', key=key)
print(words, calls)
calls.clear()
print(bisect.bisect(words, 3, 2, 5, key=key), calls)
print(bisect.bisect_right(words, 'x', key=None), bisect.bisect_left([], 1, key=5))
print(bisect.bisect_left([3, 2, 1], -2, key=lambda v: -v))
print(bisect.bisect_right(['B', 'a', 'C'], 'b', key=str.lower))
