# Looking up a missing dict key raises KeyError, whose message is the repr of the key
# (so strings appear quoted and tuples keep their parentheses). dict.get() avoids it.
# The last lookup is not caught: notice the traceback points into the helper.
prices = {("apple", "kg"): 2.5, "bread": 1.2}


def price_of(item, unit=None):
    key = (item, unit) if unit else item
    return prices[key]


print(price_of("bread"), price_of("apple", "kg"), prices.get("milk", "n/a"))
for missing in ["milk", ("apple", "lb"), 3, None]:
    try:
        prices[missing]
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e), "| args:", e.args)
print(price_of("pear", "kg"))
