# A `\N{...}` name CPython 3.11 does not know is a SyntaxError before anything runs:
# the algorithmic CJK names are upper case only (Unicode 15's names are unknown too).
# Notice nothing is printed first.
print("never printed")
print("\N{cjk unified ideograph-4E00}")
