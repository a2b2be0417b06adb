//! The timeline's network band (issue 13): each packet a line from the time it left (top or
//! bottom edge) to the time it arrived (the other edge), downwards toward the side that
//! accepted the connection, upwards for replies; a lost packet stops halfway with a cross.
//! Its title says kind, bytes, addresses and times; clicking it goes to the step that
//! recorded it.

use loopscope_protocol::timeline::{Network, Packet};
use yew::prelude::*;

/// The band's height: two lanes.
pub const BAND: f64 = 36.0;
/// Packets drawn at once: a busier view says how many it left out (zoom in to see them).
const DRAWN: usize = 1500;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub timeline: super::timeline::SameTimeline,
    pub t0: f64,
    pub t1: f64,
    pub width: f64,
    /// Where the lane labels end.
    pub label: f64,
    /// The band's top edge.
    pub top: f64,
    /// The axis counts steps (no virtual time passed): each packet is drawn at the step that
    /// recorded it.
    pub by_step: bool,
    pub on_go: Callback<u64>,
}

/// `data 5 B 127.0.0.1:32768 → 127.0.0.1:8888, 0.001–0.051 s`.
pub fn packet_title(n: &Network, p: &Packet) -> String {
    let address = |i: u32| n.addresses.get(i as usize).map_or("?", |s| s.as_str());
    let fate = match p.arrival {
        Some(a) => format!("{:.6}–{a:.6} s", p.sent),
        None => format!("left {:.6} s, lost", p.sent),
    };
    format!("{} {} B {} → {}, {fate}", p.kind, p.bytes, address(p.src), address(p.dst))
}

#[function_component(NetworkBand)]
pub fn network_band(props: &Props) -> Html {
    let n = &props.timeline.0.network;
    let (t0, t1, top) = (props.t0, props.t1, props.top);
    let x = |time: f64| props.label + (time - t0) / (t1 - t0) * (props.width - props.label - 8.0);
    let (upper, lower) = (top + 3.0, top + BAND - 5.0);
    let by_step = props.by_step;
    // Where a packet starts and ends on the axis.
    let bounds = move |p: &Packet| {
        if by_step {
            (p.step as f64, Some(p.step as f64))
        } else {
            (p.sent, p.arrival)
        }
    };
    let in_view = n.packets.iter().filter(move |p| {
        let (a, b) = bounds(p);
        b.unwrap_or(a) >= t0 && a <= t1
    });
    let shown = in_view.clone().count();
    let marks = in_view.take(DRAWN).map(|p| {
        let (from, to) = if p.to_server { (upper, lower) } else { (lower, upper) };
        let (sent, arrival) = bounds(p);
        let a = x(sent);
        let step = p.step;
        let on_go = props.on_go.clone();
        let title = html! { <title>{packet_title(n, p)}</title> };
        let onclick = Callback::from(move |_| on_go.emit(step));
        match arrival {
            Some(arrival) => {
                let b = x(arrival);
                html! {
                    <line class={classes!("packet", p.kind.clone())} x1={format!("{a:.1}")} y1={from.to_string()}
                          x2={format!("{b:.1}")} y2={to.to_string()} {onclick}>{title}</line>
                }
            }
            None => {
                let mid = (from + to) / 2.0;
                html! {
                    <g class="packet lost" {onclick}>
                        {title}
                        <line x1={format!("{a:.1}")} y1={from.to_string()} x2={format!("{:.1}", a + 4.0)} y2={mid.to_string()} />
                        <text x={format!("{:.1}", a + 3.0)} y={(mid + 4.0).to_string()}>{"×"}</text>
                    </g>
                }
            }
        }
    });
    let more = (shown > DRAWN).then(|| {
        html! {
            <text class="tick" x={(props.width - 8.0).to_string()} y={(top + BAND - 1.0).to_string()} text-anchor="end">
                {format!("{DRAWN} of {shown} packets shown: zoom in")}
            </text>
        }
    });
    html! {
        <g class="network" aria-label="Packets on the network">
            <text x="4" y={(top + BAND / 2.0 + 4.0).to_string()} class="lane-label network">{"network"}</text>
            <line class="network-edge" x1={props.label.to_string()} x2={(props.width - 8.0).to_string()}
                  y1={upper.to_string()} y2={upper.to_string()} />
            <line class="network-edge" x1={props.label.to_string()} x2={(props.width - 8.0).to_string()}
                  y1={lower.to_string()} y2={lower.to_string()} />
            { for marks }
            { more }
        </g>
    }
}
