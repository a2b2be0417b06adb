//! Browser tests: run with `cargo test --target wasm32-unknown-unknown` (headless Chromium
//! through wasm-bindgen-test-runner and chromedriver; `cargo xtask test` sets that up).
//!
//! The engine must behave in wasm exactly as natively: a few conformance scenarios run here and
//! must print what CPython printed. The page's own pieces (the worker protocol, the editor) are
//! checked here too; the whole page is driven end to end by e2e/*.test.mjs.
// It needs a browser: natively there is nothing to run it in.
#![cfg(target_arch = "wasm32")]
// Browser tests: a panic is a failed test with its message, as in `#[test]`s.
#![allow(clippy::unwrap_used)]

use loopscope_engine::config::RunConfig;
use loopscope_engine::frontend::{outline, parse_module, SourceText};
use loopscope_engine::run_program;
use loopscope_protocol::messages::{Request, Response};
use loopscope_protocol::settings::Settings;
use loopscope_protocol::view::Windows;
use loopscope_session::host::Host;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! scenario {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("conformance/scenarios/", $name, ".py")),
            include_str!(concat!("conformance/expected/", $name, ".stdout")),
            include_str!(concat!("conformance/expected/", $name, ".status")),
        )
    };
}

#[wasm_bindgen_test]
fn conformance_scenarios_print_what_cpython_printed() {
    let scenarios = [
        scenario!("gallery__gather"),
        scenario!("gallery__blocking_sleep"),
        scenario!("gallery__cancellation"),
        scenario!("gallery__timeout"),
        scenario!("gallery__many_tasks"),
    ];
    for (name, source, stdout, status) in scenarios {
        let config = RunConfig {
            filename: format!("{name}.py"),
            instr_cost_ns: 0.0,
            ..RunConfig::default()
        };
        let outcome = run_program(source, config);
        assert_eq!(outcome.stdout_timestamped, stdout, "{name}");
        assert_eq!(outcome.exit_status().to_string(), status.trim(), "{name}");
    }
}

#[wasm_bindgen_test]
fn the_parser_runs_in_wasm() {
    let source = SourceText::new("t.py", "import asyncio\n\nasync def main():\n    pass\n");
    let module = parse_module(&source).expect("valid program");
    let names: Vec<String> = outline(&module, &source).into_iter().map(|d| d.name).collect();
    assert_eq!(names, ["asyncio", "main"]);

    let bad = SourceText::new("t.py", "if x\n    pass\n");
    let error = parse_module(&bad).expect_err("missing colon");
    assert_eq!((error.line, error.message.as_str()), (1, "expected ':'"));
}

#[wasm_bindgen_test]
fn the_worker_protocol_answers_in_wasm_as_natively() {
    let mut host = Host::default();
    let source =
        loopscope_protocol::gallery::find("blocking-sleep").expect("example").source.to_string();
    let settings = Settings { instr_cost_ns: 0.0, ..Settings::default() };
    let Response::Ran { summary, .. } = host.handle(Request::Run { id: 1, source, settings }, None)
    else {
        panic!("expected Ran");
    };
    assert_eq!(summary.exit_status, 0);
    assert_eq!(summary.diagnostics.len(), 1, "the blocking time.sleep(2)");
    let request = Request::View { id: 2, step: u64::MAX, focus: None, windows: Windows::default() };
    let Response::View { snapshot, .. } = host.handle(request, None) else {
        panic!("expected View");
    };
    let console: Vec<String> =
        snapshot.console.rows.iter().map(|l| format!("{:.3} {}\n", l.time, l.text)).collect();
    assert_eq!(
        console.concat(),
        include_str!("conformance/expected/gallery__blocking_sleep.stdout")
    );
}

mod editor {
    use loopscope_protocol::view::LineMarker;
    use loopscope_web::ui::editor::{Editor, EditorProps};
    use wasm_bindgen_test::*;
    use yew::prelude::*;

    fn document() -> web_sys::Document {
        web_sys::window().unwrap().document().unwrap()
    }

    #[wasm_bindgen_test]
    async fn the_editor_highlights_python_and_marks_frame_lines() {
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let props = EditorProps {
            program: "import asyncio\n# note\nawait asyncio.sleep(1)\n".into(),
            markers: vec![LineMarker {
                line: 3,
                owners: vec!["Task-2".into()],
                count: 1,
                running: true,
            }],
            error_line: Some(1),
            on_edit: Callback::noop(),
            on_line: Callback::noop(),
            on_run: Callback::noop(),
            readonly: false,
        };
        yew::Renderer::<Editor>::with_root_and_props(root.clone(), props).render();
        yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
        let text = |selector: &str| {
            root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default())
        };
        assert_eq!(text(".tok-kw").as_deref(), Some("import"));
        assert_eq!(text(".tok-com").as_deref(), Some("# note"));
        assert_eq!(text(".tok-num").as_deref(), Some("1"));
        assert!(text(".gutter-line.running").unwrap().contains('3'));
        assert!(text(".gutter-line.error-line").unwrap().contains('1'));
        assert!(root.query_selector(".code-line.running").unwrap().is_some());
    }
}
