# uuid.UUID from each of its forms (hex with or without braces, dashes and urn prefix, bytes,
# bytes_le, fields, int, with a version), its views (str, repr, hex, int, urn, bytes_le,
# fields, variant, version), ordering, equality and hashing, immutability, the name-based
# uuid3/uuid5 in the standard namespaces, uuid4's shape, and the constructor's errors.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
same = [uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
        uuid.UUID("12345678123456781234567812345678"), uuid.UUID(bytes=u.bytes),
        uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print(all(x == u for x in same), len({u, *same}), u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq)
v4 = uuid.UUID(int=0, version=4)
print(v4, v4.version, v4.variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).variant)
print(uuid.UUID(int=0xc0 << 56).variant, uuid.UUID(int=1 << 127, version=1).version)
print(uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=2) >= uuid.UUID(int=2), u == str(u),
      sorted([uuid.UUID(int=9), uuid.UUID(int=3)]), hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int)
print(u.is_safe, uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/é").version, uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6").hex)
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r)[14], r != uuid.uuid4())
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)
for kwargs in [{}, dict(hex="1234"), dict(hex="zz345678123456781234567812345678"),
               dict(bytes=b"short"), dict(bytes_le=b"x" * 17), dict(fields=(1, 2, 3)),
               dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
               dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128),
               dict(int=1, version=6), dict(int=1, hex="00")]:
    try:
        uuid.UUID(**kwargs)
    except (TypeError, ValueError) as e:
        print(f"{kwargs}: {type(e).__name__}: {e}")
