# An OR pattern whose first alternative is `_` hides the alternatives after it.
def size(n):
    match n:
        case [_ | 0]:
            return "one item"
        case _:
            return "other"


print(size([1]))
