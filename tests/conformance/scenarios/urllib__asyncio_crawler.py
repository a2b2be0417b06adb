# A small asyncio crawler over an in-memory site: workers take URLs from a queue, "fetch"
# them (a sleep), resolve each page's links with urljoin, drop fragments with urldefrag,
# keep only http(s) links on the allowed hosts and count pages per netloc. The queue's
# join() tells main when the crawl is over. Host names are compared lowercased.
import asyncio
from urllib.parse import urljoin, urldefrag, urlsplit, parse_qs

SITE = {
    'https://docs.example/': (0.05, ['guide/', 'api/index.html#top', 'https://blog.example/']),
    'https://docs.example/guide/': (0.1, ['intro.html', '../api/index.html', 'mailto:x@docs.example']),
    'https://docs.example/guide/intro.html': (0.02, ['./', '/search?q=asyncio&page=2']),
    'https://docs.example/api/index.html': (0.07, ['../guide/intro.html#sec', '//cdn.example/x.js']),
    'https://docs.example/search?q=asyncio&page=2': (0.03, ['?q=asyncio&page=3']),
    'https://blog.example/': (0.04, ['/2023/01/post?id=7', 'HTTPS://DOCS.example/guide/']),
}
ALLOWED = {'docs.example', 'blog.example'}


async def worker(name, queue, seen, per_host):
    while True:
        url = await queue.get()
        delay, links = SITE.get(url, (0.01, []))
        await asyncio.sleep(delay)
        parts = urlsplit(url)
        per_host[parts.netloc] = per_host.get(parts.netloc, 0) + 1
        print(f'{name} {url} q={parse_qs(parts.query)}')
        for link in links:
            split = urlsplit(urldefrag(urljoin(url, link)).url)
            target = split._replace(netloc=split.netloc.lower()).geturl()
            if split.scheme in ('http', 'https') and split.hostname in ALLOWED and target not in seen:
                seen.add(target)
                queue.put_nowait(target)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    start = 'https://docs.example/'
    seen = {start}
    per_host = {}
    queue.put_nowait(start)
    workers = [asyncio.create_task(worker(f'w{i}', queue, seen, per_host)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(seen))
    print(per_host, f'{asyncio.get_running_loop().time():.2f}')

asyncio.run(main())
