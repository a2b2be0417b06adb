# hmac: new() with a digest name, a hashlib constructor or a module-like object; update in
# pieces, copy, digest/hexdigest, name and sizes; long keys are hashed first; hmac.digest in
# one call; compare_digest; and the errors (a str key, a missing digestmod, str messages).
import hashlib
import hmac

h = hmac.new(b"key", b"The quick brown fox", "sha256")
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = hmac.new(b"key", digestmod=hashlib.sha256)
h2.update(b"The quick ")
c = h2.copy()
h2.update(b"brown fox")
print(h2.digest() == h.digest(), c.hexdigest()[:16], type(c).__name__)
print(hmac.new(b"k" * 200, b"msg", "sha512").hexdigest()[:32])
print(hmac.new(bytearray(b"key"), memoryview(b"msg"), "md5").hexdigest())
print(hmac.new(b"key", b"msg", "sha3_256").name, hmac.new(b"", b"", "blake2b").hexdigest()[:16])
print(hmac.digest(b"key", b"msg", "sha1").hex(), hmac.digest(b"key", b"msg", hashlib.sha1).hex())
print(hmac.digest(b"key" * 50, b"msg", "sha384").hex()[:32])


class Module:
    def new(self, data=b""):
        return hashlib.sha1(data)


module = Module()
print(hmac.new(b"key", b"msg", module).hexdigest(), hmac.digest(b"key", b"msg", module).hex())
print(hmac.compare_digest(h.digest(), h2.digest()), hmac.compare_digest("abc", "abd"))
print(hmac.compare_digest(b"abc", bytearray(b"abc")), hmac.compare_digest(b"a", b"ab"))
print(hmac.compare_digest, hmac.HMAC.__name__, hmac.digest_size, len(hmac.trans_36))
cases = [
    lambda: hmac.new("key", b"msg", "sha256"),
    lambda: hmac.new(memoryview(b"key"), b"msg", "sha256"),
    lambda: hmac.new(b"key", b"msg"),
    lambda: hmac.new(b"key", "msg", "sha256"),
    lambda: hmac.new(b"key", b"msg", "nosuch"),
    lambda: hmac.digest("key", b"msg", "sha256"),
    lambda: hmac.compare_digest(1, 2),
    lambda: hmac.compare_digest("a", b"a"),
    lambda: hmac.compare_digest("é", "é"),
    lambda: h.update("text"),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
