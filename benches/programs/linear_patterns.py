# Patterns whose time must grow with their input, not with its square: each was quadratic
# in Loopscope once (docs/BENCHMARKS.md, "loops that were quadratic made linear", and the
# next stop's dict deletion).
# A regression to quadratic time makes this run take minutes instead of about a second.
import asyncio
import io
import re
import struct
from collections import deque

N = 100_000


def build_text(n):
    s = ""
    for i in range(n):
        s += "x"
    return s


def scan_non_ascii(n):
    s = "é" + "ab " * n
    hits = sum(1 for i in range(1, len(s), 3) if s[i:i + 2] == "ab")
    pos, found = 0, 0
    while (pos := s.find("b", pos)) >= 0:
        pos += 1
        found += 1
    return hits, found, len(re.findall(r"\w+", s))


def memory_files(n):
    out = io.StringIO()
    for i in range(n):
        out.write("línea %d\n" % i)
    lines = sum(1 for _ in io.StringIO(out.getvalue()))
    raw = io.BytesIO()
    for i in range(n):
        raw.write(b"abcdefg\n")
    return lines, sum(1 for _ in io.BytesIO(raw.getvalue()))


def searches(n):
    items = list(range(n))
    near_front = sum(1 for i in range(n) if (i % 10) in items)
    d = deque(range(n))
    for i in range(n):
        d.remove(i)
    a, b = list(range(n)), [1] + list(range(1, n))
    unequal = sum(1 for _ in range(n // 10) if a == b or tuple(a) >= tuple(b))
    return near_front, len(d), unequal


def records(n):
    row = struct.Struct("<HI")
    data = b"".join(row.pack(i % 65536, i) for i in range(n))
    return sum(row.unpack_from(data, k)[1] for k in range(0, len(data), row.size))


def dict_deletions(n):
    d = {i: i for i in range(n)}
    for i in range(n // 2):
        del d[i]
    fifo = {}
    for i in range(n):
        fifo[i] = i
        if len(fifo) > 1000:
            del fifo[next(iter(fifo))]
    return len(d), next(iter(d)), len(fifo)


async def waiters(n):
    event = asyncio.Event()
    tasks = [asyncio.create_task(event.wait()) for _ in range(n)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*tasks)
    return len(tasks)


print(len(build_text(10 * N)))
print(scan_non_ascii(N))
print(memory_files(N))
print(searches(N // 4))
print(records(N))
print(dict_deletions(N))
print(asyncio.run(waiters(N // 4)))
