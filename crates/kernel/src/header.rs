//! The network's keys in the scenario header (`# loopscope: net-latency-ms=80 net-loss=0.01`),
//! read into a [`NetConfig`] (tests/conformance/NETWORK_MODEL.md, "Header syntax"). The
//! header reader (the protocol crate) finds the `key=value` pairs, unquotes values and
//! rejects a key given twice; it hands each `net-*` key here, so the rules for the network's
//! values live with the network.

use std::fmt;

use crate::config::{Delay, NetConfig, ServiceDecl, ServiceKind, UnknownHosts};
use crate::time::Nanos;

/// The keys this module reads, without a `@host` part.
pub const KEYS: &[&str] = &[
    "net-latency-ms",
    "net-bandwidth",
    "net-jitter-ms",
    "net-loss",
    "net-seed",
    "net-mss",
    "net-unknown-hosts",
    "net-service",
    "net-http-delay-ms",
    "net-http-status",
    "net-http-body",
    "net-http-json",
    "net-http-content-type",
    "net-kv-delay-ms",
];

/// The keys that take a `@host` part.
const PER_HOST: &[&str] = &[
    "net-latency-ms",
    "net-bandwidth",
    "net-jitter-ms",
    "net-loss",
    "net-http-delay-ms",
    "net-http-status",
    "net-http-body",
    "net-http-json",
    "net-http-content-type",
    "net-kv-delay-ms",
];

/// The HTTP keys, whose `@` part may also be `host/path` or `/path`.
const HTTP_KEYS: &[&str] = &[
    "net-http-delay-ms",
    "net-http-status",
    "net-http-body",
    "net-http-json",
    "net-http-content-type",
];

/// A `net-*` setting that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetSettingError {
    /// Not one of [`KEYS`] (or `@host` on a key that takes none).
    UnknownKey(String),
    /// The value does not parse: the key and what it must be.
    BadValue { key: String, expects: &'static str },
}

impl fmt::Display for NetSettingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NetSettingError::UnknownKey(key) => {
                write!(
                    f,
                    "unknown setting `{key}` in the `# loopscope:` header (network keys: {})",
                    KEYS.join(", ")
                )
            }
            NetSettingError::BadValue { key, expects } => write!(f, "`{key}` needs {expects}"),
        }
    }
}

impl std::error::Error for NetSettingError {}

/// Whether a header key is the network's (with or without `@host`).
pub fn is_net_key(key: &str) -> bool {
    key.starts_with("net-")
}

fn milliseconds(value: &str) -> Option<Nanos> {
    let ms: f64 = value.parse().ok()?;
    (0.0..=86_400_000.0).contains(&ms).then(|| (ms * 1e6).round() as Nanos)
}

/// `100`, `0.5` (milliseconds) or `50..150` (whole milliseconds, drawn per request).
fn delay(value: &str) -> Option<Delay> {
    match value.split_once("..") {
        Some((low, high)) => {
            let low: u64 = low.parse().ok()?;
            let high: u64 = high.parse().ok()?;
            (low <= high && high <= 86_400_000).then_some(Delay::UniformMs { low, high })
        }
        None => milliseconds(value).map(Delay::Fixed),
    }
}

/// A host name as a service's or a target's: letters, digits, `-` and `.`, lower-cased.
fn host_name(name: &str) -> Option<String> {
    let ok = !name.is_empty()
        && name.len() <= 253
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    ok.then(|| name.to_ascii_lowercase())
}

/// `echo@echo.local:7`, `http@api.example`, `kv@db.local:6379`.
fn service(value: &str) -> Option<ServiceDecl> {
    let (kind, at) = value.split_once('@')?;
    let kind = match kind {
        "echo" => ServiceKind::Echo,
        "http" => ServiceKind::Http,
        "kv" => ServiceKind::Kv,
        _ => return None,
    };
    let (host, port) = match at.split_once(':') {
        Some((host, port)) => (host, port.parse().ok().filter(|p| *p > 0)?),
        None => (at, kind.default_port()),
    };
    let host = host_name(host)?;
    // A service runs on a host of its own: not on the program's loopback or an address.
    let numeric = host.split('.').all(|part| part.chars().all(|c| c.is_ascii_digit()));
    if numeric || host == "localhost" {
        return None;
    }
    Some(ServiceDecl { kind, host, port })
}

/// An HTTP key's target: `host`, `host/path` or `/path`; the host part lower-cased.
fn http_target(target: &str) -> Option<String> {
    match target.find('/') {
        Some(0) => Some(target.to_string()),
        Some(i) => Some(format!("{}{}", host_name(&target[..i])?, &target[i..])),
        None => host_name(target),
    }
}

/// `1MB/s`, `512KiB/s`, `10Mbit/s`, `unlimited`: bytes per second (`None` is unlimited).
fn bandwidth(value: &str) -> Option<Option<u64>> {
    if value == "unlimited" {
        return Some(None);
    }
    const UNITS: &[(&str, f64)] = &[
        ("GiB/s", 1_073_741_824.0),
        ("MiB/s", 1_048_576.0),
        ("KiB/s", 1024.0),
        ("Gbit/s", 125_000_000.0),
        ("Mbit/s", 125_000.0),
        ("kbit/s", 125.0),
        ("GB/s", 1e9),
        ("MB/s", 1e6),
        ("KB/s", 1e3),
        ("kB/s", 1e3),
        ("B/s", 1.0),
    ];
    let (number, scale) =
        UNITS.iter().find_map(|(unit, scale)| value.strip_suffix(unit).map(|n| (n, *scale)))?;
    let n: f64 = number.parse().ok()?;
    let rate = (n * scale).round();
    (1.0..=1e15).contains(&rate).then_some(Some(rate as u64))
}

/// What starts a header line (the protocol crate's `header::PREFIX`).
const PREFIX: &str = "# loopscope:";

/// The words of a header line after its prefix: split at spaces, except inside a double-quoted
/// value (`net-http-body="<h1>hi there</h1>"`), which is unquoted (`\"`, `\\`, `\n`). The
/// protocol crate's header reader splits lines the same way.
pub fn header_words(rest: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut chars = rest.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek().is_none() {
            return Ok(words);
        }
        let mut word = String::new();
        while let Some(c) = chars.next() {
            match c {
                c if c.is_whitespace() => break,
                '"' => loop {
                    match chars.next() {
                        None => return Err(format!("`{word}\"...` has no closing quote")),
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some('n') => word.push('\n'),
                            Some(other) => word.push(other),
                            None => return Err(format!("`{word}\\` ends the line")),
                        },
                        Some(other) => word.push(other),
                    }
                },
                other => word.push(other),
            }
        }
        words.push(word);
    }
}

/// The network a program's header asks for: every `net-*` key of the `# loopscope:` lines in
/// its leading comment block, in order. An error names its 1-based line. A key given twice
/// is an error, except `net-service`, whose lists add up.
pub fn from_source(source: &str) -> Result<NetConfig, (u32, String)> {
    let mut config = NetConfig::default();
    let mut seen = std::collections::BTreeSet::new();
    let block = source.lines().enumerate().take_while(|(_, l)| {
        let t = l.trim_start();
        t.is_empty() || t.starts_with('#')
    });
    for (index, line) in block {
        let Some(rest) = line.trim_start().strip_prefix(PREFIX) else { continue };
        let line_no = u32::try_from(index + 1).unwrap_or(u32::MAX);
        for word in header_words(rest).map_err(|e| (line_no, e))? {
            let Some((key, value)) = word.split_once('=') else { continue };
            if !is_net_key(key) {
                continue;
            }
            if key != "net-service" && !seen.insert(key.to_string()) {
                return Err((line_no, format!("`{key}` is set twice")));
            }
            config.set(key, value).map_err(|e| (line_no, e.to_string()))?;
        }
    }
    Ok(config)
}

impl NetConfig {
    /// Sets one `net-*` key from the header (`key` may end in `@host`).
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), NetSettingError> {
        let (name, host) = match key.split_once('@') {
            Some((name, host)) if !host.is_empty() && PER_HOST.contains(&name) => {
                (name, Some(host.to_ascii_lowercase()))
            }
            Some(_) => return Err(NetSettingError::UnknownKey(key.to_string())),
            None => (key, None),
        };
        let bad = |expects| NetSettingError::BadValue { key: key.to_string(), expects };
        if HTTP_KEYS.contains(&name) || name == "net-service" || name == "net-kv-delay-ms" {
            return self.set_service_key(key, name, value);
        }
        let ms_expected = "a number of milliseconds, 0 or more: `80`, `0.5`";
        let over = host.map(|h| self.per_host.entry(h).or_default());
        match name {
            "net-latency-ms" => {
                let v = milliseconds(value).ok_or_else(|| bad(ms_expected))?;
                match over {
                    Some(o) => o.latency = Some(v),
                    None => self.link.latency = v,
                }
            }
            "net-jitter-ms" => {
                let v = milliseconds(value).ok_or_else(|| bad(ms_expected))?;
                match over {
                    Some(o) => o.jitter = Some(v),
                    None => self.link.jitter = v,
                }
            }
            "net-bandwidth" => {
                let v = bandwidth(value).ok_or_else(|| {
                    bad("a rate with its unit: `1MB/s`, `512KiB/s`, `10Mbit/s` (B/s, KB/s, MB/s, GB/s, KiB/s, MiB/s, GiB/s, kbit/s, Mbit/s, Gbit/s) or `unlimited`")
                })?;
                match over {
                    Some(o) => o.bandwidth = Some(v),
                    None => self.link.bandwidth = v,
                }
            }
            "net-loss" => {
                let v: f64 = value
                    .parse()
                    .ok()
                    .filter(|p: &f64| (0.0..=1.0).contains(p))
                    .ok_or_else(|| bad("a probability from 0 to 1: `0.01`"))?;
                match over {
                    Some(o) => o.loss = Some(v),
                    None => self.link.loss = v,
                }
            }
            "net-seed" => {
                self.seed =
                    value.replace('_', "").parse().map_err(|_| bad("a whole number, 0 or more"))?;
            }
            "net-mss" => {
                self.mss = value
                    .parse()
                    .ok()
                    .filter(|m| (1..=65_495).contains(m))
                    .ok_or_else(|| bad("a number of bytes from 1 to 65495"))?;
            }
            "net-unknown-hosts" => {
                self.unknown_hosts = match value {
                    "http" => UnknownHosts::Assign,
                    "nxdomain" => UnknownHosts::NxDomain,
                    _ => return Err(bad("`http` or `nxdomain`")),
                };
            }
            _ => return Err(NetSettingError::UnknownKey(key.to_string())),
        }
        Ok(())
    }

    /// The services' keys: `net-service` (accumulates: a list, or the key again), the HTTP
    /// responders' `net-http-*` (with `@host`, `@host/path` or `@/path`) and `net-kv-delay-ms`.
    fn set_service_key(
        &mut self,
        key: &str,
        name: &str,
        value: &str,
    ) -> Result<(), NetSettingError> {
        let bad = |expects| NetSettingError::BadValue { key: key.to_string(), expects };
        let target = key.split_once('@').map(|(_, t)| t);
        let services = &mut self.services;
        const DELAY: &str =
            "milliseconds: `100`, `0.5`, or a range of whole milliseconds drawn per request: `50..150`";
        match name {
            "net-service" => {
                for item in value.split(',') {
                    let decl = service(item).ok_or_else(|| {
                        bad("KIND@HOST or KIND@HOST:PORT, comma-separated: `echo@echo.local:7,http@api.example,kv@db.local` (kinds: echo, http, kv; HOST a name)")
                    })?;
                    if services.declared.iter().any(|d| d.host == decl.host && d.port == decl.port)
                    {
                        return Err(bad("one service per host and port"));
                    }
                    services.declared.push(decl);
                }
            }
            "net-kv-delay-ms" => {
                let d = delay(value).ok_or_else(|| bad(DELAY))?;
                match target {
                    Some(host) => {
                        let host = host_name(host).ok_or_else(|| bad("a host name after `@`"))?;
                        services.kv_delay_per_host.insert(host, d);
                    }
                    None => services.kv_delay = d,
                }
            }
            _ => {
                let over = match target {
                    Some(t) => {
                        let t = http_target(t)
                            .ok_or_else(|| bad("`@host`, `@host/path` or `@/path` as target"))?;
                        Some(services.http_overrides.entry(t).or_default())
                    }
                    None => None,
                };
                let defaults = &mut services.http;
                match name {
                    "net-http-delay-ms" => {
                        let d = delay(value).ok_or_else(|| bad(DELAY))?;
                        match over {
                            Some(o) => o.delay = Some(d),
                            None => defaults.delay = d,
                        }
                    }
                    "net-http-status" => {
                        let status = value
                            .parse()
                            .ok()
                            .filter(|s| (100..=599).contains(s))
                            .ok_or_else(|| bad("an HTTP status from 100 to 599: `404`"))?;
                        match over {
                            Some(o) => o.status = Some(status),
                            None => defaults.status = status,
                        }
                    }
                    "net-http-body" | "net-http-json" => {
                        let json = name == "net-http-json";
                        let content_type = json.then(|| defaults.json_content_type.clone());
                        match over {
                            Some(o) => {
                                o.body = Some(value.to_string());
                                if content_type.is_some() {
                                    o.content_type = content_type;
                                }
                            }
                            None => {
                                defaults.body = Some(value.to_string());
                                if let Some(ct) = content_type {
                                    defaults.content_type = ct;
                                }
                            }
                        }
                    }
                    "net-http-content-type" => {
                        if value.is_empty() || value.chars().any(|c| c.is_control()) {
                            return Err(bad("a media type: `application/json`"));
                        }
                        match over {
                            Some(o) => o.content_type = Some(value.to_string()),
                            None => defaults.content_type = value.to_string(),
                        }
                    }
                    _ => return Err(NetSettingError::UnknownKey(key.to_string())),
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::LinkModel;

    fn config(pairs: &[(&str, &str)]) -> Result<NetConfig, NetSettingError> {
        let mut c = NetConfig::default();
        for (k, v) in pairs {
            c.set(k, v)?;
        }
        Ok(c)
    }

    #[test]
    fn one_line_makes_a_slow_client_or_a_lossy_link() {
        let c = config(&[
            ("net-latency-ms", "80"),
            ("net-bandwidth", "1MB/s"),
            ("net-jitter-ms", "0.5"),
        ])
        .unwrap();
        assert_eq!(
            c.link,
            LinkModel {
                latency: 80_000_000,
                bandwidth: Some(1_000_000),
                jitter: 500_000,
                loss: 0.0
            }
        );
        let c = config(&[("net-loss", "0.01"), ("net-seed", "1_000"), ("net-mss", "536")]).unwrap();
        assert_eq!((c.link.loss, c.seed, c.mss), (0.01, 1000, 536));
        let c = config(&[("net-unknown-hosts", "nxdomain")]).unwrap();
        assert_eq!(c.unknown_hosts, UnknownHosts::NxDomain);
    }

    #[test]
    fn bandwidth_units_are_decimal_binary_or_bits() {
        let rate = |v| bandwidth(v).flatten();
        assert_eq!(rate("1MB/s"), Some(1_000_000));
        assert_eq!(rate("1.5KB/s"), Some(1500));
        assert_eq!(rate("2KiB/s"), Some(2048));
        assert_eq!(rate("10Mbit/s"), Some(1_250_000));
        assert_eq!(rate("100kbit/s"), Some(12_500));
        assert_eq!(rate("1GB/s"), Some(1_000_000_000));
        assert_eq!(rate("64B/s"), Some(64));
        assert_eq!(bandwidth("unlimited"), Some(None));
        assert_eq!(bandwidth("1MB"), None);
        assert_eq!(bandwidth("0MB/s"), None);
        assert_eq!(bandwidth("-1MB/s"), None);
        assert_eq!(bandwidth("fastMB/s"), None);
    }

    #[test]
    fn a_host_override_keeps_what_it_does_not_set_from_the_default_in_any_order() {
        let c = config(&[
            ("net-latency-ms@API.example", "150"),
            ("net-loss", "0.1"),
            ("net-latency-ms", "20"),
        ])
        .unwrap();
        let api = c.link_between("192.0.2.1", "api.example");
        assert_eq!((api.latency, api.loss), (150_000_000, 0.1));
        assert_eq!(c.link_between("127.0.0.1", "127.0.0.1").latency, 20_000_000);
        let c = config(&[("net-bandwidth", "1MB/s"), ("net-bandwidth@127.0.0.1", "unlimited")])
            .unwrap();
        assert_eq!(c.link_between("127.0.0.1", "127.0.0.1").bandwidth, None);
        assert_eq!(c.link_between("192.0.2.1", "x.example").bandwidth, Some(1_000_000));
    }

    #[test]
    fn services_and_their_answers_are_set_per_host_and_path() {
        let c = config(&[
            ("net-service", "echo@Echo.local:7,kv@db.local"),
            ("net-service", "http@api.example:8080"),
            ("net-http-delay-ms", "10..20"),
            ("net-http-status@API.example/Missing", "404"),
            ("net-http-json@/users", "[1]"),
            ("net-http-body@api.example", "hi"),
            ("net-http-content-type@api.example", "text/plain"),
            ("net-kv-delay-ms@db.local", "2.5"),
        ])
        .unwrap();
        let s = &c.services;
        let kinds: Vec<_> = s.declared.iter().map(|d| (d.kind, d.host.as_str(), d.port)).collect();
        assert_eq!(
            kinds,
            [
                (ServiceKind::Echo, "echo.local", 7),
                (ServiceKind::Kv, "db.local", 6379),
                (ServiceKind::Http, "api.example", 8080)
            ]
        );
        assert_eq!(s.http.delay, Delay::UniformMs { low: 10, high: 20 });
        let missing = s.http_response("api.example", "/Missing");
        assert_eq!((missing.status, missing.body.as_deref()), (404, Some("hi")));
        assert_eq!(missing.content_type, "text/plain");
        let users = s.http_response("other.example", "/users");
        assert_eq!((users.status, users.body.as_deref()), (200, Some("[1]")));
        assert_eq!(users.content_type, "application/json; charset=utf-8");
        assert_eq!(s.http_response("x", "/").body, None);
        assert_eq!(s.kv_delay("db.local"), Delay::Fixed(2_500_000));
        assert_eq!(s.kv_delay("other"), Delay::Fixed(10_000_000));
        for (key, value) in [
            ("net-service", "ftp@x.example"),
            ("net-service", "echo@127.0.0.1"),
            ("net-service", "echo@localhost"),
            ("net-service", "echo@x:0"),
            ("net-service", "echo"),
            ("net-http-status", "600"),
            ("net-http-delay-ms", "20..10"),
            ("net-http-delay-ms@bad host", "1"),
        ] {
            assert!(config(&[(key, value)]).is_err(), "{key}={value}");
        }
        assert!(config(&[("net-service", "echo@a.b"), ("net-service", "kv@a.b:7")]).is_err());
        assert_eq!(Delay::UniformMs { low: 50, high: 150 }.sample(|| 0.9999), 150_000_000);
        assert_eq!(Delay::UniformMs { low: 50, high: 150 }.sample(|| 0.0), 50_000_000);
    }

    #[test]
    fn a_program_s_header_lines_give_its_network() {
        let source = "# A lesson.\n# loopscope: max-seconds=5 net-latency-ms=80\n\
                      # loopscope: net-http-body=\"<h1>hi there</h1>\" net-service=echo@e.x\n\
                      # loopscope: net-service=kv@k.x\nimport asyncio\n# loopscope: net-loss=1\n";
        let c = from_source(source).unwrap();
        assert_eq!(c.link.latency, 80_000_000);
        assert_eq!(c.services.http.body.as_deref(), Some("<h1>hi there</h1>"));
        assert_eq!(c.services.declared.len(), 2);
        assert_eq!(c.link.loss, 0.0); // after the first line of code: not the header
        assert_eq!(
            from_source("# loopscope: net-loss=0.1\n# loopscope: net-loss=0.2\n").unwrap_err(),
            (2, "`net-loss` is set twice".into())
        );
        assert_eq!(from_source("# loopscope: net-loss=2\n").unwrap_err().0, 1);
        assert_eq!(
            header_words(r#"a=1  b="x \"y\" \\z\n"c"#).unwrap(),
            ["a=1", "b=x \"y\" \\z\nc"]
        );
        assert!(header_words("a=\"open").is_err());
    }

    #[test]
    fn bad_keys_and_values_say_what_is_expected() {
        let err = config(&[("net-latncy-ms", "80")]).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("unknown setting `net-latncy-ms` in the `# loopscope:` header"));
        assert_eq!(
            config(&[("net-seed@h", "1")]).err(),
            Some(NetSettingError::UnknownKey("net-seed@h".into()))
        );
        assert_eq!(
            config(&[("net-loss@", "1")]).err(),
            Some(NetSettingError::UnknownKey("net-loss@".into()))
        );
        let err = config(&[("net-loss", "1.5")]).unwrap_err();
        assert_eq!(err.to_string(), "`net-loss` needs a probability from 0 to 1: `0.01`");
        assert!(config(&[("net-latency-ms", "-3")]).is_err());
        assert!(config(&[("net-latency-ms", "nan")]).is_err());
        assert!(config(&[("net-mss", "0")]).is_err());
        assert!(config(&[("net-unknown-hosts", "maybe")]).is_err());
        assert!(is_net_key("net-loss@api.example") && !is_net_key("max-seconds"));
    }
}
