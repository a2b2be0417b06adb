//! aiohttp's client subset (`lib/aiohttp`) over the simulated network. aiohttp is not part
//! of CPython and talks to real servers, so there is no CPython reference for these runs: each
//! expected output is derived by hand from the network model (tests/conformance/NETWORK_MODEL.md:
//! latency `L` each way, the HTTP service's delay, random.Random(seed) draws for the default
//! `50..150` ms delays), and the comment next to it shows the arithmetic. The texts (reprs,
//! exception messages, request bytes) were checked against aiohttp 3.9.5 on real loopback.

use loopscope_engine::config::RunConfig;
use loopscope_engine::run_program;

fn run(source: &str) -> String {
    let outcome = run_program(source, RunConfig::default());
    assert_eq!(outcome.exit_status(), 0, "{}\n{}", outcome.stdout, outcome.stderr);
    outcome.stdout
}

/// GET over a 50 ms link with a 100 ms service delay: connected at 0.100 (SYN 0.050, SYN-ACK
/// 0.100), the request arrives 0.150, the answer leaves 0.250 and arrives 0.300; the second
/// request reuses the kept-alive connection: sent 0.300, answered 0.500.
#[test]
fn a_get_and_a_kept_alive_second_get_follow_the_link_and_the_service_delay() {
    let program = r#"# loopscope: net-latency-ms=50 net-http-delay-ms=100 net-http-json@api.example/users=[1,2,3]
import asyncio
import aiohttp

async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        async with session.get("http://api.example/users", params={"page": 2}) as resp:
            print(loop.time(), resp.status, resp.reason, resp.content_type, await resp.json())
            print(repr(resp), end="")
            print(resp.request_info.headers)
        async with session.get("http://api.example/") as resp:
            text = await resp.text()
            print(loop.time(), resp.ok, resp.url, len(text))
            print(text, end="")
    print(session.closed)

asyncio.run(main())
"#;
    let expected = r#"0.3 200 OK application/json [1, 2, 3]
<ClientResponse(http://api.example/users?page=2) [200 OK]>
<CIMultiDictProxy('Content-Type': 'application/json; charset=utf-8', 'Content-Length': '7', 'Server': 'loopscope-simulated')>
<CIMultiDictProxy('Host': 'api.example', 'Accept': '*/*', 'Accept-Encoding': 'gzip, deflate', 'User-Agent': 'Python/3.11 aiohttp/3.9.5')>
0.5 True http://api.example/ 159
<!DOCTYPE html>
<html><head><title>api.example</title></head><body><h1>api.example</h1><p>/</p><p>A page from Loopscope's simulated network.</p></body></html>
True
"#;
    assert_eq!(run(program), expected);
}

/// Timeouts: `total=0.1` against a 200 ms delay ends at 0.100 (`asyncio.TimeoutError`, empty
/// text); `sock_read=0.05` from 0.100 ends at 0.150 (`ServerTimeoutError`); after a 0.1 s sleep
/// (0.250) `total=6` ends at ceil(0.25 + 6) = 7.000, since aiohttp rounds a timeout of 5 s or
/// more up to a whole second; `total=4.5` (under 5 s) at 7 + 4.5 = 11.500; `connect=2` to a
/// host whose packets are all lost at 13.500, as `ServerTimeoutError('Connection timeout to
/// host ...')`; a bare number is a `total`, and 0.25 s is enough for a 200 ms delay.
#[test]
fn timeouts_end_at_the_times_aiohttp_schedules_them() {
    let program = r#"# loopscope: net-http-delay-ms@slow.example=10000 net-http-delay-ms@api.example=200
# loopscope: net-loss@lossy.example=1
import asyncio
import aiohttp

async def attempt(session, url, timeout):
    loop = asyncio.get_running_loop()
    try:
        async with session.get(url, timeout=timeout) as resp:
            print("answered", resp.status)
    except asyncio.TimeoutError as e:
        print(f"{loop.time():.3f}", type(e).__name__, repr(str(e)))

async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        await attempt(session, "http://api.example/", aiohttp.ClientTimeout(total=0.1))
        await attempt(session, "http://api.example/", aiohttp.ClientTimeout(sock_read=0.05))
        await asyncio.sleep(0.1)
        await attempt(session, "http://slow.example/", aiohttp.ClientTimeout(total=6))
        await attempt(session, "http://slow.example/", aiohttp.ClientTimeout(total=4.5))
        await attempt(session, "http://lossy.example/", aiohttp.ClientTimeout(connect=2))
        await attempt(session, "http://api.example/", 0.25)

asyncio.run(main())
"#;
    let expected = r#"0.100 TimeoutError ''
0.150 ServerTimeoutError 'Timeout on reading data from socket'
7.000 TimeoutError ''
11.500 TimeoutError ''
13.500 ServerTimeoutError 'Connection timeout to host http://lossy.example/'
answered 200
"#;
    assert_eq!(run(program), expected);
}

/// Errors keep aiohttp's texts: a refused port, a name that does not resolve
/// (`net-unknown-hosts=nxdomain`), a URL without a host, a server that closes without
/// answering, `raise_for_status()` on a 404 and `json()` on an HTML page; and the request
/// bytes in aiohttp's header order, for a form and for JSON (the scenario's server echoes them).
#[test]
fn errors_and_request_bytes_are_aiohttp_s() {
    let program = r#"# loopscope: net-unknown-hosts=nxdomain net-service=http@api.example net-http-delay-ms=0
# loopscope: net-http-status@/missing=404
import asyncio
import aiohttp

async def serve(reader, writer):
    request = await reader.readuntil(b"\r\n\r\n")
    if b"/drop" in request:
        writer.close()
        return
    length = 0
    for line in request.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1].decode())
    body = await reader.readexactly(length)
    echo = request + body
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: %d\r\n\r\n" % len(echo) + echo)
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 8080)
    async with aiohttp.ClientSession() as session:
        for url in ["http://127.0.0.1:8081/", "http://nowhere.example/", "nonsense", "http://127.0.0.1:8080/drop"]:
            try:
                await session.get(url)
            except aiohttp.ClientError as e:
                print(type(e).__name__, "|", e, "|", repr(e))
        async with session.get("http://api.example/missing") as resp:
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(e.status, e.message, "|", e)
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print("ContentTypeError |", e)
        async with session.post("http://127.0.0.1:8080/form", data={"a": "1", "b": "x y"}, headers={"X-Test": "1"}) as resp:
            print((await resp.read()).decode().replace("\r\n", "\n"))
        async with session.put("http://127.0.0.1:8080/j", json={"k": [1, 2]}) as resp:
            print((await resp.text()).replace("\r\n", "\n"))
    server.close()
    await server.wait_closed()

asyncio.run(main())
"#;
    let expected = r#"ClientConnectorError | Cannot connect to host 127.0.0.1:8081 ssl:default [Connect call failed ('127.0.0.1', 8081)] | ClientConnectorError(ConnectionKey(host='127.0.0.1', port=8081, is_ssl=False, ssl=True, proxy=None, proxy_auth=None, proxy_headers_hash=None), ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 8081)"))
ClientConnectorError | Cannot connect to host nowhere.example:80 ssl:default [Name or service not known] | ClientConnectorError(ConnectionKey(host='nowhere.example', port=80, is_ssl=False, ssl=True, proxy=None, proxy_auth=None, proxy_headers_hash=None), gaierror(-2, 'Name or service not known'))
InvalidURL | nonsense | <InvalidURL nonsense>
ServerDisconnectedError | Server disconnected | ServerDisconnectedError('Server disconnected')
404 Not Found | 404, message='Not Found', url=URL('http://api.example/missing')
ContentTypeError | 0, message='Attempt to decode JSON with unexpected mimetype: text/html; charset=utf-8', url=URL('http://api.example/missing')
POST /form HTTP/1.1
Host: 127.0.0.1:8080
X-Test: 1
Accept: */*
Accept-Encoding: gzip, deflate
User-Agent: Python/3.11 aiohttp/3.9.5
Content-Length: 9
Content-Type: application/x-www-form-urlencoded

a=1&b=x+y
PUT /j HTTP/1.1
Host: 127.0.0.1:8080
Accept: */*
Accept-Encoding: gzip, deflate
User-Agent: Python/3.11 aiohttp/3.9.5
Content-Length: 13
Content-Type: application/json

{"k": [1, 2]}
"#;
    assert_eq!(run(program), expected);
}

/// `TCPConnector(limit=1)`: three requests share one connection, one after the other, each a
/// 0.200 round (request 0.050 + delay 0.100 + answer 0.050) after the first's 0.100 connect:
/// 0.300, 0.500, 0.700. `limit_per_host=2` (from 0.700): two connections to api.example and
/// one to other.example answer at 1.000, the third request to api.example reuses one: 1.200.
#[test]
fn the_connector_s_limits_make_requests_wait_for_a_kept_alive_connection() {
    let program = r#"# loopscope: net-latency-ms=50 net-http-delay-ms=100
import asyncio
import aiohttp

async def fetch(session, i):
    loop = asyncio.get_running_loop()
    async with session.get(f"http://api.example/{i}") as resp:
        await resp.read()
        print(i, f"{loop.time():.3f}", resp.status)

async def main():
    connector = aiohttp.TCPConnector(limit=1)
    print(connector.limit, connector.limit_per_host)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(fetch(session, i) for i in range(3)))
    connector = aiohttp.TCPConnector(limit_per_host=2)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(fetch(session, i) for i in range(3)), fetch_other(session))

async def fetch_other(session):
    loop = asyncio.get_running_loop()
    async with session.get("http://other.example/") as resp:
        print("other", f"{loop.time():.3f}", resp.status)

asyncio.run(main())
"#;
    let expected = r#"1 0
0 0.300 200
1 0.500 200
2 0.700 200
0 1.000 200
1 1.000 200
other 1.000 200
2 1.200 200
"#;
    assert_eq!(run(program), expected);
}

/// The issue's tutorial: 20 URLs, `Semaphore(5)`, a 0.12 s timeout each, the default network
/// (immediate links, delays of 50 + floor(101 r) ms with r from random.Random(0), drawn as the
/// requests arrive: 135, 126, 92, 76, 101, 90, 129, 80, 98, 108, 141, 100, 78, 126, 112, 75,
/// 141, 149, 131, 141). Sites 0-4 start at 0: 3 answers at 0.076, 2 at 0.092, 4 at 0.101, 0
/// and 1 time out at 0.120. Each freed slot starts the next site at that moment: 5 at 0.076
/// (+0.090 = 0.166), 6 at 0.092 (129 ms: times out at 0.212), 7 at 0.101 (0.181), 8 and 9 at
/// 0.120 (0.218, 0.228), 10 at 0.166 (141: out at 0.286), 11 at 0.181 (0.281), 12 at 0.212
/// (0.290), 13 at 0.218 (126: out at 0.338), 14 at 0.228 (0.340), 15 at 0.281 (0.356), 16 at
/// 0.286 (out at 0.406), 17 at 0.290 (out at 0.410), 18 at 0.338 (out at 0.458), 19 at 0.340
/// (out at 0.460).
#[test]
fn twenty_urls_with_a_semaphore_and_a_timeout_run_as_written() {
    let program = r#"import asyncio
import aiohttp

URLS = [f"http://site{i}.example/page/{i}" for i in range(20)]

async def fetch(session, sem, url):
    loop = asyncio.get_running_loop()
    async with sem:
        try:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=0.12)) as resp:
                body = await resp.text()
                print(f"{loop.time():.3f}", url, resp.status, len(body))
                return resp.status
        except asyncio.TimeoutError:
            print(f"{loop.time():.3f}", url, "timed out")
            return None

async def main():
    sem = asyncio.Semaphore(5)
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, sem, u) for u in URLS))
    print(results.count(200), "answered,", results.count(None), "timed out")

asyncio.run(main())
"#;
    let expected = r#"0.076 http://site3.example/page/3 200 169
0.092 http://site2.example/page/2 200 169
0.101 http://site4.example/page/4 200 169
0.120 http://site0.example/page/0 timed out
0.120 http://site1.example/page/1 timed out
0.166 http://site5.example/page/5 200 169
0.181 http://site7.example/page/7 200 169
0.212 http://site6.example/page/6 timed out
0.218 http://site8.example/page/8 200 169
0.228 http://site9.example/page/9 200 169
0.281 http://site11.example/page/11 200 172
0.286 http://site10.example/page/10 timed out
0.290 http://site12.example/page/12 200 172
0.338 http://site13.example/page/13 timed out
0.340 http://site14.example/page/14 200 172
0.356 http://site15.example/page/15 200 172
0.406 http://site16.example/page/16 timed out
0.410 http://site17.example/page/17 timed out
0.458 http://site18.example/page/18 timed out
0.460 http://site19.example/page/19 timed out
11 answered, 9 timed out
"#;
    assert_eq!(run(program), expected);
}

/// `BasicAuth` (its checks and `decode` errors), `auth=` of a session, of a request and in the
/// URL (each becomes the `Authorization` header; the header and the argument together are
/// refused), a response closed once its body has all arrived (a length or chunks), and the
/// reports of a session and a connector freed unclosed, with their kept-alive connections.
/// Output and reports compared with aiohttp 3.9.5 on real loopback (addresses normalised).
#[test]
fn basic_auth_closed_responses_and_unclosed_session_reports_are_aiohttp_s() {
    let program = r#"import asyncio
import aiohttp

async def serve(reader, writer):
    while True:
        try:
            request = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            break
        auth = [l for l in request.split(b"\r\n") if l.lower().startswith(b"authorization")]
        body = b"|".join(auth) or b"-"
        if b"/chunked" in request:
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        await writer.drain()

async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 8080)
    auth = aiohttp.BasicAuth("ana", "s3cret")
    print(auth, auth.encode(), aiohttp.BasicAuth.decode(auth.encode()))
    for bad in [(None,), ("a:b",), ("a", None)]:
        try:
            aiohttp.BasicAuth(*bad)
        except ValueError as e:
            print("ValueError:", e)
    for header in ["Basic", "Bearer abc", "Basic !!", "Basic " + "YWJj"]:
        try:
            aiohttp.BasicAuth.decode(header)
        except ValueError as e:
            print("ValueError:", e)
    async with aiohttp.ClientSession(auth=auth) as session:
        print(session.auth, session.closed)
        async with session.get("http://127.0.0.1:8080/a") as resp:
            print(resp.closed, await resp.text(), resp.closed)
        async with session.get("http://127.0.0.1:8080/chunked", auth=aiohttp.BasicAuth("bo")) as resp:
            print(resp.closed, await resp.text())
        async with session.get("http://x:y@127.0.0.1:8080/url") as resp:
            print(resp.url, await resp.text())
        for kwargs in [{"auth": auth, "headers": {"Authorization": "t"}}, {"auth": ("u", "p")}]:
            try:
                await session.get("http://127.0.0.1:8080/", **kwargs)
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
    leaked = aiohttp.ClientSession()
    async with leaked.get("http://127.0.0.1:8080/b") as resp:
        print(await resp.read())
    del leaked, resp
    print("after del")
    never_used = aiohttp.ClientSession()
    del never_used
    server.close()
    await server.wait_closed()

asyncio.run(main())
"#;
    let expected_stdout = r#"BasicAuth(login='ana', password='s3cret', encoding='latin1') Basic YW5hOnMzY3JldA== BasicAuth(login='ana', password='s3cret', encoding='latin1')
ValueError: None is not allowed as login value
ValueError: A ":" is not allowed in login (RFC 1945#section-11.1)
ValueError: None is not allowed as password value
ValueError: Could not parse authorization header.
ValueError: Unknown authorization method Bearer
ValueError: Invalid base64 encoding.
ValueError: Invalid credentials.
BasicAuth(login='ana', password='s3cret', encoding='latin1') False
True Authorization: Basic YW5hOnMzY3JldA== True
True Authorization: Basic Ym86
http://127.0.0.1:8080/url Authorization: Basic eDp5
ValueError Cannot combine AUTHORIZATION header with AUTH argument or credentials encoded in URL
TypeError BasicAuth() tuple is required instead
b'-'
after del
"#;
    let expected_stderr = r#"Unclosed client session
client_session: <aiohttp.client.ClientSession object at 0x...>
Unclosed connector
connections: ['[(<aiohttp.client_proto.ResponseHandler object at 0x...>, 0.0)]']
connector: <aiohttp.connector.TCPConnector object at 0x...>
Unclosed client session
client_session: <aiohttp.client.ClientSession object at 0x...>
Exception in callback StreamReaderProtocol.connection_made.<locals>.callback(<Task cancell...at main.py:4>>) at <stdlib>/asyncio/streams.py:248
handle: <Handle StreamReaderProtocol.connection_made.<locals>.callback(<Task cancell...at main.py:4>>) at <stdlib>/asyncio/streams.py:248>
Traceback (most recent call last):
  File "main.py", line 7, in serve
    request = await reader.readuntil(b"\r\n\r\n")
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
asyncio.exceptions.CancelledError
"#;
    let outcome = run_program(program, RunConfig::default());
    assert_eq!(outcome.exit_status(), 0, "{}", outcome.stderr);
    assert_eq!(outcome.stdout, expected_stdout);
    assert_eq!(without_addresses(&outcome.stderr), expected_stderr);
}

/// `0x...` for every hexadecimal address, as the conformance harness normalises them.
fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at + 2]);
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push_str("...");
    }
    out.push_str(rest);
    out
}
