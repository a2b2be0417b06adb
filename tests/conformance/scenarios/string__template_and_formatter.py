# Template substitutes $name and ${name}, $$ is a literal $, and get_identifiers/is_valid
# inspect a template. A Formatter subclass can change how fields are fetched and
# formatted. Notice where safe_substitute leaves placeholders and the error positions.
import string

t = string.Template("${item}s cost $$${price} at $shop")
print(t.substitute({"item": "apple", "price": 3}, shop="Bob's"))
print(t.safe_substitute(item="pear"), t.get_identifiers(), t.is_valid())
print(string.Template("$a$b${c}d").substitute(a=1, b=2, c=3), t.template)
bad = string.Template("line one\nsecond $ line")
print(bad.is_valid(), bad.safe_substitute())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)


print(Upper().format("{0} and {who:>6} {missing}", "you", who="me"))
f = string.Formatter()
print(f.format("{} {}", 1, 2), f.format("{0.real} {1[k]} {0!r}", 5, {"k": "v"}))
print(list(f.parse("a{x!r:>3}b{{c}}")))
print(string.capwords("the  QUICK-brown fox"), string.capwords("a-b-c", "-"), string.octdigits)
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
