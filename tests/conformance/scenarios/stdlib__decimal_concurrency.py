# Each thread and each asyncio task sees its own current context (contextvars); Fraction and
# statistics accept Decimals.
import asyncio
import statistics
import threading
from decimal import Decimal, getcontext, localcontext
from fractions import Fraction

def worker(n, out):
    getcontext().prec = n
    out.append((n, str(Decimal(1) / 7)))

out = []
threads = [threading.Thread(target=worker, args=(k, out)) for k in (3, 6, 9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out), getcontext().prec, Decimal(1) / 7)

async def task(n):
    with localcontext(prec=n):
        await asyncio.sleep(0.01 * (10 - n))
        return str(Decimal(2).sqrt())

async def main():
    print(await asyncio.gather(task(2), task(5), task(8)))
    print(getcontext().prec)

asyncio.run(main())
print(Fraction(Decimal('1.25')), Fraction.from_decimal(Decimal('-0.125')), Fraction.from_decimal(7))
data = [Decimal('1.5'), Decimal('2.25'), Decimal('3.125'), Decimal('0.5')]
print(statistics.mean(data), statistics.median(data), statistics.variance(data), statistics.stdev(data))
with localcontext(prec=6):
    print(statistics.mean([Decimal(1), Decimal(2), Decimal(2)]), statistics.pstdev(data))
