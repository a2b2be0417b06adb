//! The playground shell: a header, the program editor with line numbers, Run, and the output.

use super::state::{Action, Outcome, Playground, DEFAULT_PROGRAM, PROGRAM_NAME};
use super::storage;
use crate::engine::frontend::{Definition, SyntaxError};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        Playground::new(storage::load_program().unwrap_or_else(|| DEFAULT_PROGRAM.to_string()))
    });
    let editor = use_node_ref();

    let on_input = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            storage::save_program(&text);
            state.dispatch(Action::Edit(text));
        })
    };
    let on_run = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Run))
    };
    // Ctrl+Enter (or Cmd+Enter) runs without leaving the keyboard.
    let on_keydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                state.dispatch(Action::Run);
            }
        })
    };
    let go_to_line = {
        let editor = editor.clone();
        Callback::from(move |line: u32| select_line(&editor, line))
    };

    let error_line = match &state.outcome {
        Outcome::Error(e) => Some(e.line),
        _ => None,
    };
    let line_count = state.program.split('\n').count().max(1);

    html! {
        <div class="app">
            <header class="topbar">
                <h1 class="brand">{"Loopscope"}</h1>
                <p class="tagline">{"Watch Python's asyncio event loop run, one step at a time."}</p>
            </header>
            <main class="playground">
                <section class="pane editor-pane" aria-labelledby="program-heading">
                    <div class="pane-head">
                        <h2 id="program-heading">{PROGRAM_NAME}</h2>
                        <button class="run" onclick={on_run} title="Run (Ctrl+Enter)">
                            {"Run"}
                        </button>
                    </div>
                    <div class="editor">
                        <pre class="gutter" aria-hidden="true">
                            { for (1..=line_count).map(|n| gutter_line(n as u32, error_line)) }
                        </pre>
                        <textarea
                            ref={editor}
                            class="code"
                            aria-label="Python program"
                            spellcheck="false"
                            autocapitalize="off"
                            autocomplete="off"
                            wrap="off"
                            rows={(line_count + 1).to_string()}
                            value={state.program.clone()}
                            oninput={on_input}
                            onkeydown={on_keydown}
                        />
                    </div>
                </section>
                <section class="pane output-pane" aria-labelledby="output-heading">
                    <div class="pane-head">
                        <h2 id="output-heading">{"Output"}</h2>
                        if state.edited_since_run && state.outcome != Outcome::NotRun {
                            <span class="stale">{"edited since this run"}</span>
                        }
                    </div>
                    <div class="output" aria-live="polite">
                        { outcome_view(&state.outcome, go_to_line) }
                    </div>
                </section>
            </main>
        </div>
    }
}

fn gutter_line(n: u32, error_line: Option<u32>) -> Html {
    let class = classes!("gutter-line", (Some(n) == error_line).then_some("error-line"));
    html! { <span class={class}>{n}{"\n"}</span> }
}

fn outcome_view(outcome: &Outcome, go_to_line: Callback<u32>) -> Html {
    match outcome {
        Outcome::NotRun => html! {
            <p class="hint">{"Press Run (or Ctrl+Enter) to check the program."}</p>
        },
        Outcome::Outline(defs) if defs.is_empty() => html! {
            <p class="ok">{"The program parses. It defines nothing at the top level."}</p>
        },
        Outcome::Outline(defs) => html! {
            <>
                <p class="ok">{"The program parses. Top-level definitions:"}</p>
                <ul class="outline">
                    { for defs.iter().map(|d| definition_view(d, go_to_line.clone())) }
                </ul>
            </>
        },
        Outcome::Error(error) => error_view(error, go_to_line),
    }
}

fn definition_view(def: &Definition, go_to_line: Callback<u32>) -> Html {
    let line = def.line;
    html! {
        <li class="definition">
            <button class="line-link" onclick={Callback::from(move |_| go_to_line.emit(line))}
                    aria-label={format!("Go to line {line}")}>
                {format!("line {line}")}
            </button>
            <span class="kind">{def.kind.label()}</span>
            <code class="name">{&def.name}</code>
        </li>
    }
}

fn error_view(error: &SyntaxError, go_to_line: Callback<u32>) -> Html {
    let line = error.line;
    html! {
        <div class="error" role="alert">
            <p class="error-title">
                <strong>{error.kind.class_name()}</strong>
                {" on "}
                <button class="line-link" onclick={Callback::from(move |_| go_to_line.emit(line))}>
                    {format!("line {line}")}
                </button>
            </p>
            <p class="error-message">{&error.message}</p>
        </div>
    }
}

/// Focuses the editor with `line` (1-based) selected.
fn select_line(editor: &NodeRef, line: u32) {
    let Some(area) = editor.cast::<HtmlTextAreaElement>() else {
        return;
    };
    let text = area.value();
    let mut start = 0usize;
    for (i, l) in text.split('\n').enumerate() {
        let end = start + l.encode_utf16().count();
        if i + 1 == line as usize {
            let _ = area.focus();
            let _ = area.set_selection_range(start as u32, end as u32);
            return;
        }
        start = end + 1;
    }
}
