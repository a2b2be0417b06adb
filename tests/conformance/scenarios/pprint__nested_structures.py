# pprint prints nested data readably: one item per line when the whole does not fit in
# `width` (default 80), dict keys sorted unless sort_dicts=False, and `depth` cuts deep
# levels to "...". pformat returns the same text. Notice where the lines break.
from pprint import pformat, pprint

config = {
    "servers": [{"host": f"node{i}.example", "port": 8000 + i, "tags": ["a", "b"]} for i in range(3)],
    "retries": 3,
    "backoff": {"initial": 0.5, "factor": 2.0, "max": 30},
    "name": "cluster",
}
pprint(config)
pprint(config, width=40, depth=2)
pprint(config["backoff"], sort_dicts=False)
pprint(list(range(30)), compact=True, width=50)
pprint(("a tuple", {"z": 1, "a": {"nested": [1, 2, {"deep": True}]}}), indent=2, width=30)
text = pformat({"long": "x" * 100})
print(text)
pprint("a long string " * 8, width=40)
pprint([[]] * 3, width=5)
