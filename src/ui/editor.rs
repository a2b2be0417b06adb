//! The program editor: a textarea over a highlighted copy of the text, a gutter of line
//! numbers (click one to go to the next step that runs it), markers where frames are, and the
//! error line.

use super::highlight::tokenize_line;
use loopscope_protocol::view::LineMarker;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub program: String,
    pub markers: Vec<LineMarker>,
    pub error_line: Option<u32>,
    pub on_edit: Callback<String>,
    /// A gutter line was clicked.
    pub on_line: Callback<u32>,
    pub on_run: Callback<()>,
    pub readonly: bool,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let on_input = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            on_edit.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_keydown = {
        let on_run = props.on_run.clone();
        let readonly = props.readonly;
        Callback::from(move |e: KeyboardEvent| {
            // A read-only editor (`?embed&readonly`) takes no keys: Tab moves the focus on,
            // as in any read-only field, and nothing edits or re-runs the program.
            if readonly {
                return;
            }
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                on_run.emit(());
            } else if e.key() == "Tab" && !e.shift_key() {
                // Indent with four spaces instead of leaving the editor.
                e.prevent_default();
                let area = e.target_unchecked_into::<HtmlTextAreaElement>();
                insert_at_cursor(&area, "    ");
            }
        })
    };
    let lines: Vec<&str> = props.program.split('\n').collect();
    let mut in_string = None;
    let highlighted: Vec<Html> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let n = i as u32 + 1;
            let marked = props.markers.iter().any(|m| m.line == n);
            let running = props.markers.iter().any(|m| m.line == n && m.running);
            let class = classes!(
                "code-line",
                marked.then_some("marked"),
                running.then_some("running"),
                (props.error_line == Some(n)).then_some("error-line"),
            );
            let tokens = tokenize_line(line, &mut in_string);
            html! {
                <div class={class}>
                    { for tokens.into_iter().map(|(kind, text)| {
                        let class = kind.class();
                        if class.is_empty() { html! { {text} } } else { html! { <span class={class}>{text}</span> } }
                    }) }
                    {"\u{200b}"}
                </div>
            }
        })
        .collect();
    let gutter: Vec<Html> = (1..=lines.len() as u32)
        .map(|n| {
            let here = props.markers.iter().find(|m| m.line == n);
            let running = here.is_some_and(|m| m.running);
            let title = match here {
                None => format!("Go to the next step that runs line {n}"),
                Some(m) => {
                    let more = m.count as usize - m.owners.len().min(m.count as usize);
                    let more = if more > 0 { format!(" and {more} more") } else { String::new() };
                    format!(
                        "Line {n}: {}{more}. Click to go to the next step that runs it.",
                        m.owners.join(", ")
                    )
                }
            };
            let on_line = props.on_line.clone();
            let class = classes!(
                "gutter-line",
                here.is_some().then_some("marked"),
                running.then_some("running"),
                (props.error_line == Some(n)).then_some("error-line"),
            );
            html! {
                <button class={class} title={title.clone()} aria-label={title}
                        onclick={Callback::from(move |_| on_line.emit(n))}>
                    <span class="marker" aria-hidden="true">
                        { if running { "▶" } else if here.is_some() { "‖" } else { "" } }
                    </span>
                    {n}
                </button>
            }
        })
        .collect();
    html! {
        <div class="editor">
            <div class="gutter">{ for gutter }</div>
            <div class="code-wrap">
                <div class="code-highlight" aria-hidden="true">{ for highlighted }</div>
                <textarea
                    class="code"
                    aria-label="Python program"
                    spellcheck="false"
                    autocapitalize="off"
                    autocomplete="off"
                    wrap="off"
                    readonly={props.readonly}
                    rows={(lines.len() + 1).to_string()}
                    value={props.program.clone()}
                    oninput={on_input}
                    onkeydown={on_keydown}
                />
            </div>
        </div>
    }
}

fn insert_at_cursor(area: &HtmlTextAreaElement, text: &str) {
    let value = area.value();
    let start = area.selection_start().ok().flatten().unwrap_or(0) as usize;
    let end = area.selection_end().ok().flatten().unwrap_or(start as u32) as usize;
    // Selection offsets count UTF-16 units.
    let units: Vec<u16> = value.encode_utf16().collect();
    let (start, end) = (start.min(units.len()), end.min(units.len()));
    let mut next: Vec<u16> = units[..start].to_vec();
    next.extend(text.encode_utf16());
    next.extend_from_slice(&units[end..]);
    area.set_value(&String::from_utf16_lossy(&next));
    let caret = (start + text.encode_utf16().count()) as u32;
    let _ = area.set_selection_range(caret, caret);
    if let Ok(event) = web_sys::InputEvent::new("input") {
        let _ = area.dispatch_event(&event);
    }
}
