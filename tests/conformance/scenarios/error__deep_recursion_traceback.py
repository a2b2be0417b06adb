# When an error happens deep inside a recursion, the traceback would repeat the same
# frame line many times; Python prints it three times and then a count. (A runaway
# recursion ends the same way, with RecursionError after about 1000 frames.)
def parse_all(items, depth=0):
    if not items:
        return []
    head, *rest = items
    return [int(head)] + parse_all(rest, depth + 1)


print(parse_all(["1", "2", "3"]))
values = [str(n) for n in range(25)] + ["twenty-five"]
print(parse_all(values))
