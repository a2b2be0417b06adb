//! The playground: the editor and gallery on the left, the step controls and the panels on
//! the right. This is the layout; what it does outside the page's state (the worker that runs
//! programs, playing, keyboard shortcuts, the embedding page) is in `ui::hooks`.

use super::controls::{Command, Controls};
use super::dialog::Modal;
use super::editor::Editor;
use super::hooks::{use_embed, use_playback, use_shortcuts, use_worker};
use super::keys::Help;
use super::panels::{
    console, diagnostics, frames, futures, io, loop_cycle, queues, syncs, tasks, threads, timeline,
};
use super::settings;
use super::share;
use super::state::{
    Action, ListKind, Panel, Playground, RunPhase, Theme, FIRST_EXAMPLE, PROGRAM_NAME,
};
use super::storage;
use loopscope_protocol::gallery::{self, EXAMPLES};
use loopscope_protocol::link::{self, LinkState};
use loopscope_protocol::messages::{ExportFormat, StepBy};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The page as its URL asks: a share link (`#v1/...`), a gallery example (`#example/<slug>`),
/// else the last program edited here, else the first gallery example; with `?embed`, the
/// embedded layout and its options.
fn initial_state() -> Playground {
    let opening = share::opening();
    let first = || gallery::find(FIRST_EXAMPLE).unwrap_or(&EXAMPLES[0]);
    let mut state = if let Some(link) = &opening.state {
        let mut s = Playground::new(link.program.clone(), None);
        s.settings = link.settings.clone();
        s.pending_step = Some(link.step);
        s.focus = link.focus;
        s.show_only(&link.panels);
        s.autorun = true;
        s
    } else if let Some(example) = opening.example.as_deref().and_then(gallery::find) {
        Playground::new(example.source.to_string(), Some(example.slug))
    } else if let Some(program) = storage::load_program().filter(|_| opening.problem.is_none()) {
        Playground::new(program, None)
    } else {
        Playground::new(first().source.to_string(), Some(first().slug))
    };
    state.notice = opening.problem.clone();
    if let Some(embed) = opening.embed {
        state.autorun = true;
        state.show_only(&embed.panels);
        if embed.step.is_some() {
            state.pending_step = embed.step;
        }
        state.pending_play = embed.autoplay;
        if let Some(speed) = embed.speed {
            state.speed = speed.clamp(1, 10_000);
        }
        state.theme = match embed.theme.as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        };
        state.embed = Some(embed);
    }
    state
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let worker = use_worker(&state);
    use_playback(&state);
    use_shortcuts(&state, &worker);
    use_embed(&state, &worker);

    let run = {
        let (state, worker) = (state.clone(), worker.clone());
        Callback::from(move |()| worker.run(state.program.clone(), state.settings.clone()))
    };
    let stop = {
        let worker = worker.clone();
        Callback::from(move |_: MouseEvent| worker.stop())
    };
    let command = {
        let (state, worker) = (state.clone(), worker.clone());
        Callback::from(move |c: Command| worker.command(&state, c))
    };
    let on_edit = {
        let state = state.clone();
        let remember = state.embed.is_none();
        Callback::from(move |text: String| {
            if remember {
                storage::save_program(&text);
                storage::clear_example_hash();
            }
            state.dispatch(Action::Edit(text));
        })
    };
    let on_share = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let link = LinkState {
                program: state.program.clone(),
                settings: state.settings.clone(),
                step: state.step,
                panels: state.shown_keys(),
                focus: state.focus,
            };
            let url = format!("{}#{}", share::base_url(), link::encode(&link));
            share::copy(&url);
            state.dispatch(Action::Share(url));
        })
    };
    let export = |format: ExportFormat| {
        let worker = worker.clone();
        Callback::from(move |_: MouseEvent| worker.export(format))
    };
    let export_svg = Callback::from(|_: MouseEvent| {
        if let Some(svg) = share::timeline_svg() {
            share::download("loopscope-timeline.svg", "image/svg+xml", &svg);
        }
    });
    let on_line = {
        let (state, worker) = (state.clone(), worker.clone());
        let has_run = state.summary().is_some();
        Callback::from(move |line: u32| {
            if has_run {
                worker.seek(state.step, StepBy::SourceLine { line }, true);
            }
        })
    };
    let on_example = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let slug = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(example) = gallery::find(&slug) {
                storage::save_program(example.source);
                storage::set_example_hash(example.slug);
                state.dispatch(Action::LoadExample(example.slug));
            }
        })
    };
    let on_theme = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let theme = match e.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
                "light" => Theme::Light,
                "dark" => Theme::Dark,
                _ => Theme::Auto,
            };
            state.dispatch(Action::SetTheme(theme));
        })
    };
    let on_settings_apply = {
        let state = state.clone();
        let remember = state.embed.is_none();
        Callback::from(move |text: String| {
            if remember {
                storage::save_program(&text);
                storage::clear_example_hash();
            }
            state.dispatch(Action::ApplySettings(text));
        })
    };
    let settings_summary = settings::summary(&state.program, &state.settings);
    // Made once: panels that get the same callbacks need not redraw for them.
    let go = (*use_memo((), {
        let state = state.clone();
        move |_| act(&state, Action::GoTo)
    }))
    .clone();
    let on_scroll = (*use_memo((), {
        let state = state.clone();
        move |_| act(&state, |(list, offset): (ListKind, u32)| Action::Scroll(list, offset))
    }))
    .clone();
    let on_focus = (*use_memo((), {
        let state = state.clone();
        move |_| act(&state, Action::Focus)
    }))
    .clone();
    let running = matches!(state.run, RunPhase::Running { .. });
    let theme = match state.theme {
        Theme::Auto => "auto",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    let example = state.example.and_then(gallery::find);
    let snapshot = state.snapshot.clone();
    let error_line = state.summary().and_then(|s| s.error_line);
    let markers = snapshot.as_ref().map(|s| s.markers.clone()).unwrap_or_default();

    html! {
        <div class={classes!("app", state.embed.is_some().then_some("embed"))} data-theme={theme}>
            <header class="topbar">
                <h1 class="brand">{"Loopscope"}</h1>
                <p class="tagline">{"Watch Python's asyncio event loop run, one step at a time."}</p>
                <div class="top-tools">
                    <label class="select">
                        {"Example "}
                        <select aria-label="Gallery example" onchange={on_example}>
                            <option value="" selected={example.is_none()} disabled=true>{"your program"}</option>
                            { for EXAMPLES.iter().map(|e| html! {
                                <option value={e.slug} selected={state.example == Some(e.slug)}>{e.title}</option>
                            }) }
                        </select>
                    </label>
                    <label class="select">
                        {"Theme "}
                        <select aria-label="Colour theme" onchange={on_theme}>
                            <option value="auto" selected={theme == "auto"}>{"system"}</option>
                            <option value="light" selected={theme == "light"}>{"light"}</option>
                            <option value="dark" selected={theme == "dark"}>{"dark"}</option>
                        </select>
                    </label>
                    <button class="share-button" onclick={on_share} disabled={state.embed.is_some()}
                            title="Copy a link to exactly this: program, settings, step and panels">
                        {"Share"}
                    </button>
                    <button class="help-button" aria-label="Keyboard shortcuts"
                            onclick={act(&state, |_| Action::ToggleHelp)}>{"?"}</button>
                </div>
            </header>
            if let Some(notice) = &state.notice {
                <div class="notice" role="status">
                    <span>{notice}</span>
                    <button class="link" onclick={act(&state, |_| Action::DismissNotice)}>{"Dismiss"}</button>
                </div>
            }
            <main class="playground">
                <section class="pane editor-pane" aria-labelledby="program-heading">
                    <div class="pane-head">
                        <h2 id="program-heading">{PROGRAM_NAME}</h2>
                        if running {
                            <button class="stop" onclick={stop}>{"Stop"}</button>
                        } else {
                            <button class="run" onclick={run.reform(|_| ())} title="Run (Ctrl+Enter)">{"Run"}</button>
                        }
                        <button class="settings-button" onclick={act(&state, |_| Action::OpenSettings)}
                                disabled={state.readonly()}
                                title="CPU cost and budgets, kept in the program's # loopscope: header">
                            {"Settings"}
                        </button>
                    </div>
                    <p class={classes!("effective-settings", settings_summary.is_err().then_some("settings-error"))}
                       aria-label="Effective settings">
                        { match &settings_summary { Ok(s) | Err(s) => s.clone() } }
                    </p>
                    { status_view(&state) }
                    <Editor program={state.program.clone()} {markers} {error_line} {on_edit} {on_line}
                            on_run={run.clone()} readonly={state.readonly()} />
                    if let Some(example) = example {
                        <aside class="explanation" aria-label="About this example">
                            <h3>{example.title}</h3>
                            <p>{example.explanation}</p>
                        </aside>
                    }
                </section>
                <section class="pane view-pane" aria-label="The run, step by step">
                    <Controls step={state.step} steps={state.steps()}
                              time={snapshot.as_ref().map_or(0.0, |s| s.time)}
                              playing={state.playing} speed={state.speed} unit={state.unit}
                              on_command={command} on_scrub={go.clone()}
                              on_speed={act(&state, Action::SetSpeed)}
                              on_unit={act(&state, Action::SetUnit)} />
                    if state.summary().is_some_and(|s| s.steps > 0) && state.step == 0 && state.embed.is_none() {
                        <p class="step-hint" role="note">
                            {"The run is ready at its first step. Step with → (or ▶| above), play it with Space, \
                              or click a time in the console to jump to that moment."}
                        </p>
                    }
                    if state.summary().is_some() {
                        <div class="exports" role="group" aria-label="Download the run">
                            {"Download: "}
                            <button onclick={export(ExportFormat::TraceJson)}>{"trace (JSON)"}</button>
                            <button onclick={export(ExportFormat::Chrome)} title="Opens in Perfetto (ui.perfetto.dev) and chrome://tracing">{"Chrome trace"}</button>
                            <button onclick={export_svg} disabled={state.timeline.is_none() || !state.shows(Panel::Timeline)}>{"timeline (SVG)"}</button>
                        </div>
                    }
                    <div class="panel-toggles" role="group" aria-label="Show or hide panels">
                        { for Panel::ALL.iter().map(|p| {
                            let p = *p;
                            let shown = state.shows(p);
                            html! {
                                <button class={classes!("toggle", shown.then_some("on"))} aria-pressed={shown.to_string()}
                                        onclick={act(&state, move |_| Action::TogglePanel(p))}>
                                    {p.title()}
                                </button>
                            }
                        }) }
                    </div>
                    if let Some(s) = snapshot {
                        <div class="panels" data-step={s.step.to_string()}>
                            if state.shows(Panel::Loop) { <loop_cycle::LoopCycle snapshot={s.clone()} /> }
                            if state.shows(Panel::Loop) && !(s.io_keys.is_empty() && s.sockets.is_empty()) { <io::Selector snapshot={s.clone()} /> }
                            if state.shows(Panel::Loop) && !s.sockets.is_empty() { <io::Sockets snapshot={s.clone()} /> }
                            if state.shows(Panel::Ready) { <queues::ReadyQueue snapshot={s.clone()} on_scroll={on_scroll.clone()} /> }
                            if state.shows(Panel::Timers) { <queues::TimerHeap snapshot={s.clone()} on_scroll={on_scroll.clone()} /> }
                            if state.shows(Panel::Tasks) {
                                <tasks::Tasks snapshot={s.clone()} focus={state.focus} on_scroll={on_scroll.clone()} on_focus={on_focus.clone()} />
                            }
                            if state.shows(Panel::Tasks) && !s.threads.is_empty() { <threads::Threads snapshot={s.clone()} /> }
                            if state.shows(Panel::Futures) { <futures::Futures snapshot={s.clone()} on_scroll={on_scroll.clone()} /> }
                            if state.shows(Panel::Futures) && s.syncs_total > 0 { <syncs::Syncs snapshot={s.clone()} /> }
                            if state.shows(Panel::Frames) { <frames::Frames snapshot={s.clone()} on_focus={on_focus.clone()} /> }
                            if state.shows(Panel::Console) { <console::Console snapshot={s.clone()} on_go={go.clone()} /> }
                            if state.shows(Panel::Timeline) {
                                if let Some(t) = state.timeline.clone() {
                                    <timeline::Timeline timeline={t} now={s.time} step={s.step} on_go={go.clone()} />
                                }
                            }
                            if state.shows(Panel::Diagnostics) {
                                if let RunPhase::Done(summary) = &state.run {
                                    <diagnostics::Diagnostics summary={summary.clone()} on_go={go.clone()} />
                                }
                            }
                        </div>
                    } else {
                        <p class="hint">{ match state.run {
                            RunPhase::Running { .. } => "Running…",
                            _ => "Press Run (or Ctrl+Enter) to run the program, then step through what the event loop did.",
                        } }</p>
                    }
                </section>
            </main>
            if let Some(url) = &state.sharing {
                { share_dialog(url, &state, act(&state, |_: ()| Action::CloseShare)) }
            }
            if state.help {
                <Help on_close={act(&state, |_| Action::CloseHelp)} />
            }
            if state.settings_open {
                <settings::SettingsDialog program={state.program.clone()} base={state.settings.clone()}
                    on_apply={on_settings_apply} on_close={act(&state, |_| Action::CloseDialogs)} />
            }
        </div>
    }
}

/// A callback that turns its argument into an action for `state`.
fn act<T: 'static>(
    state: &UseReducerHandle<Playground>,
    action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |value: T| dispatcher.dispatch(action(value)))
}

/// The share dialog: the link (already copied), and the code to embed it, with a preview.
fn share_dialog(url: &str, state: &Playground, close: Callback<()>) -> Html {
    let (base, fragment) = url.split_once('#').unwrap_or((url, ""));
    let src = format!(
        "{base}?embed&panels={}&step={}#{fragment}",
        state.shown_keys().join(","),
        state.step
    );
    let snippet = format!(
        "<iframe src=\"{}\" title=\"Loopscope: an asyncio program, step by step\" \
         width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\"></iframe>",
        src.replace('&', "&amp;")
    );
    let copy_link = {
        let url = url.to_string();
        Callback::from(move |_: MouseEvent| share::copy(&url))
    };
    let copy_snippet = {
        let snippet = snippet.clone();
        Callback::from(move |_: MouseEvent| share::copy(&snippet))
    };
    html! {
        <Modal labelledby="share-heading" on_close={close.clone()} class="share-dialog">
                <h2 id="share-heading">{"Share this run"}</h2>
                <p>{"The link opens this program with these settings, at this step, with these panels. It was copied to the clipboard."}</p>
                <label class="field">{"Link"}
                    <input type="text" readonly=true value={url.to_string()} aria-label="Share link" class="share-link" />
                </label>
                <button onclick={copy_link}>{"Copy link"}</button>
                <h3>{"Embed in a page"}</h3>
                <label class="field">{"Embed code"}
                    <textarea readonly=true rows="4" aria-label="Embed code" class="embed-code" value={snippet} />
                </label>
                <button onclick={copy_snippet}>{"Copy embed code"}</button>
                <p class="panel-note">{"Options in the address: panels=loop,tasks,... step=N autoplay speed=N readonly theme=light|dark."}</p>
                // A picture of the embed, not a place to work: inert, so the focus stays in the dialog.
                <iframe class="embed-preview" src={src} title="Preview of the embedded page" loading="lazy" inert=true></iframe>
                <div><button class="primary" onclick={close.reform(|_: MouseEvent| ())}>{"Close"}</button></div>
        </Modal>
    }
}

fn status_view(state: &Playground) -> Html {
    match &state.run {
        RunPhase::NotRun => html! {},
        RunPhase::Running { instructions, virtual_seconds, events } => html! {
            <div class="status running" role="status">
                <progress aria-label="Running"></progress>
                {format!(" Running: {} instructions, {:.3} virtual s, {} events", instructions, virtual_seconds, events)}
            </div>
        },
        RunPhase::Stopped => html! { <div class="status stopped" role="status">{"Stopped."}</div> },
        RunPhase::Done(summary) => {
            let class = classes!(
                "status",
                summary.stop.css_class(),
                state.edited_since_run.then_some("stale")
            );
            html! {
                <div {class} role="status">
                    <strong>{format!("exit {}", summary.exit_status)}</strong>
                    {" "}{&summary.message}
                    <span class="figures">{format!(
                        " · {} steps, {} cycles, {} callbacks, {} tasks, {:.3} virtual s",
                        summary.steps, summary.cycles, summary.callbacks, summary.tasks, summary.virtual_seconds
                    )}</span>
                    if state.edited_since_run { <span class="stale-note">{" (edited since this run)"}</span> }
                </div>
            }
        }
    }
}
