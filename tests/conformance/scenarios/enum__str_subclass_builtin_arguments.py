# StrEnum members where built-in functions want a str; ord() of bytes.
import json
from enum import StrEnum


class Token(StrEnum):
    DASH = "-"
    SPEC = ".2f"
    DOC = '{"items": [1, 2]}'


print(ord(Token.DASH), format(3.14159, Token.SPEC), json.loads(Token.DOC))
print(1, 2, 3, sep=Token.DASH, end=Token.DASH + "\n")
print(ord(b"a"), ord(bytearray(b"z")), ord("é"))
for bad in (b"ab", b"", "ab", 5):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
