# Latency statistics in an asyncio program: each request measures loop.time() around its
# awaits, then mean, median, quantiles and stdev summarise the results. The virtual clock
# makes the numbers exact and repeatable.
import asyncio
import statistics

DELAYS = [0.12, 0.05, 0.3, 0.07, 0.05, 0.21, 0.09, 0.4, 0.05, 0.11]


async def request(i, delay, latencies):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delay)
    await asyncio.sleep(0.01 * (i % 3))
    latencies.append(round(loop.time() - start, 6))


async def main():
    latencies = []
    await asyncio.gather(*(request(i, d, latencies) for i, d in enumerate(DELAYS)))
    print('latencies', latencies)
    print('mean', statistics.mean(latencies), 'fmean', statistics.fmean(latencies))
    print('median', statistics.median(latencies), 'mode', statistics.mode(latencies))
    print('p25/p50/p75', statistics.quantiles(latencies))
    print('p90', statistics.quantiles(latencies, n=10)[-1])
    print('stdev', statistics.stdev(latencies), 'pstdev', statistics.pstdev(latencies))
    ticks = []
    loop = asyncio.get_running_loop()
    for _ in range(5):
        before = loop.time()
        await asyncio.sleep(0.1)
        ticks.append(loop.time() - before)
    print(statistics.mean(ticks), statistics.variance(ticks), statistics.multimode(ticks))


asyncio.run(main())
