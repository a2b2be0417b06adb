# `for ... of` from JavaScript: plain invalid syntax in 3.11.
items = [1, 2, 3]
for item of items:
    print(item)
