//! The library's coroutines that task reprs show (`running at <stdlib>/asyncio/streams.py:563`)
//! sit on the lines CPython 3.11.7's modules have them, kept by blank lines: each `def` and
//! each `await` a task can wait at is checked here, so an edit that shifts them fails.

fn check(file: &str, expected: &[(usize, &str)]) {
    let path = format!("{}/lib/asyncio/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    for (line, start) in expected {
        let found = lines.get(line - 1).map(|l| l.trim()).unwrap_or("");
        assert!(found.starts_with(start), "{file}:{line} is `{found}`, not `{start}...`");
    }
}

#[test]
fn base_events_coroutines_are_on_cpythons_lines() {
    check(
        "base_events.py",
        &[
            (352, "async def start_serving(self):"),
            (356, "await sleep(0)"),
            (358, "async def serve_forever(self):"),
            (369, "await self._serving_forever_fut"),
            (373, "await self.wait_closed()"),
            (379, "async def wait_closed(self):"),
            (384, "await waiter"),
            (564, "async def shutdown_default_executor(self):"),
            (573, "await future"),
            (943, "async def _connect_sock("),
            (973, "await self.sock_connect(sock, address)"),
            (987, "async def create_connection("),
            (1045, "infos = await self._ensure_resolved("),
            (1052, "laddr_infos = await self._ensure_resolved("),
            (1069, "sock = await self._connect_sock("),
            (1112, "transport, protocol = await self._create_connection_transport("),
            (1124, "async def _create_connection_transport("),
            (1145, "await waiter"),
            (1276, "async def create_datagram_endpoint("),
            (1332, "infos = await self._ensure_resolved("),
            (1373, "await self.sock_connect(sock, remote_address)"),
            (1403, "await waiter"),
            (1410, "async def _ensure_resolved("),
            (1419, "return await loop.getaddrinfo("),
            (1422, "async def _create_server_getaddrinfo("),
            (1423, "infos = await self._ensure_resolved("),
            (1430, "async def create_server("),
            (1491, "infos = await gather(*fs)"),
            (1550, "await sleep(0)"),
            (1556, "async def connect_accepted_socket("),
            (1575, "transport, protocol = await self._create_connection_transport("),
        ],
    );
}

#[test]
fn streams_coroutines_are_on_cpythons_lines() {
    check(
        "streams.py",
        &[
            (26, "async def open_connection("),
            (48, "transport, _ = await loop.create_connection("),
            (54, "async def start_server("),
            (84, "return await loop.create_server("),
            (90, "async def open_unix_connection("),
            (97, "transport, _ = await loop.create_unix_connection("),
            (102, "async def start_unix_server("),
            (113, "return await loop.create_unix_server("),
            (164, "async def _drain_helper(self):"),
            (172, "await waiter"),
            (360, "async def wait_closed(self):"),
            (361, "await self._protocol._get_close_waiter(self)"),
            (366, "async def drain(self):"),
            (388, "await sleep(0)"),
            (389, "await self._protocol._drain_helper()"),
            (391, "async def start_tls("),
            (516, "async def _wait_for_data(self, func_name):"),
            (540, "await self._waiter"),
            (544, "async def readline(self):"),
            (563, "line = await self.readuntil(sep)"),
            (575, "async def readuntil(self, separator=b'\\n'):"),
            (655, "await self._wait_for_data('readuntil')"),
            (666, "async def read(self, n=-1):"),
            (701, "block = await self.read(self._limit)"),
            (708, "await self._wait_for_data('read')"),
            (717, "async def readexactly(self, n):"),
            (747, "await self._wait_for_data('readexactly')"),
            (761, "async def __anext__(self):"),
            (762, "line = await self.readline()"),
        ],
    );
}
