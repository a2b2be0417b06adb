# secrets: tokens of the requested size in bytes, hex and URL-safe Base64 (32 bytes by
# default), randbelow/randbits/choice within their ranges, compare_digest, and the errors.
# The values are random, so only their shapes are printed.
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)))
print(len(secrets.token_hex()), len(secrets.token_hex(8)), set(secrets.token_hex(64)) <= set(string.hexdigits))
alphabet = set(string.ascii_letters + string.digits + "-_")
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(16)), set(secrets.token_urlsafe(64)) <= alphabet)
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
print(all(secrets.choice("xyz") in "xyz" for _ in range(50)), secrets.choice([42]))
print(secrets.compare_digest(b"tok", b"tok"), secrets.compare_digest("a", "b"), secrets.DEFAULT_ENTROPY)
for call in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-5), lambda: secrets.randbits(-1),
             lambda: secrets.choice([]), lambda: secrets.token_bytes(-1), lambda: secrets.token_hex("8")]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
