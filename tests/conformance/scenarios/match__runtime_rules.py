# The match statement's run-time rules: a class pattern's errors (not a class, too many
# positional sub-patterns, __match_args__ not a tuple, the same attribute twice), a missing
# attribute simply fails, mappings ignore __missing__ and extra keys, sequences never match
# str, names bound by a failed guard stay bound, and deque/namedtuple subjects.
from collections import defaultdict, deque, namedtuple


class P:
    __match_args__ = ["a"]


class Q:
    pass


class R:
    __match_args__ = ("a",)
    a = 1


def not_a_class():
    match 5:
        case len():
            return "len"


def args_not_tuple():
    match P():
        case P(1):
            return "P"


def too_many_for_int():
    match 5:
        case int(1, 2):
            return "int"


def no_match_args():
    match Q():
        case Q(1):
            return "Q"


def attribute_twice():
    match R():
        case R(1, a=1):
            return "R"


for f in [not_a_class, args_not_tuple, too_many_for_int, no_match_args, attribute_twice]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
match Q():
    case Q(missing=1):
        print("impossible")
    case Q():
        print("Q without the attribute")
d = defaultdict(int, a=1)
match d:
    case {"b": _}:
        print("found b")
    case {"a": 1}:
        print("a only, no default made:", dict(d))
match "abc":
    case [*chars]:
        print("sequence", chars)
    case str():
        print("a str is not a sequence here")
x = "unbound"
match 10:
    case x if x > 100:
        print("big")
    case _:
        print("guard failed, x is", x)
Pair = namedtuple("Pair", "left right")
for subject in [deque([1, 2, 3]), Pair(1, 2), (1, 2)]:
    match subject:
        case Pair(left=l):
            print("pair", l)
        case [1, *rest]:
            print(type(subject).__name__, rest)
match {"k": 1, "k2": 2}:
    case {"k": 1, **others} if not others:
        print("exactly k")
    case {"k": v, **others}:
        print("k", v, "and", others)
