# Generator expressions are lazy and single-use: once exhausted they yield nothing more.
# Their first `for` iterable is evaluated immediately; everything else waits for the first
# next(). Notice the error from the bad iterable appears at creation time.
squares = (n * n for n in range(5))
print(type(squares).__name__, next(squares), next(squares))
print(list(squares), list(squares), sum(squares))
nums = [1, 2, 3]
doubled = (n * 2 for n in nums)
nums.append(4)
print(list(doubled))
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
print(list(pairs))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["aa", "b", "cc"]))
print(any(x > 3 for x in [1, 5]), all(x for x in []), sorted(c.upper() for c in "cba"))
print("-".join(str(i) for i in range(4)), tuple(i for i in "hi"), dict((k, 0) for k in "ab"))
it = iter([10, 20, 30])
print(next(it), list(it), next(it, "done"))
def numbers():
    print("  generator body starts")
    yield 1
    yield 2
gen = numbers()
print("created")
print(next(gen))
for rest in gen:
    print("loop got", rest)
print("after loop:", list(gen), next(gen, "exhausted"))
try:
    bad = (x for x in 42)
except TypeError as e:
    print("TypeError:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(lazy, "generator is finished after an error"))
try:
    next(42)
except TypeError as e:
    print("TypeError:", e)
