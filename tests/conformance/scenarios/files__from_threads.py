# Threads share the program's files: asyncio.to_thread and run_in_executor write files the
# coroutine then reads. The loop's own descriptors (epoll 3, self-pipe 4 and 5) come first.
import asyncio, os

def save(name, text):
    with open(name, "w") as f:
        f.write(text)
    return os.path.getsize(name)

async def main():
    with open("first.txt", "w") as f:
        print("fd in the loop:", f.fileno())
    n = await asyncio.to_thread(save, "a.txt", "from to_thread")
    loop = asyncio.get_running_loop()
    sizes = await asyncio.gather(*(loop.run_in_executor(None, save, f"p{i}.txt", "x" * i)
                                   for i in range(3)))
    print(n, sizes, sorted(os.listdir()))
    print(open("a.txt").read())

asyncio.run(main())
