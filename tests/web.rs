//! Browser tests: run with `cargo test --target wasm32-unknown-unknown` (headless Chromium
//! through wasm-bindgen-test-runner and chromedriver; `cargo xtask test` sets that up).
#![cfg(target_arch = "wasm32")]

use loopscope::engine::frontend::{outline, parse_module, SourceText};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
}

/// Mounts the playground in a fresh div and returns that div.
async fn mount_app() -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<loopscope::ui::app::App>::with_root(root.clone()).render();
    settle().await;
    root
}

fn set_program(root: &web_sys::Element, text: &str) {
    let area: web_sys::HtmlTextAreaElement =
        root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
    area.set_value(text);
    let event = web_sys::InputEvent::new("input").unwrap();
    area.dispatch_event(&event).unwrap();
}

fn click_run(root: &web_sys::Element) {
    let button: web_sys::HtmlElement =
        root.query_selector("button.run").unwrap().unwrap().dyn_into().unwrap();
    button.click();
}

fn output_text(root: &web_sys::Element) -> String {
    root.query_selector(".output").unwrap().unwrap().text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn run_shows_the_outline_of_the_program() {
    let root = mount_app().await;
    set_program(&root, "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n");
    settle().await;
    click_run(&root);
    settle().await;
    let text = output_text(&root);
    assert!(text.contains("async def"), "{text}");
    assert!(text.contains("main"), "{text}");
    assert!(text.contains("line 3"), "{text}");
}

#[wasm_bindgen_test]
async fn run_shows_a_syntax_error_with_its_line() {
    let root = mount_app().await;
    set_program(&root, "async def main():\n    print('hi'\n");
    settle().await;
    click_run(&root);
    settle().await;
    let text = output_text(&root);
    assert!(text.contains("SyntaxError"), "{text}");
    assert!(text.contains("line 2"), "{text}");
    assert!(text.contains("'(' was never closed"), "{text}");
    let marked = root.query_selector(".gutter-line.error-line").unwrap().unwrap();
    assert_eq!(marked.text_content().unwrap().trim(), "2");
}
