//! The slow key-value store: a line protocol (`SET k v` → `OK`, `GET k` → `VALUE v` or
//! `NOT_FOUND`, `DEL k` → `OK` or `NOT_FOUND`, `QUIT` closes), each operation answered
//! after the store's delay. An operation takes effect when its answer is sent, so two
//! connections see each other's writes in the order they complete. One store per service.

use std::collections::BTreeMap;

use super::{Job, Step};
use crate::time::Nanos;

/// One parsed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Op {
    Get(String),
    Set(String, String),
    Del(String),
    /// A line the store does not understand: the error it answers.
    Error(&'static str),
}

/// A key-value service's data.
#[derive(Debug, Default)]
pub(crate) struct Store {
    data: BTreeMap<String, String>,
}

impl Store {
    /// Runs an operation: the answer line, with its newline.
    pub(crate) fn apply(&mut self, op: Op) -> Vec<u8> {
        let answer = match op {
            Op::Get(k) => match self.data.get(&k) {
                Some(v) => format!("VALUE {v}"),
                None => "NOT_FOUND".into(),
            },
            Op::Set(k, v) => {
                self.data.insert(k, v);
                "OK".into()
            }
            Op::Del(k) => match self.data.remove(&k) {
                Some(_) => "OK".into(),
                None => "NOT_FOUND".into(),
            },
            Op::Error(e) => format!("ERROR {e}"),
        };
        format!("{answer}\n").into_bytes()
    }
}

/// Reads one line (`\n`, a `\r` before it dropped): `GET k`, `SET k v` (the value is the
/// rest of the line), `DEL k`, `QUIT`.
fn parse(line: &str) -> Option<Op> {
    let line = line.trim_start();
    let (verb, rest) = line.split_once(' ').unwrap_or((line, ""));
    let op = match verb.to_ascii_uppercase().as_str() {
        "GET" | "DEL" => {
            let key = rest.trim();
            if key.is_empty() || key.contains(' ') {
                Op::Error("usage: GET key | DEL key")
            } else if verb.eq_ignore_ascii_case("GET") {
                Op::Get(key.into())
            } else {
                Op::Del(key.into())
            }
        }
        "SET" => match rest.trim_start().split_once(' ') {
            Some((k, v)) if !k.is_empty() => Op::Set(k.into(), v.into()),
            _ => Op::Error("usage: SET key value"),
        },
        "QUIT" => return None,
        "" => Op::Error("empty command"),
        _ => Op::Error("unknown command (GET, SET, DEL, QUIT)"),
    };
    Some(op)
}

/// The next operation in what a connection received, answered after `delay`.
pub(crate) fn step(inbox: &mut Vec<u8>, delay: Nanos, max_line: usize) -> Step {
    let Some(end) = inbox.iter().position(|b| *b == b'\n') else {
        if inbox.len() > max_line {
            inbox.clear();
            return Step::Reply {
                delay: 0,
                job: Job::Send { bytes: b"ERROR line too long\n".to_vec(), close: true },
            };
        }
        return Step::NeedMore;
    };
    let line: Vec<u8> = inbox.drain(..=end).collect();
    let text = String::from_utf8_lossy(&line[..end]);
    let text = text.strip_suffix('\r').unwrap_or(&text);
    match parse(text) {
        Some(op) => Step::Reply { delay, job: Job::Kv(op) },
        None => Step::Close,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_operations_and_answers() {
        let mut store = Store::default();
        assert_eq!(parse("SET k hello world"), Some(Op::Set("k".into(), "hello world".into())));
        assert_eq!(store.apply(Op::Set("k".into(), "hello world".into())), b"OK\n");
        assert_eq!(store.apply(parse("get k").unwrap()), b"VALUE hello world\n");
        assert_eq!(store.apply(parse("DEL k").unwrap()), b"OK\n");
        assert_eq!(store.apply(parse("DEL k").unwrap()), b"NOT_FOUND\n");
        assert_eq!(store.apply(parse("GET k").unwrap()), b"NOT_FOUND\n");
        assert_eq!(store.apply(parse("SET k").unwrap()), b"ERROR usage: SET key value\n");
        assert_eq!(
            store.apply(parse("PUT k v").unwrap()),
            b"ERROR unknown command (GET, SET, DEL, QUIT)\n"
        );
        assert_eq!(parse("QUIT"), None);
    }

    #[test]
    fn one_line_at_a_time_with_its_delay() {
        let mut inbox = b"GET a\r\nGET b".to_vec();
        assert!(matches!(
            step(&mut inbox, 7, 100),
            Step::Reply { delay: 7, job: Job::Kv(Op::Get(k)) } if k == "a"
        ));
        assert_eq!(inbox, b"GET b");
        assert!(matches!(step(&mut inbox, 7, 100), Step::NeedMore));
        let mut long = vec![b'x'; 101];
        assert!(matches!(
            step(&mut long, 7, 100),
            Step::Reply { delay: 0, job: Job::Send { close: true, .. } }
        ));
    }
}
