# insort_left and insort_right insert into a list and keep it sorted; insort is
# insort_right. With equal keys the side matters: notice where the tuples with the same
# first item land, and that insort calls the list's own insert() method.
import bisect

items = []
for x in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(items, x)
print(items)

pairs = [(1, 'a'), (2, 'b'), (2, 'c'), (3, 'd')]
bisect.insort_left(pairs, (2, 'a'))
bisect.insort_right(pairs, (2, 'z'))
print(pairs)

bounded = [0, 10, 20, 30, 40]
bisect.insort(bounded, 25, 1, 3)
print(bounded)
bisect.insort_left(bounded, 5, lo=0, hi=2)
print(bounded)
bisect.insort(bounded, 99, hi=-1)
print(bounded)


class LoudList(list):
    def insert(self, index, value):
        print('insert at', index, value)
        super().insert(index, value)


loud = LoudList([10, 20, 30])
bisect.insort(loud, 20)
bisect.insort_left(loud, 20)
print(loud, type(loud).__name__)
print(bisect.insort([1, 2], 3), bisect.insort_right.__name__, bisect.insort.__name__)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
