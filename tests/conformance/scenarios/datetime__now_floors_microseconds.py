# datetime.now() and utcnow() floor the clock to the microsecond; fromtimestamp() of the same
# reading rounds half to even.
import asyncio
import time
from datetime import datetime, timezone


async def main():
    await asyncio.sleep(0.0000007)
    t = time.time()
    print(datetime.now().microsecond, datetime.utcnow().microsecond,
          datetime.now(timezone.utc).microsecond, datetime.fromtimestamp(t).microsecond)
    await asyncio.sleep(0.0000002)
    print(datetime.now().microsecond, datetime.now(timezone.utc).tzinfo)


asyncio.run(main())
