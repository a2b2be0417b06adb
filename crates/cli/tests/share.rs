//! `loopscope link` and `loopscope export`, run as a user runs them.

use loopscope_protocol::link::decode;
use std::path::Path;

#[test]
fn the_cli_prints_a_link_that_decodes_to_the_program() {
    let exe = env!("CARGO_BIN_EXE_loopscope");
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/conformance/scenarios/gallery__gather.py");
    let out = std::process::Command::new(exe)
        .args(["link", file.to_str().unwrap(), "--base", "https://example.org/tools/loopscope/"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let (base, fragment) = text.trim().split_once('#').expect("a fragment");
    assert_eq!(base, "https://example.org/tools/loopscope/");
    let state = decode(fragment).expect("decodes");
    assert_eq!(state.program, std::fs::read_to_string(&file).unwrap());
}

#[test]
fn the_cli_exports_chrome_trace_events() {
    let exe = env!("CARGO_BIN_EXE_loopscope");
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/conformance/scenarios/gallery__blocking_sleep.py");
    for format in ["chrome", "json"] {
        let out = std::process::Command::new(exe)
            .args(["export", file.to_str().unwrap(), "--format", format])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        if format == "chrome" {
            let events = doc["traceEvents"].as_array().expect("traceEvents");
            let tracks = events.iter().filter(|e| e["name"] == "thread_name").count();
            assert_eq!(tracks, 7, "the event loop and six tasks");
        } else {
            assert_eq!(doc["format"], "loopscope-trace");
        }
    }
}
