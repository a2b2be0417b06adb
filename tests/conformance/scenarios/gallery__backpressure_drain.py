# Back-pressure: write() never blocks, it only queues bytes; drain() is where a fast writer
# waits for a slow reader. A block is bigger than the kernel's buffers can hold, so each
# drain() waits until the reader wakes from its nap and takes the block.
import asyncio

BLOCK = 16_000_000

async def slow_reader(reader, writer):
    for n in (1, 2):
        await asyncio.sleep(1)
        await reader.readexactly(BLOCK)
        print(f"reader: woke up and took block {n}")
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    low, high = writer.transport.get_write_buffer_limits()
    print(f"writer: drain() waits while more than {high} bytes are queued, until {low}")
    for n in (1, 2):
        writer.write(b"x" * BLOCK)
        queued = writer.transport.get_write_buffer_size()
        print(f"writer: block {n} queued, {queued > high and 'drain() waits' or 'no wait'}")
        await writer.drain()
        print(f"writer: drain() returned at {loop.time():.1f}")
    await reader.read()
    print(f"writer: the reader has it all and hung up at {loop.time():.1f}")
    writer.close()
    server.close()

asyncio.run(main())
