# Two unclosed brackets, and two expressions side by side before the inner one: CPython
# keeps the comma hint because the inner bracket is on the error's line.
print("hi"
x = (1, 2
y = 3
