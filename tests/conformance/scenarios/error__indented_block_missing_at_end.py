# expect: the file ends right after a header: the header named is the last one.
try:
    pass
except ValueError:
    pass
for item in range(3):
