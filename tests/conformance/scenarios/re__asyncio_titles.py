# Regular expressions inside an asyncio program: tasks "fetch" HTML pages (after simulated
# delays), pull the <title> and links out with re, and parse status lines from a log as
# the results arrive.
import asyncio
import re

PAGES = {
    "/": ("<html><head><TITLE>Home Page</TITLE></head><a href='/news'>n</a>", 0.3),
    "/news": ('<title>\n  News &amp; Views\n</title><a href="/">h</a> <a href="/x">x</a>', 0.1),
    "/empty": ("<html>no title</html>", 0.2),
}
TITLE = re.compile(r"<title>\s*(.*?)\s*</title>", re.IGNORECASE | re.DOTALL)
LINK = re.compile(r"""<a\s+href=(['"])(?P<url>.*?)\1""")
STATUS = re.compile(r"^(?P<code>\d{3}) (?P<path>\S+) (?P<ms>\d+)ms$", re.M)


async def fetch(path):
    body, delay = PAGES[path]
    await asyncio.sleep(delay)
    return f"200 {path} {int(delay * 1000)}ms", body


async def main():
    log = []
    for coro in asyncio.as_completed([fetch(p) for p in PAGES]):
        status, body = await coro
        log.append(status)
        m = TITLE.search(body)
        title = m.group(1) if m else None
        links = [l.group("url") for l in LINK.finditer(body)]
        print(f"{asyncio.get_running_loop().time():.1f}", repr(title), links)
    report = "\n".join(log)
    for m in STATUS.finditer(report):
        print(m["path"], int(m["ms"]), m.span())
    print(sum(int(ms) for ms in re.findall(r"(\d+)ms", report)))


asyncio.run(main())
