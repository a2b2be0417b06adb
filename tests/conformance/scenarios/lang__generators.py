# A generator function (one with `yield`) returns an iterator; its body runs lazily, one
# step per value requested. Notice "producing" lines interleave with "got" lines, and the
# generator's local state survives between steps, much like a coroutine's.
def countdown(n):
    print("countdown starts")
    while n > 0:
        print("producing", n)
        yield n
        n -= 1
    print("countdown ends")


for value in countdown(3):
    print("got", value)


def fibonacci(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


print(list(fibonacci(100)))
gen = countdown(2)
print("created:", type(gen).__name__)
print("sum:", sum(x * 10 for x in fibonacci(20)))
print("pairs:", list(zip(fibonacci(10), "abcdefgh")))
