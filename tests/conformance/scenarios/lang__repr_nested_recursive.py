# repr() of containers shows the repr of each item: strings get quotes (the kind that needs
# fewer escapes), special characters are escaped, and a container that contains itself
# prints as [...] or {...} instead of recursing forever.
data = {"name": "O'Brien", "quote": 'say "hi"', "both": "it's \"x\"", "tab": "a\tb", "nl": "line\n"}
print(data)
print(repr("back\\slash"), repr("\x00\x7f"), repr("é ü 日本"), repr("\u200b"), ascii("é日"), repr(""))
print([1, [2, [3, [4]]]], (1,), (), [()], {1: {2: {3: {}}}}, [set(), {1}], [None, True, 1.0, -0.0])
print([1.5, 1e16, 1e-5, float("nan"), float("inf")], (0.1, 2.0), {"k": (1, [2])})
lst = [1, 2]
lst.append(lst)
print(lst, len(lst), lst[2] is lst)
d = {"self": None}
d["self"] = d
print(d)
a = [1]
b = [a, a]
print(b, str(b), repr(b) == str(b))
nested = [lst, d, (lst,)]
print(nested)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    def __repr__(self):
        return f"Node({self.value}, {self.children})"
root = Node(1)
root.children.append(Node(2))
print(root, [root], {"root": root})
print(str("plain"), str(["plain"]), f"{'x'!r}", "%r" % ("y",), "{!r}".format("z"))
