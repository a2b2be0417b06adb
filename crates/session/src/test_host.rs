//! A `Host` driven as the page's worker drives it, for the panel tests (`io_tests`,
//! `net_tests`, `sync_tests`): run a program, then ask for the snapshot at a step.

use crate::host::Host;
use loopscope_protocol::messages::{Request, Response, StepBy};
use loopscope_protocol::settings::Settings;
use loopscope_protocol::view::{Snapshot, Windows};

/// A host that ran `source` at CPU cost 0; the run must exit 0.
pub fn run(source: &str) -> Host {
    let mut host = Host::default();
    let settings = Settings { instr_cost_ns: 0.0, ..Settings::default() };
    match host.handle(Request::Run { id: 1, source: source.into(), settings }, None) {
        Response::Ran { summary, .. } => assert_eq!(summary.exit_status, 0, "{summary:?}"),
        other => panic!("expected Ran, got {other:?}"),
    }
    host
}

pub fn view(host: &mut Host, step: u64) -> Snapshot {
    match host.handle(Request::View { id: 2, step, focus: None, windows: Windows::default() }, None)
    {
        Response::View { snapshot, .. } => *snapshot,
        other => panic!("expected View, got {other:?}"),
    }
}

/// The snapshot at the first step that runs `line`.
pub fn at_line(host: &mut Host, line: u32) -> Snapshot {
    let step = match host.handle(
        Request::Seek { id: 3, from: 0, by: StepBy::SourceLine { line }, forward: true },
        None,
    ) {
        Response::Position { step, .. } => step,
        other => panic!("expected Position, got {other:?}"),
    };
    assert!(step > 0, "line {line} never runs");
    view(host, step)
}
