# Where `:=` binds: in a function it makes a local (a cell when a comprehension assigns
# it); in a comprehension at module level it makes a global; inside nested comprehensions
# it reaches the nearest function; with `global` declared, the module's name.
# Notice which names changed after each block.
def running_totals(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total


print(running_totals([1, 2, 3, 4]))


def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None


print(first_long(["ab", "abcdef", "xyz"]), first_long(["a"]))

grid = [[1, 2], [3, 4], [5, 6]]
flat = [cell for row in grid for cell in row if (biggest := cell) > 0]
print(flat, biggest)
nested = [[(inner := x * y) for x in range(3)] for y in range(2)]
print(nested, inner)

counter = 0


def bump_all(items):
    global counter
    return [counter := counter + i for i in items]


print(bump_all([5, 5]), counter)


def closure_sees_walrus():
    data = [3, 1, 2]
    [smallest := min(data) for _ in range(1)]

    def report():
        return f"smallest={smallest}"

    return report()


print(closure_sees_walrus())
lam = lambda n: (half := n // 2) + half
print(lam(9))
while (chunk := grid.pop() if grid else None) is not None:
    print("chunk", chunk)
print({k: (v := k * 2) for k in range(3)}, v)
print((x := 10, x + 1))
