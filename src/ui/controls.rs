//! The step controls: start, back, play/pause, forward, end; what a step is; the speed; and a
//! scrubber over the whole run.

use super::state::{StepUnit, SPEEDS};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Start,
    Back,
    PlayPause,
    Forward,
    End,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub step: u64,
    pub steps: u64,
    pub time: f64,
    pub playing: bool,
    pub speed: u32,
    pub unit: StepUnit,
    pub on_command: Callback<Command>,
    pub on_scrub: Callback<u64>,
    pub on_speed: Callback<u32>,
    pub on_unit: Callback<StepUnit>,
}

#[function_component(Controls)]
pub fn controls(props: &Props) -> Html {
    let button = |command: Command, label: &'static str, text: &'static str, keys: &'static str| {
        let on_command = props.on_command.clone();
        html! {
            <button class="control" aria-label={label} title={format!("{label} ({keys})")}
                    disabled={props.steps == 0}
                    onclick={Callback::from(move |_| on_command.emit(command))}>
                {text}
            </button>
        }
    };
    let on_scrub = {
        let on_scrub = props.on_scrub.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(step) = value.parse::<u64>() {
                on_scrub.emit(step);
            }
        })
    };
    let on_unit = {
        let on_unit = props.on_unit.clone();
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(u) = StepUnit::ALL.iter().find(|u| u.key() == key) {
                on_unit.emit(*u);
            }
        })
    };
    let on_speed = {
        let on_speed = props.on_speed.clone();
        Callback::from(move |e: Event| {
            if let Ok(s) = e.target_unchecked_into::<HtmlSelectElement>().value().parse() {
                on_speed.emit(s);
            }
        })
    };
    let (play_label, play_text) = if props.playing { ("Pause", "‖") } else { ("Play", "▶") };
    html! {
        <div class="controls" role="toolbar" aria-label="Step through the run">
            <div class="buttons">
                { button(Command::Start, "Jump to the start", "⇤", "Home") }
                { button(Command::Back, "Step back", "◀", "←") }
                { button(Command::PlayPause, play_label, play_text, "Space") }
                { button(Command::Forward, "Step forward", "▶|", "→") }
                { button(Command::End, "Jump to the end", "⇥", "End") }
            </div>
            <label class="select">
                {"step by "}
                <select aria-label="Step by" onchange={on_unit}>
                    { for StepUnit::ALL.iter().map(|u| html! {
                        <option value={u.key()} selected={*u == props.unit}>{u.label()}</option>
                    }) }
                </select>
            </label>
            <label class="select">
                {"speed "}
                <select aria-label="Playback speed in steps per second" onchange={on_speed}>
                    { for SPEEDS.iter().map(|s| html! {
                        <option value={s.to_string()} selected={*s == props.speed}>{format!("{s}/s")}</option>
                    }) }
                </select>
            </label>
            <input class="scrubber" type="range" min="0" max={props.steps.to_string()}
                   value={props.step.to_string()} aria-label="Scrub through the run"
                   disabled={props.steps == 0} oninput={on_scrub} />
            <span class="position" aria-live="off">
                {format!("step {} / {} · {:.3} s", props.step, props.steps, props.time)}
            </span>
        </div>
    }
}
