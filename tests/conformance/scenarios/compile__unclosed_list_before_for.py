# A list left open before a for statement: CPython reads on, fails on the next line, and
# blames the bracket.
items = [1, 2, 3
for item in items:
    print(item)
