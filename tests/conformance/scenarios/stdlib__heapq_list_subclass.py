# heapq's functions take instances of list subclasses as the heap.
import heapq

class EventQueue(list):
    def push(self, item):
        heapq.heappush(self, item)

q = EventQueue([(3, "c"), (1, "a")])
heapq.heapify(q)
q.push((0.5, "start"))
print(heapq.heappop(q), q, type(q).__name__)
print(heapq.heappushpop(q, (2, "b")), heapq.heapreplace(q, (9, "z")), q)
try:
    heapq.heappush((1, 2), 3)
except TypeError as e:
    print(e)
