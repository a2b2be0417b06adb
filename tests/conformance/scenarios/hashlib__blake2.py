# BLAKE2b and BLAKE2s (`_blake2`): digest sizes, keys (MACs), salt, person and the tree
# parameters all change the digest; the size constants; the parameter checks and their
# messages; reprs and copies.
import hashlib
from hashlib import blake2b, blake2s

print(blake2b(b"abc").hexdigest())
print(blake2s(b"abc").hexdigest())
print(blake2b(b"abc", digest_size=16).hexdigest(), blake2s(digest_size=1).hexdigest())
print(blake2b(b"msg", key=b"secret").hexdigest()[:32], blake2s(b"msg", key=b"k" * 32).hexdigest()[:32])
print(blake2b(b"x", salt=b"salt", person=b"me").hexdigest()[:32])
tree = dict(fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32)
print(blake2b(b"x", **tree, last_node=True).hexdigest()[:32], blake2s(b"x", **tree).hexdigest()[:32])
print(hashlib.new("blake2s", b"x", digest_size=8).hexdigest(), hashlib.new("blake2b").name)
h = blake2b(digest_size=20)
print(h.name, h.digest_size, h.block_size, blake2s().block_size, type(h), blake2b.__module__)
h.update(b"a" * 300)
c = h.copy()
c.update(b"b")
print(h.hexdigest(), c.hexdigest() != h.hexdigest(), type(c).__name__)
print(repr(blake2s())[:23], blake2b.SALT_SIZE, blake2b.PERSON_SIZE, blake2b.MAX_KEY_SIZE,
      blake2b.MAX_DIGEST_SIZE, blake2s.SALT_SIZE, blake2s.MAX_DIGEST_SIZE)
cases = [
    dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17),
    dict(person=b"p" * 17), dict(fanout=256), dict(depth=0), dict(leaf_size=-1),
    dict(leaf_size=2**32), dict(node_offset=-1), dict(node_depth=256), dict(inner_size=65),
    dict(key="text"), dict(digest_size="8"), dict(data=b"x"), dict(colour=1),
]
for kwargs in cases:
    try:
        blake2b(**kwargs)
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{kwargs}: {type(e).__name__}: {e}")
for call in [lambda: blake2s(digest_size=33), lambda: blake2s(salt=b"s" * 9),
             lambda: blake2s(node_offset=2**48), lambda: blake2s(inner_size=33),
             lambda: blake2s(b"a", b"b"), lambda: blake2b("text"), lambda: blake2b().digest(1),
             lambda: blake2s().update(3)]:
    try:
        call()
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
