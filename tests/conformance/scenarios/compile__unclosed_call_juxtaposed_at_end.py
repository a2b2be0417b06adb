# An unclosed call whose last argument is followed by another expression on the next line.
print(1
total
