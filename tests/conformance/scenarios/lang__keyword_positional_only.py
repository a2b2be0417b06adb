# Parameters after `*` must be passed by keyword; parameters before `/` must be passed by
# position. Both markers can be combined, and **kwargs can then safely receive a key with
# the same name as a positional-only parameter.
def describe(name, /, greeting="hello", *, punctuation="!", **extra):
    return f"{greeting}, {name}{punctuation} {extra}"


print(describe("ana"))
print(describe("bo", "hi"))
print(describe("cy", greeting="hey", punctuation="?"))
print(describe("di", name="as extra"))
def kw_only(*, a, b=2):
    return a * b
print(kw_only(a=5), kw_only(b=3, a=4))
def pos_only(x, y, /):
    return x - y
print(pos_only(10, 3))
def star_args(first, *rest, sep="-"):
    return sep.join([str(first), *map(str, rest)])
print(star_args(1), star_args(1, 2, 3), star_args(1, 2, sep="+"))
options = {"sep": ":"}
print(star_args(*[7, 8, 9], **options))
def forward(*args, **kwargs):
    return describe(*args, **kwargs)
print(forward("ed", punctuation="."))
try:
    describe(name="fay")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("gus", "hi", "!!")
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only()
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
lam = lambda a, /, b, *, c=0: (a, b, c)
print(lam(1, 2), lam(1, b=2, c=3))
