# heapq keeps a plain list in heap order with CPython's exact sift steps, so the list after
# each push, pop, replace and pushpop is the same as CPython's. nsmallest/nlargest keep
# ties in first-seen order; merge yields lazily from sorted inputs. Notice the list states.
import heapq

heap = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(heap, x)
    print("push", x, heap)
print(heapq.heappop(heap), heap, heapq.heapreplace(heap, 6), heap, heapq.heappushpop(heap, 0), heap)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(heapq.nsmallest(3, people, key=lambda p: p[1]), heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, [3, 1, 2]), heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(1, []))
print(heapq.nlargest(3, iter([5, 1, 5, 3, 5])), heapq.nsmallest(1, "hello"))


def source(name, items):
    for item in items:
        print("  ", name, "gives", item)
        yield item


merged = heapq.merge(source("a", [1, 4, 7]), source("b", [2, 3, 9]))
print(next(merged), next(merged), next(merged))
print(list(merged), list(heapq.merge([3, 1], [2], reverse=True)), list(heapq.merge("ace", "bd", key=str.upper)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (2, "close"))
print(tasks, heapq.heappop(tasks), tasks)
for bad in (lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify({}),
            lambda: heapq.heappush([1], "a"), lambda: heapq.heappop(), lambda: heapq.nlargest("2", [1])):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
