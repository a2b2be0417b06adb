# asyncio.run in a daemon thread, ticking forever, and the main thread ends after a second:
# the ticker's task stays pending in the abandoned thread, silently.
import asyncio, threading

def serve():
    async def ticker():
        i = 0
        while True:
            print("tick", i)
            i += 1
            await asyncio.sleep(0.3)
    asyncio.run(ticker())

threading.Thread(target=serve, daemon=True).start()
import time
time.sleep(1)
print("bye")
