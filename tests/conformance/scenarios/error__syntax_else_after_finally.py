# `else` after `finally`: in 3.11 plain invalid syntax at the else.
try:
    value = int("3")
finally:
    print("done")
else:
    print(value)
