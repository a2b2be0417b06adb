//! The Settings dialog: the run's effective settings (the page's, with what the program's
//! `# loopscope:` header sets) and a form that writes them back into the header, so the
//! program carries them wherever its text goes (share links, embeds, the CLI).

use super::dialog::Modal;
use loopscope_protocol::header::{self, Key};
use loopscope_protocol::settings::Settings;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One line about the settings a run of `program` gets, for the editor's head.
pub fn summary(program: &str, base: &Settings) -> Result<String, String> {
    let s = header::effective(program, base).map_err(|e| format!("Settings header, {e}"))?;
    Ok(format!(
        "CPU cost {} ns/instr · budgets: {} instructions, {} s, {} callbacks",
        s.instr_cost_ns, s.max_instructions, s.max_virtual_seconds, s.max_callbacks
    ))
}

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub program: AttrValue,
    /// The page's settings (defaults, or a share link's), under the header's.
    pub base: Settings,
    /// The program with its header rewritten.
    pub on_apply: Callback<String>,
    pub on_close: Callback<()>,
}

/// A field's label, the key it writes, and what it shows now.
fn field(key: Key, s: &Settings) -> (&'static str, &'static str, String) {
    match key {
        Key::InstrCostNs => (
            "CPU cost (virtual ns per instruction)",
            "0: computing takes no virtual time, as under CPython's virtual clock (the output is CPython's); 7: about CPython's real speed, for lessons about CPU-bound work",
            s.instr_cost_ns.to_string(),
        ),
        Key::MaxInstructions => (
            "Instruction budget",
            "the run stops (and keeps its trace) after this many bytecode instructions",
            s.max_instructions.to_string(),
        ),
        Key::MaxSeconds => (
            "Virtual time budget (seconds)",
            "the run stops when the virtual clock passes this",
            s.max_virtual_seconds.to_string(),
        ),
        Key::MaxCallbacks => (
            "Callback budget",
            "the run stops after the event loop ran this many callbacks",
            s.max_callbacks.to_string(),
        ),
        Key::PythonAsyncio => (
            "Python asyncio (true or false)",
            "true: asyncio.sleep, gather and wait_for run as their Python source (visible as library frames) instead of native accelerators; the output is the same",
            s.python_asyncio.to_string(),
        ),
        Key::VirtualCores => (
            "Virtual cores",
            "simulated processes (multiprocessing, ProcessPoolExecutor) run in parallel on this many cores; os.cpu_count() returns it",
            s.virtual_cores.to_string(),
        ),
    }
}

#[function_component(SettingsDialog)]
pub fn settings_dialog(props: &SettingsProps) -> Html {
    let parsed = header::parse(&props.program);
    let from_header = parsed.clone().unwrap_or_default();
    let effective = from_header.apply(&props.base);
    let values = use_state(|| Key::ALL.map(|k| field(k, &effective).2));
    let problem = use_state(|| None::<String>);
    let on_apply = {
        let (values, problem) = (values.clone(), problem.clone());
        let (program, base, on_apply) =
            (props.program.to_string(), props.base.clone(), props.on_apply.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The form's values read as a header line, so they are checked by the one parser.
            let line = Key::ALL
                .iter()
                .zip(values.iter())
                .map(|(k, v)| format!("{}={}", k.name(), v.trim()))
                .collect::<Vec<_>>()
                .join(" ");
            match header::parse(&format!("{} {line}\n", header::PREFIX)) {
                Ok(chosen) => {
                    let settings = chosen.apply(&base);
                    problem.set(None);
                    on_apply.emit(header::write(&program, &settings));
                }
                Err(e) => problem.set(Some(e.message)),
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <Modal labelledby="settings-heading" on_close={props.on_close.clone()} class="settings-dialog">
            <h2 id="settings-heading">{"Settings"}</h2>
            <p>{"These settings live in the program, in a comment among its first lines: "}
               <code>{"# loopscope: instr-cost-ns=7 max-seconds=60"}</code>
               {". Apply writes that line (only what differs from the defaults), so a share link, an embed or "}
               <code>{"loopscope run"}</code>{" runs the program the same way."}</p>
            if let Err(e) = &parsed {
                <p class="settings-error" role="alert">{format!("The program's header has a mistake, {e}. Apply replaces it.")}</p>
            }
            <form onsubmit={on_apply}>
                { for Key::ALL.iter().enumerate().map(|(i, key)| {
                    let (label, help, _) = field(*key, &effective);
                    let oninput = {
                        let values = values.clone();
                        Callback::from(move |e: InputEvent| {
                            let mut next = (*values).clone();
                            next[i] = e.target_unchecked_into::<HtmlInputElement>().value();
                            values.set(next);
                        })
                    };
                    let source = if from_header.sets(*key) { "from the program's header" } else { "default" };
                    html! {
                        <label class="field setting">
                            <span class="setting-name">{label}<span class="setting-source">{format!(" ({source})")}</span></span>
                            <input type="text" inputmode="decimal" aria-label={label}
                                   value={values[i].clone()} {oninput} />
                            <span class="setting-help">{help}</span>
                        </label>
                    }
                }) }
                if let Some(p) = &*problem {
                    <p class="settings-error" role="alert">{p.clone()}</p>
                }
                <div class="dialog-buttons">
                    <button type="submit" class="primary">{"Apply"}</button>
                    <button type="button" onclick={close}>{"Close"}</button>
                </div>
            </form>
        </Modal>
    }
}
