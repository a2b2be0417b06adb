//! The timeline: one lane per task over virtual time; running, ready and suspended spans told
//! apart by fill pattern as well as colour; periods where a callback blocked the loop shaded
//! across all lanes; the current step as a cursor. Zoom and pan with the buttons; click a span
//! to go to the step where it starts.

use super::timeline_network::{NetworkBand, BAND};
use super::PanelFrame;
use loopscope_protocol::timeline::{SpanKind, Timeline as TimelineData};
use web_sys::Element;
use yew::prelude::*;

const LANE: f64 = 18.0;
const LABEL: f64 = 90.0;
/// Width used until the panel has been measured.
const DEFAULT_WIDTH: f64 = 900.0;
/// Lanes drawn at once; the rest are reached by scrolling.
const LANES_SHOWN: usize = 40;
/// Spans narrower than this many pixels merge into their lane's background.
const MIN_SPAN_PX: f64 = 0.4;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub timeline: std::rc::Rc<TimelineData>,
    /// The virtual time of the current step.
    pub now: f64,
    /// The current step (the axis counts steps when no virtual time passed).
    #[prop_or_default]
    pub step: u64,
    pub on_go: Callback<u64>,
}

#[function_component(Timeline)]
pub fn timeline(props: &Props) -> Html {
    let t = &props.timeline;
    // A run in which no virtual time passed (every sleep(0), no CPU cost) would be one line at
    // t=0: it is drawn over its steps instead.
    let by_step = t.end_time < 1e-6 && t.end_step > 0;
    let end = if by_step { t.end_step as f64 } else { t.end_time.max(1e-3) };
    let now_at = if by_step { props.step as f64 } else { props.now };
    let view = use_state(|| (0.0f64, end));
    let first_lane = use_state(|| 0usize);
    // Draw at the panel's own width (measured after mounting and on window resizes), so the
    // whole chosen time range fits without scrolling sideways.
    let box_ref = use_node_ref();
    let width = use_state(|| DEFAULT_WIDTH);
    {
        let (box_ref, width) = (box_ref.clone(), width.clone());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = box_ref.cast::<Element>() {
                    let w = el.client_width() as f64;
                    if w > 0.0 {
                        width.set(w.max(LABEL + 120.0));
                    }
                }
            };
            measure();
            let listener = web_sys::window()
                .map(|w| gloo_events::EventListener::new(&w, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    let width_px = *width;
    let (t0, t1) = *view;
    let (t0, t1) = if t1 <= t0 || t1 > end * 1.0001 { (0.0, end) } else { (t0, t1) };
    let zoom = |factor: f64| {
        let view = view.clone();
        let now = now_at;
        Callback::from(move |_: MouseEvent| {
            let span = ((t1 - t0) * factor).clamp(1e-6, end);
            let center = if factor < 1.0 { now.clamp(t0, t1) } else { (t0 + t1) / 2.0 };
            let start = (center - span / 2.0).clamp(0.0, (end - span).max(0.0));
            view.set((start, start + span));
        })
    };
    let pan = |direction: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            let span = t1 - t0;
            let start = (t0 + direction * span / 2.0).clamp(0.0, (end - span).max(0.0));
            view.set((start, start + span));
        })
    };
    let fit = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set((0.0, end)))
    };
    // The network band (issue 13) sits above the lanes, when the run sent packets.
    let top = if t.network.is_empty() { 0.0 } else { BAND };
    let onscroll = {
        let first_lane = first_lane.clone();
        Callback::from(move |e: Event| {
            let el: Element = e.target_unchecked_into();
            first_lane.set(((el.scroll_top() as f64 - top).max(0.0) / LANE) as usize);
        })
    };
    let lanes_total = t.lanes.len();
    let first = (*first_lane).min(lanes_total.saturating_sub(1));
    let height = top + lanes_total as f64 * LANE + 24.0;
    let cursor = LABEL + (now_at.clamp(t0, t1) - t0) / (t1 - t0) * (width_px - LABEL - 8.0);
    let note = if by_step {
        format!("{lanes_total} lane(s), steps {t0:.0}–{t1:.0}: no virtual time passed, so the axis counts steps")
    } else {
        format!(
            "{lanes_total} lane(s), {:.3}–{:.3} s{}",
            t0,
            t1,
            if t.truncated { ", truncated" } else { "" }
        )
    };
    html! {
        <PanelFrame id="timeline" title="Timeline" {note}>
            <div class="timeline-tools" role="toolbar" aria-label="Timeline zoom and pan">
                <button onclick={zoom(0.5)} aria-label="Zoom in">{"+"}</button>
                <button onclick={zoom(2.0)} aria-label="Zoom out">{"−"}</button>
                <button onclick={pan(-1.0)} aria-label="Pan left">{"←"}</button>
                <button onclick={pan(1.0)} aria-label="Pan right">{"→"}</button>
                <button onclick={fit} aria-label="Fit the whole run">{"fit"}</button>
                <span class="legend">
                    <span class="key running">{"running"}</span>
                    <span class="key ready">{"ready"}</span>
                    <span class="key suspended">{"suspended"}</span>
                    if t.lanes.first().is_some_and(|l| l.thread.is_some()) {
                        <span class="key thread-blocked">{"thread blocked"}</span>
                    }
                    <span class="key blocked">{"loop blocked"}</span>
                    if top > 0.0 {
                        <span class="key packet" title="each packet a line from when it left to when it arrived, downwards toward the server">{"packet"}</span>
                        <span class="key lost">{"lost"}</span>
                    }
                </span>
            </div>
            <div class="timeline-scroll" ref={box_ref} {onscroll}>
                <div class="timeline-box" style={format!("width:{width_px}px")}>
                    <svg class="timeline" width={width_px.to_string()} height={height.to_string()} role="img"
                     aria-label="Tasks over virtual time">
                    if top > 0.0 {
                        <NetworkBand timeline={SameTimeline(props.timeline.clone())} {t0} {t1} width={width_px}
                                     label={LABEL} top={20.0} {by_step} on_go={props.on_go.clone()} />
                    }
                    <Lanes timeline={SameTimeline(props.timeline.clone())} {t0} {t1} width={width_px} {by_step}
                           {first} {top} on_go={props.on_go.clone()} />
                </svg>
                    <div class="timeline-cursor" aria-hidden="true"
                         style={format!("transform:translateX({cursor:.1}px)")}></div>
                </div>
            </div>
        </PanelFrame>
    }
}

/// A timeline compared by identity: the same run's timeline is never compared span by span.
#[derive(Clone)]
pub struct SameTimeline(pub std::rc::Rc<TimelineData>);

impl PartialEq for SameTimeline {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct LanesProps {
    timeline: SameTimeline,
    t0: f64,
    t1: f64,
    width: f64,
    /// The axis counts steps, not seconds.
    by_step: bool,
    first: usize,
    /// Room above the lanes (the network band's).
    top: f64,
    on_go: Callback<u64>,
}

/// The ticks, blocking periods and spans: redrawn only when the view changes, not at every
/// step (only the cursor moves then).
#[function_component(Lanes)]
fn lanes(props: &LanesProps) -> Html {
    let t = &*props.timeline.0;
    let (t0, t1, width_px, first) = (props.t0, props.t1, props.width, props.first);
    let by_step = props.by_step;
    let x = |time: f64| LABEL + (time - t0) / (t1 - t0) * (width_px - LABEL - 8.0);
    let lanes_total = t.lanes.len();
    let last = (first + LANES_SHOWN).min(lanes_total);
    let top = props.top;
    let height = top + lanes_total as f64 * LANE + 24.0;
    let spans = (first..last).flat_map(|i| {
        let lane = &t.lanes[i];
        let y = top + i as f64 * LANE + 20.0;
        let on_go = props.on_go.clone();
        let label = html! {
            <text x="4" y={(y + 12.0).to_string()} class={classes!("lane-label", lane.thread.is_some().then_some("thread"))}>
                <title>{lane.name.clone()}</title>{short_label(&lane.name)}</text>
        };
        let bounds = move |s: &loopscope_protocol::timeline::Span| {
            if by_step { (s.step as f64, s.end_step as f64) } else { (s.start, s.end) }
        };
        let bars = lane.spans.iter().enumerate().filter(move |(_, s)| { let (a, b) = bounds(s); b >= t0 && a <= t1 }).filter_map(move |(k, s)| {
            let (start, end) = bounds(s);
            let (a, b) = (x(start.max(t0)), x(end.min(t1)));
            if b - a < MIN_SPAN_PX && s.kind != SpanKind::Running {
                return None;
            }
            let (class, word) = match s.kind {
                SpanKind::Running => ("span running", "running"),
                SpanKind::Ready => ("span ready", "ready"),
                SpanKind::Suspended => ("span suspended", "suspended"),
                SpanKind::Blocked => ("span thread-blocked", "blocked"),
            };
            // A thread's blocked span says what it waited for.
            let note = lane.notes.get(k).filter(|n| !n.is_empty()).map(|n| format!(" ({n})")).unwrap_or_default();
            let step = s.step;
            let on_go = on_go.clone();
            Some(html! {
                <rect class={class} x={a.to_string()} y={(y + 2.0).to_string()}
                      width={(b - a).max(1.0).to_string()} height={(LANE - 4.0).to_string()}
                      onclick={Callback::from(move |_| on_go.emit(step))}>
                    <title>{if by_step { format!("{}: {word}{note}, steps {}–{}", lane.name, s.step, s.end_step) } else { format!("{}: {word}{note} {:.3}–{:.3} s", lane.name, s.start, s.end) }}</title>
                </rect>
            })
        });
        std::iter::once(label).chain(bars)
    });
    let blocked = t.blocked.iter().filter(|b| !by_step && b.end >= t0 && b.start <= t1).map(|b| {
        let (a, c) = (x(b.start.max(t0)), x(b.end.min(t1)));
        let step = b.step;
        let on_go = props.on_go.clone();
        html! {
            <rect class="blocked" x={a.to_string()} y="14" width={(c - a).max(1.0).to_string()}
                  height={(height - 14.0).to_string()} onclick={Callback::from(move |_| on_go.emit(step))}>
                <title>{format!("The loop was blocked {:.3}–{:.3} s", b.start, b.end)}</title>
            </rect>
        }
    });
    // About 55 px per label ("0.000" and a gap), so a phone's narrow axis gets fewer ticks
    // rather than overlapping labels.
    let room = ((width_px - LABEL - 8.0) / 55.0).floor();
    let mut marks = nice_ticks(t0, t1, room.clamp(2.0, 6.0) as usize);
    if by_step {
        marks =
            marks.into_iter().map(|(s, _)| (s.round(), format!("{}", s.round() as u64))).collect();
        marks.dedup_by(|a, b| a.1 == b.1);
    }
    let ticks = marks.into_iter().map(|(time, label)| {
        let at = x(time);
        // Labels near an edge hang inwards, so none is cut off.
        let anchor = if at > width_px - 40.0 {
            "end"
        } else if at < LABEL + 20.0 {
            "start"
        } else {
            "middle"
        };
        html! { <text class="tick" x={at.to_string()} y="11" text-anchor={anchor}>{label}</text> }
    });
    html! {
        <g>
            { for ticks }
            { for blocked }
            { for spans }
        </g>
    }
}

/// A lane's name cut to what fits left of the spans (about 13 characters): the end is kept,
/// which tells `ThreadPoolExecutor-0_0` from `ThreadPoolExecutor-0_1`; the title has it whole.
fn short_label(name: &str) -> String {
    const FITS: usize = 13;
    let count = name.chars().count();
    if count <= FITS {
        return name.to_string();
    }
    let tail: String = name.chars().skip(count - (FITS - 1)).collect();
    format!("…{tail}")
}

/// Tick marks for the time axis from `t0` to `t1`: round values (1, 2 or 5 times a power of
/// ten apart), at most `max` (at least 2), each label with just enough decimals that no two
/// are the same.
pub fn nice_ticks(t0: f64, t1: f64, max: usize) -> Vec<(f64, String)> {
    let span = t1 - t0;
    if !(span.is_finite() && span > 0.0) {
        return vec![(t0, format!("{t0:.3}"))];
    }
    let rough = span / (max.max(2) - 1) as f64;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power);
    let decimals = (-step.log10().floor()).max(0.0) as usize;
    let decimals = decimals.max(if t1 < 10.0 { 3 } else { 0 }).min(9);
    let first = (t0 / step).ceil() as i64;
    let last = (t1 / step + 1e-9).floor() as i64;
    (first..=last).map(|k| k as f64 * step).map(|t| (t, format!("{t:.decimals$}"))).collect()
}

#[cfg(test)]
mod tests {
    use super::nice_ticks;

    fn labels(t0: f64, t1: f64) -> Vec<String> {
        nice_ticks(t0, t1, 6).into_iter().map(|(_, l)| l).collect()
    }

    #[test]
    fn ticks_are_round_distinct_and_inside_the_range() {
        // Issue 10, defect 7: a 1.2 ms run had ticks 0.000, 0.000, 0.001, 0.001, 0.001.
        assert_eq!(labels(0.0, 0.0012), ["0.0000", "0.0005", "0.0010"]);
        assert_eq!(labels(0.0, 3.0), ["0.000", "1.000", "2.000", "3.000"]);
        assert_eq!(labels(0.0, 86400.0), ["0", "20000", "40000", "60000", "80000"]);
        for (t0, t1) in [(0.0, 0.001), (1.5, 2.0), (0.0, 1e-6), (0.25, 0.2501)] {
            let ticks = labels(t0, t1);
            assert!(ticks.len() >= 2 && ticks.len() <= 6, "{t0}..{t1}: {ticks:?}");
            let mut unique = ticks.clone();
            unique.dedup();
            assert_eq!(unique, ticks, "{t0}..{t1}");
            for (t, _) in nice_ticks(t0, t1, 6) {
                assert!(t >= t0 - 1e-12 && t <= t1 + 1e-12, "{t} outside {t0}..{t1}");
            }
        }
    }

    #[test]
    fn long_lane_names_keep_their_end() {
        assert_eq!(super::short_label("Task-12"), "Task-12");
        assert_eq!(super::short_label("ThreadPoolExecutor-0_1"), "…Executor-0_1");
    }

    #[test]
    fn a_narrow_axis_gets_fewer_ticks() {
        // A phone's axis (390 px wide page): half a second in three labels, not six.
        let narrow: Vec<String> =
            super::nice_ticks(0.0, 0.5, 4).into_iter().map(|(_, l)| l).collect();
        assert_eq!(narrow, ["0.000", "0.200", "0.400"]);
        for max in 2..=6 {
            assert!(super::nice_ticks(0.0, 0.5, max).len() <= max, "{max}");
        }
    }
}
