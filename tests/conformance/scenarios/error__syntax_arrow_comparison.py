# `=>` for `>=`: 3.11 gives no `==` hint when no expression follows the `=`.
x = 5
if x => 1:
    print("big")
