# Lambdas are small anonymous functions, handy as sort keys and callbacks. Recursion works
# as long as it stays well under the recursion limit (1000 frames by default); the
# RecursionError is an ordinary exception that can be caught.
square = lambda n: n * n
compose = lambda f, g: lambda x: f(g(x))
print(square(7), compose(square, abs)(-3), (lambda *a, **k: (a, k))(1, z=2), square.__name__)
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].title(), people)), list(filter(lambda p: p[1] > 20, people)))
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(factorial(20), fib(90), hanoi(3, "A", "C", "B", []))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(501))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, []]], 5]]))
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(900))
