# A conditional expression without else just before a block's colon is plain invalid
# syntax to CPython (its rule asks for else only where no colon follows).
items = [1, 2, 3]
for x in items if items:
    print(x)
