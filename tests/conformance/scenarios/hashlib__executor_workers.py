# CPU-bound hashing off the event loop: run_in_executor with the default pool and with a
# ThreadPoolExecutor, and asyncio.to_thread, each worker stretching a digest over many rounds
# (a key-stretching loop) and tagging its result with a name-based request id.
import asyncio
import concurrent.futures
import hashlib
import uuid


def stretch(seed: bytes, rounds: int) -> str:
    digest = seed
    for _ in range(rounds):
        digest = hashlib.sha256(digest).digest()
    return digest.hex()[:16]


async def main():
    loop = asyncio.get_running_loop()
    seeds = [f"job-{i}".encode() for i in range(4)]
    results = await asyncio.gather(*(loop.run_in_executor(None, stretch, s, 2000) for s in seeds))
    for seed, digest in zip(seeds, results):
        request = uuid.uuid5(uuid.NAMESPACE_URL, seed.decode())
        print(seed.decode(), digest, str(request)[:8])
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, hashlib.pbkdf2_hmac, "sha256", s, b"salt", 500)
                   for s in seeds[:2]]
        for key in await asyncio.gather(*futures):
            print(key.hex()[:24])
    digest = await asyncio.to_thread(stretch, b"threaded", 1000)
    md5 = await asyncio.to_thread(lambda: hashlib.md5(b"x" * 1_000_000).hexdigest())
    print(digest, md5)


asyncio.run(main())
