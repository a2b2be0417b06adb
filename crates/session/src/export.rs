//! Exports of a run for other tools: the trace as Chrome trace-event JSON (opens in Perfetto
//! and chrome://tracing), with one track per task (running and suspended spans), a track for
//! the event loop with its cycles, and markers for the periods where a callback blocked it.
//! (The trace itself as JSON is `engine::trace::json`.)

use loopscope_protocol::timeline::{SpanKind, Timeline};
use serde_json::{json, Value};

/// The process id all tracks belong to, and the event loop's own track.
const PID: u32 = 1;
const LOOP_TID: u32 = 0;
/// Loop cycles marked at most (a million-cycle run would bury the tasks).
pub const MAX_CYCLE_MARKERS: usize = 10_000;

/// Virtual seconds → trace-event microseconds.
fn us(seconds: f64) -> f64 {
    (seconds * 1e6 * 1000.0).round() / 1000.0
}

/// The Chrome trace-event JSON of `timeline` (the JSON object format, `traceEvents`).
pub fn chrome_trace(timeline: &Timeline, program: &str) -> String {
    let mut events: Vec<Value> = Vec::new();
    events.push(json!({"ph": "M", "pid": PID, "name": "process_name", "args": {"name": program}}));
    events.push(json!({"ph": "M", "pid": PID, "tid": LOOP_TID, "name": "thread_name", "args": {"name": "event loop"}}));
    events.push(json!({"ph": "M", "pid": PID, "tid": LOOP_TID, "name": "thread_sort_index", "args": {"sort_index": 0}}));
    for (i, lane) in timeline.lanes.iter().enumerate() {
        let tid = i as u32 + 1;
        events.push(json!({"ph": "M", "pid": PID, "tid": tid, "name": "thread_name", "args": {"name": lane.name}}));
        events.push(json!({"ph": "M", "pid": PID, "tid": tid, "name": "thread_sort_index", "args": {"sort_index": tid}}));
        let cat = if lane.thread.is_some() { "thread" } else { "task" };
        for span in &lane.spans {
            let name = match span.kind {
                SpanKind::Running => "running",
                SpanKind::Ready => "ready",
                SpanKind::Suspended => "suspended",
                SpanKind::Blocked => "blocked",
            };
            events.push(json!({
                "ph": "X", "pid": PID, "tid": tid, "name": name, "cat": cat,
                "ts": us(span.start), "dur": us(span.end - span.start),
                "args": {"step": span.step},
            }));
        }
        if let Some(done) = lane.done_at {
            events.push(json!({"ph": "i", "pid": PID, "tid": tid, "name": "done", "s": "t", "ts": us(done)}));
        }
    }
    for (n, t) in timeline.cycles.iter().take(MAX_CYCLE_MARKERS).enumerate() {
        events.push(json!({
            "ph": "i", "pid": PID, "tid": LOOP_TID, "name": "cycle", "s": "t", "ts": us(*t),
            "cat": "loop", "args": {"cycle": n + 1},
        }));
    }
    for b in &timeline.blocked {
        events.push(json!({
            "ph": "X", "pid": PID, "tid": LOOP_TID, "name": "loop blocked", "cat": "blocking",
            "ts": us(b.start), "dur": us(b.end - b.start), "args": {"step": b.step},
        }));
        events.push(json!({
            "ph": "i", "pid": PID, "name": "loop blocked", "s": "g", "ts": us(b.start), "cat": "blocking",
        }));
    }
    events.extend(network_events(timeline, timeline.lanes.len() as u32 + 1));
    let document = json!({
        "traceEvents": events,
        "displayTimeUnit": "ms",
        "otherData": {
            "producer": "Loopscope",
            "clock": "virtual seconds (1 s of the program's virtual time = 1 s here)",
            "cycles_marked": timeline.cycles.len().min(MAX_CYCLE_MARKERS),
            "truncated": timeline.truncated,
        },
    });
    document.to_string()
}

/// The network's track (issue 13): each packet from sent to arrival, named by kind and size
/// (a lost one an instant where it left).
fn network_events(timeline: &Timeline, tid: u32) -> Vec<Value> {
    let n = &timeline.network;
    if n.is_empty() {
        return Vec::new();
    }
    let address = |i: u32| n.addresses.get(i as usize).map_or("?", |s| s.as_str());
    let mut events = vec![
        json!({"ph": "M", "pid": PID, "tid": tid, "name": "thread_name", "args": {"name": "network"}}),
        json!({"ph": "M", "pid": PID, "tid": tid, "name": "thread_sort_index", "args": {"sort_index": tid}}),
    ];
    for p in &n.packets {
        let name = format!("{} {} B", p.kind, p.bytes);
        let args = json!({"src": address(p.src), "dst": address(p.dst), "step": p.step});
        events.push(match p.arrival {
            Some(a) => json!({
                "ph": "X", "pid": PID, "tid": tid, "name": name, "cat": "network",
                "ts": us(p.sent), "dur": us(a - p.sent), "args": args,
            }),
            None => json!({
                "ph": "i", "pid": PID, "tid": tid, "name": format!("{name} lost"), "s": "t",
                "cat": "network", "ts": us(p.sent), "args": args,
            }),
        });
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline;
    use crate::Session;
    use loopscope_protocol::settings::Settings;

    #[test]
    fn the_chrome_trace_has_a_track_per_task_and_marks_the_blocking() {
        let source = loopscope_protocol::gallery::find("blocking-sleep").expect("example").source;
        let settings = Settings { instr_cost_ns: 0.0, ..Settings::default() };
        let session = Session::run(source, &settings, None);
        let t = timeline::build(session.replay.trace(), session.slow_callback_seconds);
        let doc: Value = serde_json::from_str(&chrome_trace(&t, "main.py")).expect("valid JSON");
        let events = doc["traceEvents"].as_array().expect("traceEvents");
        let names: Vec<&str> = events
            .iter()
            .filter(|e| e["name"] == "thread_name")
            .map(|e| e["args"]["name"].as_str().unwrap())
            .collect();
        assert_eq!(names[..5], ["event loop", "Task-1", "Task-2", "Task-3", "Task-4"]);
        for e in events {
            let ph = e["ph"].as_str().expect("every event has a phase");
            assert!(["M", "X", "i"].contains(&ph));
            if ph != "M" {
                assert!(e["ts"].as_f64().expect("a timestamp") >= 0.0);
            }
            if ph == "X" {
                assert!(e["dur"].as_f64().expect("a duration") >= 0.0);
            }
        }
        let blocked: Vec<&Value> =
            events.iter().filter(|e| e["name"] == "loop blocked" && e["ph"] == "X").collect();
        assert_eq!(blocked.len(), 1);
        assert_eq!((blocked[0]["ts"].as_f64(), blocked[0]["dur"].as_f64()), (Some(1e6), Some(2e6)));
        assert!(events.iter().any(|e| e["name"] == "running" && e["tid"] == 3));
    }
}
