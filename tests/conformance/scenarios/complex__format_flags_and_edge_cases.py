# complex formatting under every flag CPython checks (a '0' fill, 'z', '#' and grouping
# without a type, ',' with 'n', a doubled grouping character, a subclass's name and its
# str() for an empty spec), the constructor's edge cases (a subclass's __complex__, a
# second argument that only goes through __float__, underscores, a non-subtype), and powers
# with an infinite phase or an infinite base.
import math
import warnings


class Label(complex):
    def __repr__(self):
        return "Label!"


class Overridden(complex):
    def __complex__(self):
        return 42j


class Both:
    def __complex__(self):
        return 5j

    def __float__(self):
        return 2.0


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for spec in ["0>10", "z", "z.2f", "#", "#g", ",", "_", ",n", ",,", "__", "q", "=^12", "^12,"]:
    for value in [complex(-0.0, -0.0), -5 + 0j, 1234567.5 + 7654321j, 1e16j, -1e-9 - 1e-9j]:
        attempt(f"{spec!r} {value!r}", lambda: format(value, spec))
attempt("subclass unknown code", lambda: format(Label(1, 2), "q"))
attempt("subclass empty spec", lambda: (format(Label(1, 2)), f"{Label(1, 2)}", "{}".format(Label(3))))
attempt("__format__ int spec", lambda: complex.__format__(1j, 5))
attempt("__format__ no spec", lambda: (1j).__format__())
attempt("overridden __complex__", lambda: complex(Overridden(1, 1)))
attempt("second argument __float__", lambda: complex(1, Both()))
attempt("first argument __complex__", lambda: complex(Both()))
attempt("complex second argument", lambda: complex(1, Overridden(1, 1)))
for text in ["1__0j", "_1j", "1_", "1_0j", "1_000.5+2_5j"]:
    attempt(f"complex({text!r})", lambda: complex(text))
attempt("non-subtype", lambda: complex.__new__(int, 1))
attempt("slot wrong self", lambda: complex.__mul__(2, 1j))
attempt("method wrong self", lambda: complex.conjugate(2))
attempt("conjugate argument", lambda: (1j).conjugate(1))
attempt("2j ** inf", lambda: 2j ** math.inf)
attempt("complex(inf, 1) ** 1j", lambda: complex(math.inf, 1) ** 1j)
attempt("(-inf) ** 0.5", lambda: (-math.inf) ** 0.5)
attempt("(-inf) ** -0.5", lambda: (-math.inf) ** -0.5)
attempt("pow(2, 1j, 5)", lambda: pow(2, 1j, 5))
attempt("pow(2.0, 1j, 5)", lambda: pow(2.0, 1j, 5))
attempt("(3).__pow__(2, 5)", lambda: ((3).__pow__(2, 5), (2).__rpow__(3, 5), (3).__pow__(2, None)))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile_time = [str(w.message) for w in caught]
print(compile_time)
