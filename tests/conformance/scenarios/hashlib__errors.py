# The errors of hashlib's constructors and hash objects, with CPython's messages: a str must
# be encoded first, other objects must support the buffer API, unknown names, wrong argument
# counts and keywords, a SHAKE's missing length, pickling; and an unknown name left uncaught.
import hashlib
import pickle

cases = [
    lambda: hashlib.sha256("abc"),
    lambda: hashlib.sha256(123),
    lambda: hashlib.md5(None),
    lambda: hashlib.sha1(b"a", b"b"),
    lambda: hashlib.sha256(data=b"a"),
    lambda: hashlib.sha256(b"a", string=b"b"),
    lambda: hashlib.new("sha256", "text"),
    lambda: hashlib.new("md5", data=1),
    lambda: hashlib.new("foo"),
    lambda: hashlib.new("BLAKE2B"),
    lambda: hashlib.new("Sha3_256"),
    lambda: hashlib.new("sha_256"),
    lambda: hashlib.new(123),
    lambda: hashlib.new(),
    lambda: hashlib.sha256().update("text"),
    lambda: hashlib.sha256().update(),
    lambda: hashlib.sha256().update(b"a", b"b"),
    lambda: hashlib.sha256().update([1, 2]),
    lambda: hashlib.sha256().digest(1),
    lambda: hashlib.sha256().hexdigest(length=1),
    lambda: hashlib.md5().copy(1),
    lambda: hashlib.shake_128().hexdigest(),
    lambda: hashlib.shake_128().digest("4"),
    lambda: hashlib.shake_128().digest(1, 2),
    lambda: hashlib.md5().nothing,
    lambda: type(hashlib.md5())(),
    lambda: pickle.dumps(hashlib.sha1()),
    lambda: pickle.dumps([hashlib.blake2s()]),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    hashlib.new("whirl")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__, "->", e)
hashlib.new("nosuchhash", b"data")
