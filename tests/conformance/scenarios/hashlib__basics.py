# hashlib's named constructors and new(): digests of known inputs, the name, digest_size and
# block_size of each algorithm, update() in pieces equals one update, copy() forks the state,
# bytes-like inputs, the SHAKEs' chosen lengths, reprs and the two algorithm sets.
import hashlib

for name in sorted(hashlib.algorithms_guaranteed - {"shake_128", "shake_256"}):
    h = getattr(hashlib, name)(b"abc")
    print(f"{h.name:9} {h.digest_size:2} {h.block_size:3} {h.hexdigest()[:32]}")
for name in ["md5-sha1", "sha512_224", "sha512_256", "SHA256", "sha-1", "SHA3-256", "shake128",
             "SHA2-256", "sha-512/256", "SSL3-MD5", "SHAKE-256", "blake2b512", "BLAKE2S256"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, repr(h).split(" object")[0])
print(hashlib.new("sha512_256", b"abc").hexdigest())
print(hashlib.md5().hexdigest(), hashlib.sha1(b"").digest())
whole = hashlib.sha256(b"hello world" * 1000)
pieces = hashlib.sha256()
for i in range(1000):
    pieces.update(b"hello world")
print(pieces.hexdigest() == whole.hexdigest(), pieces.digest() == whole.digest())
fork = pieces.copy()
fork.update(b"!")
print(pieces.hexdigest()[:16], fork.hexdigest()[:16], type(fork).__name__)
print(hashlib.sha1(bytearray(b"abc")).hexdigest(), hashlib.sha1(memoryview(b"xabc")[1:]).hexdigest())
print(hashlib.sha256(string=b"abc").hexdigest() == hashlib.new("sha256", data=b"abc").hexdigest())
print(hashlib.sha256(b"x", usedforsecurity=False).name, hashlib.new("md5", usedforsecurity=False).name)
s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.block_size, s.hexdigest(8), s.digest(3), len(s.digest(1000)))
print(hashlib.shake_256(b"abc").hexdigest(20))
print(repr(hashlib.sha256()), repr(s))
print(type(hashlib.md5()), type(s), type(s).__mro__)
print(hashlib.sha256, hashlib.md5.__name__, hashlib.new.__name__)
print(sorted(hashlib.algorithms_available))
print(hashlib.__all__)
h = hashlib.sha256()
print(h.update(b"a"), h == h.copy(), h == h)
