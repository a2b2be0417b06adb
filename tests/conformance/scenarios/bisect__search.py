# bisect_left and bisect_right find where a value would go in a sorted list: left of equal
# items or right of them. lo and hi narrow the search to a slice; bisect is bisect_right.
# Notice the grade table: a classic use, mapping scores to letters.
import bisect

data = [1, 3, 3, 3, 7, 9]
for x in (0, 3, 4, 9, 10):
    print(x, bisect.bisect_left(data, x), bisect.bisect_right(data, x), bisect.bisect(data, x))

print(bisect.bisect_left(data, 3, 2), bisect.bisect_right(data, 3, 0, 2))
print(bisect.bisect_left(data, 3, lo=4, hi=6), bisect.bisect_right(data, 9, hi=3))
print(bisect.bisect_left(data, 3, 0, None), bisect.bisect_left(data, 3, hi=-1))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))
print(bisect.bisect_left(data, 100, 10), bisect.bisect_right(data, 3, 5, 2))


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])

# Any sequence with len() and indexing works: tuples, strings, ranges.
print(bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left('acegi', 'd'))
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right(range(10), 4))
print(bisect.bisect_left([1.5, 2.5, 3.5], 2), bisect.bisect_right(['ant', 'bee', 'cat'], 'bee'))
print(bisect.bisect(a=[10, 20, 30], x=20), bisect.bisect_left(x=20, a=[10, 20, 30]))
print(bisect.bisect_left(data, True), bisect.bisect_right(data, 3, True))
