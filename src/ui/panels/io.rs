//! The selector and sockets panels (issue 13): the fds the loop's selector watches, with
//! their interest and callbacks and what the cycle's last `select` reported, and the
//! program's sockets on the simulated network. Shown with the loop cycle once the program
//! registered an fd or opened a socket.

use super::PanelFrame;
use loopscope_protocol::view::{IoKeyRow, Snapshot, SocketRow};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
}

/// `read`, `write`, `read, write`.
fn interest(read: bool, write: bool) -> String {
    let words: Vec<&str> =
        [(read, "read"), (write, "write")].iter().filter(|(on, _)| *on).map(|(_, w)| *w).collect();
    words.join(", ")
}

fn key_row(k: &IoKeyRow) -> Html {
    let ready = interest(k.ready_read, k.ready_write);
    let label = format!("fd {}", k.fd);
    html! {
        <li class={classes!("io-key", (!ready.is_empty()).then_some("io-ready"))}
            role="group" aria-label={label.clone()}>
            <span class="name">{label}</span>
            <span class="tag">{interest(k.read, k.write)}</span>
            if !ready.is_empty() {
                <span class="tag ready" title="what the last select() returned for this fd">
                    {format!("select: {}", if k.ready_read && k.ready_write { "readable, writable" } else if k.ready_read { "readable" } else { "writable" })}
                </span>
            }
            if !k.reader.is_empty() { <span class="detail">{format!("reader: {}", k.reader)}</span> }
            if !k.writer.is_empty() { <span class="detail">{format!("writer: {}", k.writer)}</span> }
        </li>
    }
}

#[function_component(Selector)]
pub fn selector(props: &Props) -> Html {
    let s = &props.snapshot;
    let ready = s.io_keys.iter().filter(|k| k.ready_read || k.ready_write).count();
    html! {
        <PanelFrame id="selector" title="Selector" note={format!("{} fd{} watched", s.io_keys.len(), if s.io_keys.len() == 1 { "" } else { "s" })}>
            if s.io_keys.is_empty() {
                <p class="muted">{"No fd is registered."}</p>
            } else {
                <ul class="io-keys" aria-label="Registered fds">{ for s.io_keys.iter().map(key_row) }</ul>
            }
            <p class="muted io-ready-note">{ if ready == 0 {
                "The last select() returned no events.".to_string()
            } else {
                format!("The last select() returned {ready} fd{}: their callbacks join the ready queue in the \"process I/O events\" phase.", if ready == 1 { "" } else { "s" })
            } }</p>
        </PanelFrame>
    }
}

fn socket_row(sock: &SocketRow) -> Html {
    let label = format!("socket fd {}", sock.fd);
    html! {
        <tr aria-label={label}>
            <td>{sock.fd}</td>
            <td>{&sock.kind}</td>
            <td class="socket-state">{ if sock.state.is_empty() { "—" } else { sock.state.as_str() } }</td>
            <td class="addr">
                <span>{ if sock.local.is_empty() { "—" } else { sock.local.as_str() } }</span>
                if !sock.peer.is_empty() { {" "}<span>{format!("→ {}", sock.peer)}</span> }
                // A phone has no room for the buffers' column: they go under the addresses.
                <span class="bytes-inline">{format!("send {} · receive {} · in flight {}",
                    bytes_text(sock.send_buffer), bytes_text(sock.recv_buffer), bytes_text(sock.in_flight))}</span>
            </td>
            // One column of three labelled numbers, so a phone's table needs no sideways scroll.
            <td class="bytes">
                <span title="accepted by send(), not yet acknowledged">{format!("send {}", bytes_text(sock.send_buffer))}</span>
                <span title="arrived, not yet read">{format!("receive {}", bytes_text(sock.recv_buffer))}</span>
                <span title="sent by this socket, on the link now">{format!("in flight {}", bytes_text(sock.in_flight))}</span>
            </td>
        </tr>
    }
}

/// `0`, `512 B`, `2.9 KiB`, `1.5 MiB`: a buffer's size at a glance.
pub fn bytes_text(n: u32) -> String {
    let n = n as f64;
    if n == 0.0 {
        "0".to_string()
    } else if n < 1024.0 {
        format!("{n} B")
    } else if n < 1024.0 * 1024.0 {
        format!("{:.1} KiB", n / 1024.0)
    } else {
        format!("{:.1} MiB", n / (1024.0 * 1024.0))
    }
}

#[function_component(Sockets)]
pub fn sockets(props: &Props) -> Html {
    let s = &props.snapshot;
    html! {
        <PanelFrame id="sockets" title="Sockets" note={format!("{} open", s.sockets.len())}>
            <p class="sim-note" role="note">{"The network is simulated: no packet leaves this page, and TLS (https://, ssl=True) is plain text."}</p>
            if s.sockets.is_empty() {
                <p class="muted">{"No socket is open."}</p>
            } else {
                <div class="sockets-scroll">
                    <table class="sockets" aria-label="Open sockets">
                        <thead><tr><th>{"fd"}</th><th>{"kind"}</th><th>{"state"}</th><th>{"local → peer"}</th><th class="bytes">{"buffers"}</th></tr></thead>
                        <tbody>{ for s.sockets.iter().map(socket_row) }</tbody>
                    </table>
                </div>
            }
        </PanelFrame>
    }
}
