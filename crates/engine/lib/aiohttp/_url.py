"""`URL`: the part of the `yarl` package aiohttp's requests and responses use (parsing,
the default ports, percent-encoding of the path and the query, `update_query`, `join`). The
text form and the repr are yarl's: `URL('http://example.com/a%20b?q=x+y')`."""

_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
_PATH_SAFE = _UNRESERVED + "/:@!$&'()*+,;=%"
_QUERY_SAFE = _UNRESERVED + "/?:@!$'()*,"
_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443, "ftp": 21}


def _quote(text, safe, plus=False):
    out = []
    for ch in text:
        if ch in safe:
            out.append(ch)
        elif plus and ch == " ":
            out.append("+")
        else:
            out.extend("%{:02X}".format(b) for b in ch.encode("utf-8"))
    return "".join(out)


def _unquote(text, plus=False):
    if plus:
        text = text.replace("+", " ")
    if "%" not in text:
        return text
    raw = bytearray()
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 2 < len(text) + 0 and _is_hex(text[i + 1:i + 3]):
            raw.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            raw.extend(ch.encode("utf-8"))
            i += 1
    return bytes(raw).decode("utf-8", "replace")


def _is_hex(pair):
    return len(pair) == 2 and all(c in "0123456789abcdefABCDEF" for c in pair)


def _query_value(value):
    if isinstance(value, bool):
        raise TypeError(
            "Invalid variable type: value should be str, int or float, got "
            f"{value!r} of type {type(value)}")
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(
        "Invalid variable type: value should be str, int or float, got "
        f"{value!r} of type {type(value)}")


def _encode_query(params):
    if isinstance(params, str):
        return _quote(params, _QUERY_SAFE + "&=+%", plus=True)
    pairs = params.items() if hasattr(params, "items") else params
    parts = []
    for key, value in pairs:
        if isinstance(value, (list, tuple)):
            values = value
        else:
            values = [value]
        for v in values:
            parts.append(_quote(str(key), _QUERY_SAFE, plus=True) + "=" +
                         _quote(_query_value(v), _QUERY_SAFE, plus=True))
    return "&".join(parts)


class URL:
    def __init__(self, val="", *, encoded=False):
        if isinstance(val, URL):
            self._scheme, self._user, self._password = val._scheme, val._user, val._password
            self._host, self._port, self._path = val._host, val._port, val._path
            self._query, self._fragment = val._query, val._fragment
            return
        if not isinstance(val, str):
            raise TypeError(f"Constructor parameter should be str, got {type(val).__name__}")
        rest = val.strip()
        self._fragment = ""
        if "#" in rest:
            rest, frag = rest.split("#", 1)
            self._fragment = frag if encoded else _quote(frag, _QUERY_SAFE + "%")
        self._query = ""
        if "?" in rest:
            rest, query = rest.split("?", 1)
            self._query = query if encoded else _quote(query, _QUERY_SAFE + "&=+%", plus=True)
        self._scheme = ""
        colon = rest.find(":")
        if colon > 0 and rest[:colon].replace("+", "").replace("-", "").replace(".", "").isalnum() \
                and rest[0].isalpha():
            self._scheme = rest[:colon].lower()
            rest = rest[colon + 1:]
        self._user = self._password = None
        self._host = None
        self._port = None
        if rest.startswith("//"):
            rest = rest[2:]
            slash = rest.find("/")
            authority, rest = (rest, "") if slash < 0 else (rest[:slash], rest[slash:])
            if "@" in authority:
                userinfo, authority = authority.rsplit("@", 1)
                user, _, password = userinfo.partition(":")
                self._user = _unquote(user)
                self._password = _unquote(password) if password else None
            host, port = authority, None
            if authority.startswith("["):
                end = authority.find("]")
                host, tail = authority[:end + 1], authority[end + 1:]
                port = tail[1:] if tail.startswith(":") else None
            elif ":" in authority:
                host, port = authority.rsplit(":", 1)
            if port:
                if not port.isdigit() or int(port) > 65535:
                    raise ValueError(f"Port number {port!r} is invalid" if port.isdigit()
                                     else f"Invalid URL: port can't be converted to integer")
                self._port = int(port)
            self._host = host.lower() if host else None
            if self._scheme and not rest:
                rest = ""
        self._path = rest if encoded else _quote(rest, _PATH_SAFE)

    # -- parts --------------------------------------------------------------

    @property
    def scheme(self):
        return self._scheme

    @property
    def user(self):
        return self._user

    @property
    def password(self):
        return self._password

    @property
    def host(self):
        return self._host

    @property
    def raw_host(self):
        return self._host

    @property
    def port(self):
        if self._port is not None:
            return self._port
        return _DEFAULT_PORTS.get(self._scheme)

    @property
    def explicit_port(self):
        return self._port

    @property
    def raw_path(self):
        if self._host is not None and not self._path:
            return "/"
        return self._path

    @property
    def path(self):
        return _unquote(self.raw_path)

    @property
    def raw_query_string(self):
        return self._query

    @property
    def query_string(self):
        return _unquote(self._query, plus=True)

    @property
    def query(self):
        from ._multidict import CIMultiDict
        out = CIMultiDict()
        for part in self._query.split("&"):
            if not part:
                continue
            key, _, value = part.partition("=")
            out.add(_unquote(key, plus=True), _unquote(value, plus=True))
        return out

    @property
    def raw_fragment(self):
        return self._fragment

    @property
    def fragment(self):
        return _unquote(self._fragment)

    @property
    def raw_path_qs(self):
        return self.raw_path + ("?" + self._query if self._query else "")

    @property
    def path_qs(self):
        return self.path + ("?" + self.query_string if self._query else "")

    @property
    def name(self):
        return self.path.rsplit("/", 1)[-1]

    def is_absolute(self):
        return self._host is not None

    def is_default_port(self):
        return self._port is None or self._port == _DEFAULT_PORTS.get(self._scheme)

    # -- new URLs -----------------------------------------------------------

    def _copy(self, **changes):
        new = URL(self)
        for key, value in changes.items():
            setattr(new, "_" + key, value)
        return new

    def origin(self):
        return self._copy(path="", query="", fragment="", user=None, password=None)

    def with_query(self, *args, **kwargs):
        params = args[0] if args else kwargs
        if params is None:
            return self._copy(query="")
        return self._copy(query=_encode_query(params))

    def update_query(self, *args, **kwargs):
        params = args[0] if args else kwargs
        if not params:
            return URL(self)
        extra = _encode_query(params)
        if not self._query:
            return self._copy(query=extra)
        # Keys given again replace the old ones (yarl's rule for a mapping).
        if not isinstance(params, str):
            given = set()
            pairs = params.items() if hasattr(params, "items") else params
            for key, _ in pairs:
                given.add(_quote(str(key), _QUERY_SAFE, plus=True))
            kept = [p for p in self._query.split("&") if p.partition("=")[0] not in given]
            return self._copy(query="&".join(kept + [extra]) if kept else extra)
        return self._copy(query=self._query + "&" + extra)

    def with_path(self, path):
        return self._copy(path=_quote(path, _PATH_SAFE), query="", fragment="")

    def with_fragment(self, fragment):
        return self._copy(fragment=_quote(fragment or "", _QUERY_SAFE + "%"))

    def __truediv__(self, name):
        base = self.raw_path
        if not base.endswith("/"):
            base += "/"
        return self._copy(path=base + _quote(str(name), _PATH_SAFE), query="", fragment="")

    def join(self, url):
        if not isinstance(url, URL):
            raise TypeError("url should be URL")
        if url._scheme or url._host is not None:
            return URL(url) if url._scheme else url._copy(scheme=self._scheme)
        if not url._path:
            return self._copy(query=url._query or self._query, fragment=url._fragment)
        if url._path.startswith("/"):
            path = url._path
        else:
            base = self.raw_path
            path = base[:base.rfind("/") + 1] + url._path
        segments = []
        for seg in path.split("/"):
            if seg == "..":
                if len(segments) > 1:
                    segments.pop()
            elif seg != ".":
                segments.append(seg)
        if path.endswith(("/.", "/..")):
            segments.append("")
        return self._copy(path="/".join(segments), query=url._query, fragment=url._fragment)

    # -- text ---------------------------------------------------------------

    def _text(self, human):
        out = ""
        if self._scheme:
            out += self._scheme + ":"
        if self._host is not None:
            out += "//"
            if self._user is not None:
                out += (self._user if human else _quote(self._user, _UNRESERVED))
                if self._password is not None:
                    out += ":" + (self._password if human else _quote(self._password, _UNRESERVED))
                out += "@"
            out += self._host
            if self._port is not None and not self.is_default_port():
                out += f":{self._port}"
        out += _unquote(self._path) if human else self._path
        if self._query:
            out += "?" + (self.query_string if human else self._query)
        if self._fragment:
            out += "#" + (self.fragment if human else self._fragment)
        return out

    def human_repr(self):
        return self._text(True)

    def __str__(self):
        return self._text(False)

    def __repr__(self):
        return f"URL({str(self)!r})"

    def __eq__(self, other):
        if not isinstance(other, URL):
            return NotImplemented
        return str(self) == str(other) and self.raw_path == other.raw_path

    def __hash__(self):
        return hash(str(self))

    def __bool__(self):
        return bool(str(self))
