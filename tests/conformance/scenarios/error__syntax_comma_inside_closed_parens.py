# Two expressions side by side in parentheses closed on the line: the comma rule, though the call
# around them is never closed.
total = sum((1 2)
print(total
