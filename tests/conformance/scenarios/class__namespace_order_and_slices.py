# A class body with annotations makes `__annotations__` before `__doc__`; slices compare as
# (start, stop, step) tuples; `**=` names itself alone in its error.
class Config:
    """Settings."""

    retries: int = 3
    name = "svc"


print(list(Config.__dict__)[:5])


class Seq:
    def __getitem__(self, key):
        return key


key = Seq()[1:10:3]
print(key == slice(1, 10, 3), slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None), slice(1) <= slice(2))
try:
    slice(1, None) < slice(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)


class Box:
    pass


box = Box()
for attempt in ("box ** 2", "pow(box, 2)"):
    try:
        eval_result = box ** 2 if attempt == "box ** 2" else pow(box, 2)
    except TypeError as e:
        print("TypeError:", e)
try:
    box **= 2
except TypeError as e:
    print("TypeError:", e)
