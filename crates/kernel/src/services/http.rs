//! The HTTP/1.1 responder: reads a request (request line, headers, a `Content-Length`
//! body), waits the configured delay, then answers with the configured status, content type
//! and body (by default 200 and a small generated page naming the host and the path).
//! Connections stay open between requests unless the request says `Connection: close` (or is
//! HTTP/1.0 without `keep-alive`); requests on one connection are answered in order.

use super::{Job, Step};
use crate::config::HttpResponseConfig;

/// One request, as far as the responder cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Request {
    pub method: String,
    /// The request target as sent (`/path?query`).
    pub target: String,
    /// HTTP/1.0 or HTTP/1.1 (the minor version).
    pub minor: u8,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first header of that name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The path without the query, what the configuration is keyed by.
    pub fn path(&self) -> &str {
        let end = self.target.find(['?', '#']).unwrap_or(self.target.len());
        &self.target[..end]
    }

    /// Whether the connection stays open after the answer.
    pub fn keep_alive(&self) -> bool {
        let tokens = self.header("connection").unwrap_or("").to_ascii_lowercase();
        let has = |t: &str| tokens.split(',').any(|x| x.trim() == t);
        if self.minor >= 1 {
            !has("close")
        } else {
            has("keep-alive")
        }
    }
}

/// What the bytes received so far hold.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Parsed {
    Incomplete,
    Request(Request),
    /// A request the responder cannot read: answered with this status, then closed.
    Bad(u16),
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Takes one complete request off the front of `inbox` (nothing is taken while incomplete).
pub(crate) fn parse(inbox: &mut Vec<u8>, max_head: usize) -> Parsed {
    // Blank lines before a request line are ignored (RFC 9112, 2.2).
    let lead = inbox.iter().take_while(|b| **b == b'\r' || **b == b'\n').count();
    inbox.drain(..lead);
    let Some((head_len, sep)) = [&b"\r\n\r\n"[..], b"\n\n"]
        .iter()
        .filter_map(|sep| find(inbox, sep).map(|i| (i, sep.len())))
        .min()
    else {
        return if inbox.len() > max_head { Parsed::Bad(431) } else { Parsed::Incomplete };
    };
    if head_len > max_head {
        return Parsed::Bad(431);
    }
    let Ok(head) = std::str::from_utf8(&inbox[..head_len]) else { return Parsed::Bad(400) };
    let mut lines = head.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let request_line = lines.next().unwrap_or("");
    let parts: Vec<&str> = request_line.split(' ').collect();
    let [method, target, version] = parts[..] else { return Parsed::Bad(400) };
    let minor = match version {
        "HTTP/1.1" => 1,
        "HTTP/1.0" => 0,
        v if v.starts_with("HTTP/") => return Parsed::Bad(505),
        _ => return Parsed::Bad(400),
    };
    if method.is_empty() || !method.chars().all(|c| c.is_ascii_alphabetic()) || target.is_empty() {
        return Parsed::Bad(400);
    }
    let mut headers = Vec::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else { return Parsed::Bad(400) };
        if name.is_empty() || name.contains([' ', '\t']) {
            return Parsed::Bad(400);
        }
        headers.push((name.to_string(), value.trim().to_string()));
    }
    let mut request = Request {
        method: method.to_string(),
        target: target.to_string(),
        minor,
        headers,
        body: Vec::new(),
    };
    if request.header("transfer-encoding").is_some() {
        return Parsed::Bad(501);
    }
    let lengths: Vec<&str> = request
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .map(|(_, v)| v.as_str())
        .collect();
    let length = match lengths.first() {
        None => 0,
        Some(first) => match first.parse::<usize>() {
            Ok(n) if lengths.iter().all(|l| l == first) => n,
            _ => return Parsed::Bad(400),
        },
    };
    let body_start = head_len + sep;
    if inbox.len() < body_start + length {
        return Parsed::Incomplete;
    }
    request.body = inbox[body_start..body_start + length].to_vec();
    inbox.drain(..body_start + length);
    Parsed::Request(request)
}

/// The reason phrase CPython's `http.HTTPStatus` gives a status.
pub(crate) fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Request Entity Too Large",
        414 => "Request-URI Too Long",
        415 => "Unsupported Media Type",
        418 => "I'm a Teapot",
        422 => "Unprocessable Entity",
        425 => "Too Early",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The page a service answers when the header sets no body: the host and the path for a
/// success, the status for anything else.
pub(crate) fn generated_page(status: u16, host: &str, target: &str) -> String {
    let (host, target) = (escape(host), escape(target));
    if (200..300).contains(&status) {
        format!(
            "<!DOCTYPE html>\n<html><head><title>{host}</title></head><body><h1>{host}</h1><p>{target}</p><p>A page from Loopscope's simulated network.</p></body></html>\n"
        )
    } else {
        let line = format!("{status} {}", reason(status));
        format!(
            "<!DOCTYPE html>\n<html><head><title>{line}</title></head><body><h1>{line}</h1><p>{target}</p></body></html>\n"
        )
    }
}

/// The bytes of a response: status line, headers, blank line, body.
pub(crate) fn response(
    status: u16,
    content_type: &str,
    body: &[u8],
    head_only: bool,
    close: bool,
) -> Vec<u8> {
    let no_body = head_only || status == 204 || status == 304 || status < 200;
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    if !no_body || head_only {
        out.push_str(&format!(
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    out.push_str("Server: loopscope-simulated\r\n");
    if close {
        out.push_str("Connection: close\r\n");
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    if !no_body {
        bytes.extend_from_slice(body);
    }
    bytes
}

/// What to send for `request` to the service on `host`: the response and whether the
/// connection closes after it.
pub(crate) fn answer(
    request: &Request,
    host: &str,
    config: &HttpResponseConfig,
) -> (Vec<u8>, bool) {
    let close = !request.keep_alive();
    let body = match &config.body {
        Some(b) => b.clone(),
        None => generated_page(config.status, host, &request.target),
    };
    let content_type = if config.body.is_none() && !(200..300).contains(&config.status) {
        "text/html; charset=utf-8"
    } else {
        &config.content_type
    };
    let head = request.method.eq_ignore_ascii_case("HEAD");
    (response(config.status, content_type, body.as_bytes(), head, close), close)
}

/// The step for a request the service cannot read: the error, then close.
pub(crate) fn bad_request(status: u16) -> Step {
    let body = generated_page(status, "", "");
    let bytes = response(status, "text/html; charset=utf-8", body.as_bytes(), false, true);
    Step::Reply { delay: 0, job: Job::Send { bytes, close: true } }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Delay;

    fn parsed(raw: &[u8]) -> (Parsed, Vec<u8>) {
        let mut inbox = raw.to_vec();
        let p = parse(&mut inbox, 1000);
        (p, inbox)
    }

    #[test]
    fn a_request_with_a_body_is_taken_whole_and_the_next_left() {
        let (p, rest) = parsed(
            b"POST /items?x=1 HTTP/1.1\r\nHost: api.example\r\nContent-Length: 4\r\n\r\nabcdGET /",
        );
        let Parsed::Request(r) = p else { panic!("{p:?}") };
        assert_eq!(
            (r.method.as_str(), r.target.as_str(), r.path()),
            ("POST", "/items?x=1", "/items")
        );
        assert_eq!(r.header("host"), Some("api.example"));
        assert_eq!(r.body, b"abcd");
        assert!(r.keep_alive());
        assert_eq!(rest, b"GET /");
        let (p, rest) = parsed(b"GET / HTTP/1.1\r\nContent-Length: 4\r\n\r\nab");
        assert_eq!((p, rest.len()), (Parsed::Incomplete, 39));
    }

    #[test]
    fn bad_requests_get_their_status() {
        assert_eq!(parsed(b"GET /\r\n\r\n").0, Parsed::Bad(400));
        assert_eq!(parsed(b"GET / HTTP/2.0\r\n\r\n").0, Parsed::Bad(505));
        assert_eq!(parsed(b"GET / HTTP/1.1\r\nbad header\r\n\r\n").0, Parsed::Bad(400));
        assert_eq!(
            parsed(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").0,
            Parsed::Bad(501)
        );
        assert_eq!(
            parsed(b"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n").0,
            Parsed::Bad(400)
        );
        assert_eq!(parsed(&[b'a'; 1001]).0, Parsed::Bad(431));
    }

    #[test]
    fn connection_close_and_http_1_0_close_after_the_answer() {
        let Parsed::Request(r) = parsed(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n").0 else {
            panic!()
        };
        let config = HttpResponseConfig {
            delay: Delay::Fixed(0),
            status: 404,
            body: None,
            content_type: "application/json".into(),
        };
        let (bytes, close) = answer(&r, "api.example", &config);
        assert!(close);
        let text = String::from_utf8(bytes).unwrap();
        assert!(text
            .starts_with("HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\n"));
        assert!(text.contains("Connection: close\r\n\r\n<!DOCTYPE html>"));
        let Parsed::Request(r) = parsed(b"HEAD / HTTP/1.0\r\n\r\n").0 else { panic!() };
        let config = HttpResponseConfig { status: 200, body: Some("{}".into()), ..config };
        let (bytes, close) = answer(&r, "h", &config);
        assert!(close);
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nServer: loopscope-simulated\r\nConnection: close\r\n\r\n"
        );
    }
}
