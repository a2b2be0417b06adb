# Pickling a compiled pattern compiles it again from (pattern, flags), as copyreg's entry
# for Pattern does; a Match refuses to be pickled; copy and deepcopy give both back as is.
import copy
import pickle
import re

patterns = [re.compile(r"\d+"), re.compile(r"(?P<word>[a-z]+)\s", re.I | re.M),
            re.compile(b"[\x00-\x1f]+"), re.compile(r"(?x) x y # comment"),
            re.compile(r"(a)|(b)", re.S | re.A)]
for p in patterns:
    q = pickle.loads(pickle.dumps(p))
    print(repr(q), q == p, q.flags == p.flags, q.groupindex == p.groupindex)
    print("  same object:", q is p, "copy:", copy.copy(p) is p, "deepcopy:",
          copy.deepcopy(p) is p)

holder = {"patterns": patterns[:2], "name": "holder"}
back = pickle.loads(pickle.dumps(holder))
print(back["name"], [x.pattern for x in back["patterns"]])
print(back["patterns"][1].match("Hello world").group("word"))

m = re.match(r"(?P<k>\w+)=(\w+)", "a=b")
for obj in (m, [1, m], {"m": m}, re.match("a", "a")):
    try:
        pickle.dumps(obj)
        print("pickled", type(obj).__name__)
    except TypeError as e:
        print("TypeError", e)
try:
    m.__reduce_ex__(4)
except TypeError as e:
    print("__reduce_ex__:", e)
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.deepcopy([m, m])[1] is m)
print(copy.deepcopy({"p": patterns[0], "m": m})["m"].group(2))

for call in (lambda: p.__copy__(1), lambda: p.__deepcopy__(), lambda: m.__deepcopy__({}, 2),
             lambda: m.__copy__(None)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
