//! The trace as JSON (format documented in docs/ARCHITECTURE.md, "The trace"): the source, the
//! string and code tables, and every event with its virtual time.

use super::{Event, SelectTimeout, Trace};
use std::fmt::Write;

/// Escapes a string for JSON.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn number(x: f64) -> String {
    if x.is_finite() {
        loopscope_pyfmt::float_repr(x)
    } else {
        "null".to_string()
    }
}

/// The whole trace as one JSON document.
/// `filename` and `source` are the program as run.
pub fn to_json(trace: &Trace, filename: &str, source: &str) -> String {
    let mut out = String::new();
    out.push_str("{\"format\":\"loopscope-trace\",");
    let _ = write!(out, "\"version\":{},", trace.version);
    let _ = write!(out, "\"filename\":{},", quote(filename));
    let _ = write!(out, "\"source\":{},", quote(source));
    out.push_str("\"strings\":[");
    for (i, s) in trace.strings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(s));
    }
    out.push_str("],\"codes\":[");
    for (i, c) in trace.codes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let varnames: Vec<String> = c.varnames.iter().map(|v| quote(v)).collect();
        let dis: Vec<String> = c
            .disassembly
            .iter()
            .map(|d| {
                format!(
                    "[{},{},{},{}]",
                    d.index,
                    d.line.map(|l| l.to_string()).unwrap_or_else(|| "null".into()),
                    quote(d.name),
                    quote(&d.argument)
                )
            })
            .collect();
        let _ = write!(
            out,
            "{{\"name\":{},\"qualname\":{},\"filename\":{},\"first_line\":{},\"library\":{},\"varnames\":[{}],\"bytecode\":[{}]}}",
            quote(&c.name),
            quote(&c.qualname),
            quote(&c.filename),
            c.first_line,
            c.is_library,
            varnames.join(","),
            dis.join(",")
        );
    }
    out.push_str("],\"events\":[");
    let mut first = true;
    let mut reader = trace.events();
    while let Some(Ok(event)) = reader.next_event() {
        let now = reader.state().time;
        if !first {
            out.push(',');
        }
        first = false;
        let _ = write!(
            out,
            "{{\"t\":{},\"kind\":\"{}\"{}}}",
            number(now),
            event.kind_name(),
            fields(&event)
        );
    }
    out.push_str("]}\n");
    out
}

/// The event's fields as `,"name":value` pairs.
fn fields(e: &Event) -> String {
    let f = |pairs: &[(&str, String)]| -> String {
        pairs.iter().map(|(k, v)| format!(",\"{k}\":{v}")).collect()
    };
    let n = |x: u32| x.to_string();
    match e {
        Event::Clock { .. } | Event::CycleStart | Event::HeapRebuild | Event::LoopClose => {
            String::new()
        }
        Event::PhaseStart { phase } => f(&[("phase", quote(phase.label()))]),
        Event::Select { timeout } => f(&[(
            "timeout",
            match timeout {
                SelectTimeout::Forever => quote("forever"),
                SelectTimeout::Zero => "0".to_string(),
                SelectTimeout::UntilTimer => quote("until_timer"),
                SelectTimeout::Seconds(s) => number(*s),
            },
        )]),
        Event::ReadyPush { handle, kind, target, label } => f(&[
            ("handle", n(*handle)),
            ("handle_kind", quote(kind.name())),
            ("target", n(*target)),
            ("label", n(*label)),
        ]),
        Event::TimerPush { handle, kind, target, label, when } => f(&[
            ("handle", n(*handle)),
            ("handle_kind", quote(kind.name())),
            ("target", n(*target)),
            ("label", n(*label)),
            ("when", number(*when)),
        ]),
        Event::TimerFire { handle }
        | Event::TimerDrop { handle }
        | Event::HandleCancel { handle }
        | Event::HandleSkip { handle } => f(&[("handle", n(*handle))]),
        Event::HandleRun { handle, target } => f(&[("handle", n(*handle)), ("target", n(*target))]),
        Event::FutureNew { future, kind } => {
            f(&[("future", n(*future)), ("future_kind", quote(kind.name()))])
        }
        Event::TaskNew { task, coro, name } => {
            f(&[("task", n(*task)), ("coro", n(*coro)), ("name", n(*name))])
        }
        Event::CallbackAdd { future, kind, target, label } => f(&[
            ("future", n(*future)),
            ("handle_kind", quote(kind.name())),
            ("target", n(*target)),
            ("label", n(*label)),
        ]),
        Event::CallbackRemove { future, label } => {
            f(&[("future", n(*future)), ("label", n(*label))])
        }
        Event::FutureDone { future, outcome, repr } => {
            f(&[("future", n(*future)), ("outcome", quote(outcome.name())), ("repr", n(*repr))])
        }
        Event::TaskStep { task } => f(&[("task", n(*task))]),
        Event::TaskWait { task, future } => f(&[("task", n(*task)), ("future", n(*future))]),
        Event::TaskCancel { task, message } => f(&[("task", n(*task)), ("message", n(*message))]),
        Event::TaskRename { task, name } => f(&[("task", n(*task)), ("name", n(*name))]),
        Event::FrameEnter { frame, code } => f(&[("frame", n(*frame)), ("code", n(*code))]),
        Event::FrameExit { frame }
        | Event::FrameSuspend { frame }
        | Event::FrameResume { frame }
        | Event::FrameAwait { frame } => f(&[("frame", n(*frame))]),
        Event::Line { frame, line } => f(&[("frame", n(*frame)), ("line", n(*line))]),
        Event::Local { frame, slot, repr } => {
            f(&[("frame", n(*frame)), ("slot", n(*slot)), ("repr", n(*repr))])
        }
        Event::LocalUnbound { frame, slot } => f(&[("frame", n(*frame)), ("slot", n(*slot))]),
        Event::Coalesced { instructions } => f(&[("instructions", instructions.to_string())]),
        Event::Stdout { text } | Event::Stderr { text } => f(&[("text", n(*text))]),
        Event::Diagnostic { kind, text } => {
            f(&[("diagnostic", quote(kind.name())), ("text", n(*text))])
        }
        Event::SyncNew { sync, kind } => {
            f(&[("sync", n(*sync)), ("sync_kind", quote(kind.name()))])
        }
        Event::SyncState { sync, state } => f(&[("sync", n(*sync)), ("state", n(*state))]),
        Event::SyncJoin { sync, role, future } => {
            f(&[("sync", n(*sync)), ("role", quote(role.name())), ("future", n(*future))])
        }
        Event::SyncLeave { sync, future } => f(&[("sync", n(*sync)), ("future", n(*future))]),
        Event::RunShutdown { stage } => f(&[("stage", quote(stage.name()))]),
        Event::IoRegister { fd, events, reader, writer } => f(&[
            ("fd", n(*fd)),
            ("events", n(u32::from(*events))),
            ("reader", n(*reader)),
            ("writer", n(*writer)),
        ]),
        Event::IoReady { fd, events } => f(&[("fd", n(*fd)), ("events", n(u32::from(*events)))]),
        Event::SocketNew { fd, kind } => f(&[("fd", n(*fd)), ("socket_kind", quote(kind.name()))]),
        Event::SocketState { fd, state } => f(&[("fd", n(*fd)), ("state", n(*state))]),
        Event::SocketClose { fd } => f(&[("fd", n(*fd))]),
        Event::ThreadStart { thread }
        | Event::ThreadSwitch { thread }
        | Event::ThreadWake { thread }
        | Event::ThreadEnd { thread } => f(&[("thread", n(*thread))]),
        Event::CoreYield { shared } => f(&[("shared", shared.to_string())]),
        Event::ProcessStart { thread, pid } => f(&[("thread", n(*thread)), ("pid", n(*pid))]),
        Event::ThreadBlock { reason, until } => f(&[
            ("reason", quote(reason.name())),
            ("until", until.map_or_else(|| "null".to_string(), number)),
        ]),
        Event::LoopFocus { loop_id, previous } => {
            f(&[("loop", n(*loop_id)), ("previous", n(*previous))])
        }
        Event::Packet { kind, src, dst, bytes, sent, arrival } => f(&[
            ("packet_kind", quote(kind.name())),
            ("src", n(*src)),
            ("dst", n(*dst)),
            ("bytes", n(*bytes)),
            ("sent", sent.to_string()),
            ("arrival", if *arrival < 0.0 { "null".to_string() } else { arrival.to_string() }),
        ]),
        Event::SocketBuffers { fd, send, recv } => {
            f(&[("fd", n(*fd)), ("send", n(*send)), ("recv", n(*recv))])
        }
        Event::ThreadName { thread, name } => f(&[("thread", n(*thread)), ("name", n(*name))]),
    }
}
