# sorted() and list.sort() only use <, in a pattern fixed by CPython's sorting algorithm.
# A __lt__ that prints shows every comparison; a list mixing types fails at the first pair
# that cannot be compared. Notice the stability: equal keys keep their original order.
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.priority < other.priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = [Task("write", 2), Task("read", 1), Task("test", 2), Task("ship", 3), Task("plan", 1)]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
tasks.sort(key=lambda t: t.name)
print(tasks)
words = ["b", "A", "c", "a", "B"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted([3, 1.5, True, -2]), sorted([(2, "b"), (1, "z"), (2, "a")]), sorted("hello", reverse=True))
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
try:
    sorted([1, 2, None, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print("TypeError:", e)
