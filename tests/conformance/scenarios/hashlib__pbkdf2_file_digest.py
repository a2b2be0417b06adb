# pbkdf2_hmac derives keys (any hash name OpenSSL accepts, dklen longer or shorter than the
# digest), with its checks and messages; compare_digest; file_digest over an in-memory binary
# file with a name or a constructor, and its refusal of a text file.
import hashlib
import io

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 50).hex())
print(hashlib.pbkdf2_hmac("SHA512", bytearray(b"pw"), memoryview(b"salt"), 3, dklen=10).hex())
print(hashlib.pbkdf2_hmac(hash_name="md5", password=b"p", salt=b"", iterations=1, dklen=None).hex())
print(hashlib.pbkdf2_hmac("sha3_256", b"k" * 200, b"s", 5).hex())
cases = [
    lambda: hashlib.pbkdf2_hmac("sha256", "password", b"salt", 1),
    lambda: hashlib.pbkdf2_hmac("sha256", b"password", "salt", 1),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 0),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2**31),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1.5),
    lambda: hashlib.pbkdf2_hmac("nosuch", b"pw", b"salt", 1),
    lambda: hashlib.pbkdf2_hmac(256, b"pw", b"salt", 1),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt"),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, rounds=3),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
print(hashlib.file_digest(io.BytesIO(b"abc" * 1000), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), lambda: hashlib.blake2s(digest_size=4)).hexdigest())
try:
    hashlib.file_digest(io.StringIO("abc"), "sha256")
except ValueError as e:
    print("ValueError:", e)
