# heapq keeps a list as a binary min-heap: heappush/heappop give the smallest item first,
# so (priority, counter, item) tuples make a stable priority queue. nsmallest/nlargest pick
# without full sorting. Notice the tie-breaking counter and the error for dicts.
import asyncio
import heapq
import itertools

queue = []
order = itertools.count()


def submit(priority, name):
    heapq.heappush(queue, (priority, next(order), name))


async def main():
    for prio, name in [(3, "backup"), (1, "login"), (2, "email"), (1, "logout")]:
        submit(prio, name)
    print("heap list:", queue)
    while queue:
        prio, _, name = heapq.heappop(queue)
        await asyncio.sleep(prio / 10)
        print(f"ran {name} (priority {prio})")
    data = [7, 2, 9, 4, 1, 8]
    heapq.heapify(data)
    print(data, data[0], heapq.nsmallest(2, data), heapq.nlargest(3, data))
    print(heapq.heapreplace(data, 5), heapq.heappushpop(data, 0), data)
    print(heapq.nlargest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3])))
    try:
        heapq.heappop([])
    except IndexError as e:
        print("IndexError:", e)
    try:
        heapq.heappush(data, "x")
    except TypeError as e:
        print("TypeError:", e)
    jobs = []
    heapq.heappush(jobs, (1, {"id": 1}))
    heapq.heappush(jobs, (1, {"id": 2}))


asyncio.run(main())
