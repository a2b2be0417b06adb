# keyword: the 3.11 keyword and soft keyword lists and the two predicates (bound
# frozenset.__contains__ methods), including unhashable arguments.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
print([w for w in ("async", "await", "match", "print", "None", "none", "_") if keyword.iskeyword(w)])
print([w for w in ("match", "case", "_", "type", "if") if keyword.issoftkeyword(w)])
print(keyword.__all__)
try:
    keyword.iskeyword(["x"])
except TypeError as exc:
    print("TypeError:", exc)
print(sorted(set(dir(keyword)) - {"__builtins__", "__cached__", "__file__", "__loader__", "__spec__"}))
