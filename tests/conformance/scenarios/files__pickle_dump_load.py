# pickle.dump/load through a binary file: two objects one after the other, then EOFError.
import pickle
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
with open("data.pkl", "wb") as f:
    pickle.dump({"a": [1, 2], "p": Point(1, 2)}, f)
    pickle.dump(Point(3, 4), f, protocol=pickle.HIGHEST_PROTOCOL)
with open("data.pkl", "rb") as f:
    first = pickle.load(f)
    second = pickle.load(f)
    print(first, second)
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError", e)
print(first["p"] == Point(1, 2), first["p"] is not second)
