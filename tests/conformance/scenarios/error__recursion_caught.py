# Unbounded recursion hits Python's recursion limit and raises RecursionError, which can
# be caught like any exception. Notice the program goes on normally afterwards.
def countdown(n):
    return countdown(n - 1) + 1


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


try:
    countdown(10)
except RecursionError as e:
    print("caught", type(e).__name__ + ":", e)
print("bounded recursion is fine:", depth_sum(100))
