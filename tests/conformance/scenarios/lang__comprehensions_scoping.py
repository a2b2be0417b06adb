# Comprehensions run in their own scope: the loop variable does not leak out, while names
# from the enclosing scope are visible inside. Nested `for` clauses read left to right like
# nested loops. Notice that `x` keeps its old value after the list comprehension.
x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
flat = [n for row in matrix for n in row if n % 2]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(flat, transposed)
words = ["apple", "bob", "kayak", "level", "python"]
print([w.upper() for w in words if w == w[::-1] if len(w) > 3])
print({w: len(w) for w in words}, {len(w) for w in words} == {3, 5, 6}, {w[0] for w in ["aa", "ab"]})
factor = 10
scaled = [n * factor for n in range(3)]
factor = 100
print(scaled, [n * factor for n in range(3)])
gen = (n * factor for n in range(3))
factor = 1000
print(list(gen), list(gen))
print([(lambda v: v + 1)(n) for n in range(3)], [y for y in [] if y], [[]] * 2)
print(sum(n for n in range(101)), max(len(w) for w in words), sorted(c for c in "hello"))
print([i if i % 2 else -i for i in range(6)], ["even" if n % 2 == 0 else "odd" for n in (1, 2)])
def outer():
    base = 5
    return [base + k for k in range(3)]
print(outer())
try:
    print([undefined_name for _ in range(2)])
except NameError as e:
    print("NameError:", e)
try:
    print(k)
except NameError as e:
    print("NameError:", e)
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [c for s in ["ab", "cd"] for c in s])
