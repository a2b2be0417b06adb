# Two equal literal keys in one mapping pattern: 1 and 1.0 are the same key, and
# CPython names the later one.
def route(message):
    match message:
        case {"op": "add", 1: a, 1.0: b}:
            return a + b
    return None


print(route({"op": "add", 1: 2}))
