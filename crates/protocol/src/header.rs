//! The settings header: a program carries its own run settings in one comment,
//!
//! ```python
//! # loopscope: instr-cost-ns=7 max-seconds=60
//! ```
//!
//! so a scenario, a share link or an embed runs the same way everywhere: the page, the worker
//! and the CLI all read it here. Only the program's leading comment block counts (the lines
//! before the first line of code); each `# loopscope:` line there holds `key=value` pairs
//! separated by spaces. The keys are the CLI's option names. A key that is not known, a value
//! that does not parse or a key given twice is an error naming its line, never ignored: a typo
//! must not silently run the program with other settings.

use crate::settings::Settings;

/// What starts a header line.
pub const PREFIX: &str = "# loopscope:";

/// One setting a header can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Virtual nanoseconds per executed instruction (`Settings::instr_cost_ns`).
    InstrCostNs,
    /// `Settings::max_instructions`.
    MaxInstructions,
    /// `Settings::max_virtual_seconds`.
    MaxSeconds,
    /// `Settings::max_callbacks`.
    MaxCallbacks,
    /// `Settings::python_asyncio`: `true` runs asyncio's `sleep`, `gather` and `wait_for` as
    /// the Python-source library code instead of their native accelerators.
    PythonAsyncio,
    /// `Settings::virtual_cores`: the cores simulated processes run on (issue 14).
    VirtualCores,
}

impl Key {
    pub const ALL: [Key; 6] = [
        Key::InstrCostNs,
        Key::MaxInstructions,
        Key::MaxSeconds,
        Key::MaxCallbacks,
        Key::PythonAsyncio,
        Key::VirtualCores,
    ];

    /// The key as written in the header (and as the CLI's option, after `--`).
    pub fn name(self) -> &'static str {
        match self {
            Key::InstrCostNs => "instr-cost-ns",
            Key::MaxInstructions => "max-instructions",
            Key::MaxSeconds => "max-seconds",
            Key::MaxCallbacks => "max-callbacks",
            Key::PythonAsyncio => "python-asyncio",
            Key::VirtualCores => "virtual-cores",
        }
    }

    fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.name() == name)
    }

    /// What a value must be, for the error message.
    fn expects(self) -> &'static str {
        match self {
            Key::InstrCostNs => "a number of nanoseconds, 0 or more",
            Key::MaxInstructions | Key::MaxCallbacks => "a whole number, 1 or more",
            Key::MaxSeconds => "a number of seconds, more than 0",
            Key::PythonAsyncio => "true or false",
            Key::VirtualCores => "a whole number of cores, 1 to 1024",
        }
    }
}

/// The settings a header sets; `None` leaves the page's (or the CLI's) value.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct HeaderSettings {
    pub instr_cost_ns: Option<f64>,
    pub max_instructions: Option<u64>,
    pub max_virtual_seconds: Option<f64>,
    pub max_callbacks: Option<u64>,
    pub python_asyncio: Option<bool>,
    pub virtual_cores: Option<u32>,
}

impl HeaderSettings {
    /// `settings` with what the header sets.
    pub fn apply(&self, settings: &Settings) -> Settings {
        Settings {
            instr_cost_ns: self.instr_cost_ns.unwrap_or(settings.instr_cost_ns),
            max_instructions: self.max_instructions.unwrap_or(settings.max_instructions),
            max_virtual_seconds: self.max_virtual_seconds.unwrap_or(settings.max_virtual_seconds),
            max_callbacks: self.max_callbacks.unwrap_or(settings.max_callbacks),
            python_asyncio: self.python_asyncio.unwrap_or(settings.python_asyncio),
            virtual_cores: self.virtual_cores.unwrap_or(settings.virtual_cores),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == HeaderSettings::default()
    }

    /// Whether the header sets `key`.
    pub fn sets(&self, key: Key) -> bool {
        match key {
            Key::InstrCostNs => self.instr_cost_ns.is_some(),
            Key::MaxInstructions => self.max_instructions.is_some(),
            Key::MaxSeconds => self.max_virtual_seconds.is_some(),
            Key::MaxCallbacks => self.max_callbacks.is_some(),
            Key::PythonAsyncio => self.python_asyncio.is_some(),
            Key::VirtualCores => self.virtual_cores.is_some(),
        }
    }
}

/// A header that cannot be read: the 1-based line and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    pub line: u32,
    pub message: String,
}

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for HeaderError {}

/// The lines of the leading comment block (0-based index, text): comments and blank lines
/// before the first line of code.
fn leading_block(source: &str) -> impl Iterator<Item = (usize, &str)> {
    source.lines().enumerate().take_while(|(_, l)| {
        let t = l.trim_start();
        t.is_empty() || t.starts_with('#')
    })
}

/// The settings the program's header sets (all `None` without a header).
pub fn parse(source: &str) -> Result<HeaderSettings, HeaderError> {
    let mut out = HeaderSettings::default();
    let mut net_keys: Vec<String> = Vec::new();
    for (index, line) in leading_block(source) {
        let Some(rest) = line.trim_start().strip_prefix(PREFIX) else { continue };
        let line_no = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let error = |message: String| HeaderError { line: line_no, message };
        // Split as the network's reader splits (a quoted value may hold spaces).
        let words = loopscope_kernel::header::header_words(rest).map_err(error)?;
        for pair in &words {
            let pair = pair.as_str();
            let Some((name, value)) = pair.split_once('=') else {
                return Err(error(match Key::from_name(pair) {
                    Some(key) => format!("`{pair}` needs a value: `{pair}=N`, N {}", key.expects()),
                    None => unknown(pair),
                }));
            };
            // The network's keys (issue 13): checked here by the network's rules, read by the
            // engine when it makes the network (`engine::stdlib::net`).
            if loopscope_kernel::header::is_net_key(name) {
                // `net-service`'s lists add up (`kernel::header::from_source`).
                if name != "net-service" && net_keys.iter().any(|k| k == name) {
                    return Err(error(format!("`{name}` is set twice")));
                }
                net_keys.push(name.to_string());
                let mut check = loopscope_kernel::NetConfig::default();
                check.set(name, value).map_err(|e| error(e.to_string()))?;
                continue;
            }
            let key = Key::from_name(name).ok_or_else(|| error(unknown(name)))?;
            if out.sets(key) {
                return Err(error(format!("`{name}` is set twice")));
            }
            let bad = || error(format!("`{pair}`: expected {}", key.expects()));
            match key {
                Key::InstrCostNs => {
                    out.instr_cost_ns =
                        Some(number(value).filter(|x| *x >= 0.0 && *x <= 1e9).ok_or_else(bad)?)
                }
                Key::MaxSeconds => {
                    out.max_virtual_seconds =
                        Some(number(value).filter(|x| *x > 0.0).ok_or_else(bad)?)
                }
                Key::MaxInstructions => out.max_instructions = Some(count(value).ok_or_else(bad)?),
                Key::MaxCallbacks => out.max_callbacks = Some(count(value).ok_or_else(bad)?),
                Key::PythonAsyncio => out.python_asyncio = Some(flag(value).ok_or_else(bad)?),
                Key::VirtualCores => {
                    out.virtual_cores = Some(
                        count(value)
                            .filter(|n| *n <= 1024)
                            .and_then(|n| u32::try_from(n).ok())
                            .ok_or_else(bad)?,
                    )
                }
            }
        }
    }
    Ok(out)
}

fn unknown(name: &str) -> String {
    let known: Vec<&str> = Key::ALL.iter().map(|k| k.name()).collect();
    format!("unknown setting `{name}` in the `{PREFIX}` header (known: {})", known.join(", "))
}

/// A finite number; `_` may group digits, as in Python (`50_000_000`).
fn number(text: &str) -> Option<f64> {
    text.replace('_', "").parse::<f64>().ok().filter(|x| x.is_finite())
}

fn flag(text: &str) -> Option<bool> {
    match text {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

fn count(text: &str) -> Option<u64> {
    text.replace('_', "").parse::<u64>().ok().filter(|n| *n >= 1)
}

/// The settings a run of `source` gets: `base` (the page's, a link's or the CLI's defaults)
/// with what the program's header sets.
pub fn effective(source: &str, base: &Settings) -> Result<Settings, HeaderError> {
    Ok(parse(source)?.apply(base))
}

/// The header line for `settings`: the keys whose values differ from the defaults, or `None`
/// when none does.
pub fn line_for(settings: &Settings) -> Option<String> {
    let d = Settings::default();
    let mut pairs = Vec::new();
    if settings.instr_cost_ns != d.instr_cost_ns {
        pairs.push(format!("{}={}", Key::InstrCostNs.name(), settings.instr_cost_ns));
    }
    if settings.max_instructions != d.max_instructions {
        pairs.push(format!("{}={}", Key::MaxInstructions.name(), settings.max_instructions));
    }
    if settings.max_virtual_seconds != d.max_virtual_seconds {
        pairs.push(format!("{}={}", Key::MaxSeconds.name(), settings.max_virtual_seconds));
    }
    if settings.max_callbacks != d.max_callbacks {
        pairs.push(format!("{}={}", Key::MaxCallbacks.name(), settings.max_callbacks));
    }
    if settings.python_asyncio != d.python_asyncio {
        pairs.push(format!("{}={}", Key::PythonAsyncio.name(), settings.python_asyncio));
    }
    if settings.virtual_cores != d.virtual_cores {
        pairs.push(format!("{}={}", Key::VirtualCores.name(), settings.virtual_cores));
    }
    (!pairs.is_empty()).then(|| format!("{PREFIX} {}", pairs.join(" ")))
}

/// `source` with its header saying `settings` (what differs from the defaults): the first
/// header line is replaced and any others removed; without one, the line goes after the
/// program's opening comment lines (or first, when it has none); with nothing to say, the
/// header is removed.
pub fn write(source: &str, settings: &Settings) -> String {
    let header_lines: Vec<usize> = leading_block(source)
        .filter(|(_, l)| l.trim_start().starts_with(PREFIX))
        .map(|(i, _)| i)
        .collect();
    // The network's words are the program's own (the dialog does not edit them): they stay,
    // as written, after the settings.
    let net_words: Vec<&str> = leading_block(source)
        .filter_map(|(_, l)| l.trim_start().strip_prefix(PREFIX))
        .flat_map(raw_words)
        .filter(|w| w.split_once('=').is_some_and(|(k, _)| loopscope_kernel::header::is_net_key(k)))
        .collect();
    let new_line = match (line_for(settings), net_words.is_empty()) {
        (line, true) => line,
        (Some(line), false) => Some(format!("{line} {}", net_words.join(" "))),
        (None, false) => Some(format!("{PREFIX} {}", net_words.join(" "))),
    };
    let mut lines: Vec<&str> = source.split_inclusive('\n').collect();
    let with_newline = new_line.as_ref().map(|l| format!("{l}\n"));
    match (header_lines.first(), &with_newline) {
        (Some(&first), _) => {
            let mut out = String::with_capacity(source.len() + 40);
            for (i, line) in lines.iter().enumerate() {
                if i == first {
                    if let Some(l) = &with_newline {
                        out.push_str(l);
                    }
                } else if !header_lines.contains(&i) {
                    out.push_str(line);
                }
            }
            out
        }
        (None, None) => source.to_string(),
        (None, Some(l)) => {
            let at = lines.iter().take_while(|line| line.starts_with('#')).count();
            lines.insert(at, l);
            lines.concat()
        }
    }
}

/// A header line's words as written, quotes and escapes kept: split at spaces outside a
/// double-quoted value (`kernel::header::header_words` reads the same words unquoted).
fn raw_words(rest: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = None;
    let (mut quoted, mut escaped) = (false, false);
    for (i, c) in rest.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if let Some(s) = start.take() {
                    words.push(&rest[s..i]);
                }
                continue;
            }
            _ => {}
        }
        start.get_or_insert(i);
    }
    if let Some(s) = start {
        words.push(&rest[s..]);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_keys_are_checked_by_the_networks_rules() {
        let ok = "# loopscope: net-latency-ms=80 net-bandwidth=1MB/s\n# loopscope: net-loss=0.01\n";
        assert!(parse(ok).is_ok_and(|h| h.is_empty()));
        let bad = parse("# x\n# loopscope: net-bandwidth=fast\n").err();
        assert_eq!(bad.as_ref().map(|e| e.line), Some(2));
        assert!(bad.is_some_and(|e| e.message.contains("`net-bandwidth` needs a rate")));
        let twice = parse("# loopscope: net-loss=0.1\n# loopscope: net-loss=0.2\n").err();
        assert_eq!(twice.map(|e| e.message), Some("`net-loss` is set twice".to_string()));
        assert!(parse("# loopscope: net-nonsense=1\n").is_err());
    }

    #[test]
    fn a_header_sets_what_it_names_and_nothing_else() {
        let source = "# A lesson.\n# loopscope: instr-cost-ns=7 max-seconds=60\nimport asyncio\n";
        let h = parse(source).expect("valid header");
        assert_eq!(
            h,
            HeaderSettings {
                instr_cost_ns: Some(7.0),
                max_virtual_seconds: Some(60.0),
                ..HeaderSettings::default()
            }
        );
        let s = effective(source, &Settings::default()).expect("valid");
        assert_eq!(s.instr_cost_ns, 7.0);
        assert_eq!(s.max_virtual_seconds, 60.0);
        assert_eq!(s.max_callbacks, Settings::default().max_callbacks);
    }

    #[test]
    fn only_the_leading_comment_block_counts() {
        let source = "import asyncio\n# loopscope: instr-cost-ns=7\n";
        assert!(parse(source).expect("no header").is_empty());
        let source = "#!/usr/bin/env python3\n\n# loopscope: max-callbacks=1_000\n\nx = 1\n";
        assert_eq!(parse(source).expect("valid").max_callbacks, Some(1000));
    }

    #[test]
    fn python_asyncio_is_true_or_false_and_round_trips() {
        let h = parse("# loopscope: python-asyncio=true\nx = 1\n").expect("valid");
        assert_eq!(h.python_asyncio, Some(true));
        let s = h.apply(&Settings::default());
        assert!(s.python_asyncio);
        assert_eq!(line_for(&s).as_deref(), Some("# loopscope: python-asyncio=true"));
        let err = parse("# loopscope: python-asyncio=yes\n").expect_err("not a flag");
        assert_eq!(err.message, "`python-asyncio=yes`: expected true or false");
    }

    #[test]
    fn virtual_cores_are_a_whole_number_from_1() {
        let h = parse("# loopscope: virtual-cores=4\n").expect("valid");
        assert_eq!(h.virtual_cores, Some(4));
        assert_eq!(h.apply(&Settings::default()).virtual_cores, 4);
        assert!(parse("# loopscope: virtual-cores=0\n").is_err());
        assert!(parse("# loopscope: virtual-cores=2.5\n").is_err());
        let four = Settings { virtual_cores: 4, ..Settings::default() };
        assert_eq!(line_for(&four).as_deref(), Some("# loopscope: virtual-cores=4"));
    }

    #[test]
    fn mistakes_are_errors_that_name_their_line() {
        let err = parse("# x\n# loopscope: instr-cost=7\n").expect_err("unknown key");
        assert_eq!(err.line, 2);
        assert_eq!(
            err.message,
            "unknown setting `instr-cost` in the `# loopscope:` header (known: instr-cost-ns, \
             max-instructions, max-seconds, max-callbacks, python-asyncio, virtual-cores)"
        );
        let err = parse("# loopscope: max-seconds=0\n").expect_err("zero seconds");
        assert_eq!(
            err.to_string(),
            "line 1: `max-seconds=0`: expected a number of seconds, more than 0"
        );
        let err = parse("# loopscope: instr-cost-ns\n").expect_err("no value");
        assert_eq!(err.message, "`instr-cost-ns` needs a value: `instr-cost-ns=N`, N a number of nanoseconds, 0 or more");
        let err = parse("# loopscope: max-callbacks=5 max-callbacks=6\n").expect_err("twice");
        assert_eq!(err.message, "`max-callbacks` is set twice");
        assert!(parse("# loopscope: instr-cost-ns=-1\n").is_err());
        assert!(parse("# loopscope: max-instructions=1.5\n").is_err());
        assert!(parse("# loopscope: instr-cost-ns=nan\n").is_err());
    }

    #[test]
    fn write_replaces_inserts_and_removes_the_header() {
        let cost = Settings { instr_cost_ns: 7.0, ..Settings::default() };
        // Inserted after the opening comment.
        assert_eq!(
            write("# About.\nimport asyncio\n", &cost),
            "# About.\n# loopscope: instr-cost-ns=7\nimport asyncio\n"
        );
        assert_eq!(
            write("import asyncio\n", &cost),
            "# loopscope: instr-cost-ns=7\nimport asyncio\n"
        );
        // Replaced in place, a second header line merged into it.
        let two = "# About.\n# loopscope: max-seconds=5\n# loopscope: max-callbacks=9\nx = 1\n";
        let both = Settings { max_virtual_seconds: 5.0, ..cost.clone() };
        let written = write(two, &both);
        assert_eq!(written, "# About.\n# loopscope: instr-cost-ns=7 max-seconds=5\nx = 1\n");
        assert_eq!(effective(&written, &Settings::default()), Ok(both));
        // Defaults need no header.
        assert_eq!(write(two, &Settings::default()), "# About.\nx = 1\n");
        assert_eq!(write("x = 1\n", &Settings::default()), "x = 1\n");
    }

    #[test]
    fn the_networks_words_survive_the_dialog() {
        let program = "# loopscope: max-seconds=5 net-latency-ms=80\n\
                       # loopscope: net-http-body=\"<p>hi there</p>\"\nx = 1\n";
        let cost = Settings { instr_cost_ns: 7.0, ..Settings::default() };
        assert_eq!(
            write(program, &cost),
            "# loopscope: instr-cost-ns=7 net-latency-ms=80 net-http-body=\"<p>hi there</p>\"\nx = 1\n"
        );
        assert_eq!(
            write(program, &Settings::default()),
            "# loopscope: net-latency-ms=80 net-http-body=\"<p>hi there</p>\"\nx = 1\n"
        );
    }

    #[test]
    fn quoted_values_and_repeated_services_are_read_as_the_network_reads_them() {
        assert!(parse("# loopscope: net-http-body=\"<p>hi there</p>\" max-seconds=5\n")
            .is_ok_and(|h| h.max_virtual_seconds == Some(5.0)));
        let services =
            "# loopscope: net-service=echo@echo.local:7\n# loopscope: net-service=http@web.local\n";
        assert!(parse(services).is_ok());
        assert_eq!(
            parse("# loopscope: net-http-body=\"open\n").map_err(|e| e.line),
            Err(1),
            "an unclosed quote is the line's error"
        );
        assert_eq!(raw_words(r#" a=1  b="x \" y" c"#), vec!["a=1", r#"b="x \" y""#, "c"]);
    }
}
