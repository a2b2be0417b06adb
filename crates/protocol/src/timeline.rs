//! The timeline the page draws: one lane per thread once there are several, one per task with its ready / running / suspended spans,
//! the callbacks that blocked the loop, and cycle start times. (`loopscope_session::timeline`
//! builds it from a trace.)

use serde::{Deserialize, Serialize};

/// Spans kept at most, over all lanes: a longer run keeps its first ones and says so.
pub const MAX_SPANS: usize = 200_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SpanKind {
    /// Created or woken, waiting in the ready queue for its step.
    Ready,
    Running,
    /// Suspended at an `await`.
    Suspended,
    /// A thread's lane: the thread waits (a lock, `time.sleep`, its loop's `select`).
    Blocked,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub start: f64,
    pub end: f64,
    pub kind: SpanKind,
    /// The step where the span begins (clicking it goes there).
    pub step: u64,
    /// The step where it ends: a run in which no virtual time passes is drawn over steps.
    #[serde(default)]
    pub end_step: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    pub task: u32,
    pub name: String,
    pub spans: Vec<Span>,
    /// When the task finished, if it did.
    pub done_at: Option<f64>,
    /// A thread's lane (issue 14: drawn above the tasks), with the thread's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread: Option<u32>,
    /// A thread's lane: per span, what the thread waited for (empty when not blocked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A callback that held the loop for at least `threshold` seconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Blocked {
    pub start: f64,
    pub end: f64,
    pub step: u64,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Timeline {
    pub end_time: f64,
    /// The run's last step.
    #[serde(default)]
    pub end_step: u64,
    pub lanes: Vec<Lane>,
    pub blocked: Vec<Blocked>,
    /// Virtual times at which loop cycles started (at most `MAX_SPANS`).
    pub cycles: Vec<f64>,
    /// True when `MAX_SPANS` cut the timeline short.
    pub truncated: bool,
    /// Packets on the simulated network (issue 13), in the order they left, with the
    /// addresses they name; drawn in one network band above the lanes.
    #[serde(default, skip_serializing_if = "Network::is_empty")]
    pub network: Network,
}

/// Packets kept at most: a longer run keeps its first ones and says so.
pub const MAX_PACKETS: usize = 50_000;

/// The packets of a run (issue 13).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Network {
    pub packets: Vec<Packet>,
    /// The addresses packets name (`127.0.0.1:8888`), each once; `Packet::src`/`dst` index it.
    pub addresses: Vec<String>,
    /// True when `MAX_PACKETS` cut the list short.
    pub truncated: bool,
}

impl Network {
    pub fn is_empty(&self) -> bool {
        self.packets.is_empty()
    }
}

/// One packet on the link, from `sent` to `arrival` (`None`: lost).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Packet {
    /// `syn`, `syn_ack`, `data`, `fin`, `rst`, `datagram`, `unreachable`.
    pub kind: String,
    pub bytes: u32,
    pub src: u32,
    pub dst: u32,
    pub sent: f64,
    pub arrival: Option<f64>,
    /// Toward the side that accepted the connection (the destination of its `syn`), or for
    /// datagrams toward the higher address: drawn downwards.
    pub to_server: bool,
    /// The step at which the trace recorded it (clicking it goes there).
    pub step: u64,
}
