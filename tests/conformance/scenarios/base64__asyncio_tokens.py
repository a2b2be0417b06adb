# Tasks pass opaque tokens through a queue: the producer packs a JSON payload into URL-safe
# Base64 without padding (as web tokens do), the consumer puts the padding back and
# decodes it. A token damaged on the way fails with binascii.Error, which the consumer
# catches and reports without stopping.
import asyncio
import base64
import binascii
import json


async def producer(queue):
    for n, user in enumerate(['ada', 'grace', 'linus']):
        payload = json.dumps({'user': user, 'n': n, 'scope': 'read/write?'}).encode()
        token = base64.urlsafe_b64encode(payload).rstrip(b'=').decode()
        if user == 'grace':
            token = token[:-1]
        await asyncio.sleep(0.1)
        print(f'{asyncio.get_running_loop().time():.1f} sent {token}')
        await queue.put(token)
    await queue.put(None)


async def consumer(queue):
    while (token := await queue.get()) is not None:
        padded = token + '=' * (-len(token) % 4)
        try:
            claims = json.loads(base64.urlsafe_b64decode(padded))
            print(f'{asyncio.get_running_loop().time():.1f} ok', claims)
        except binascii.Error as e:
            print(f'{asyncio.get_running_loop().time():.1f} bad token ({len(token)} chars): {e}')
        except ValueError as e:
            print(f'{asyncio.get_running_loop().time():.1f} bad payload: {type(e).__name__}')


async def main():
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(queue), consumer(queue))

asyncio.run(main())
