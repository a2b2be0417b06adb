//! Share links, embedding and downloads: what the page reads from its own URL when it opens
//! (`#v1/...` share links, `#example/<slug>`, `?embed&...` options), what Share and Export
//! write, and the small postMessage API an embedding page can use.
//!
//! postMessage API (messages are plain objects; anything else is ignored):
//! - the embed tells its parent `{type: "loopscope:height", height}` whenever it may have
//!   changed size, and `{type: "loopscope:ready", steps}` when a run is ready;
//! - the parent may send `{type: "loopscope:load", program}` (run this program),
//!   `{type: "loopscope:goto", step}`, `{type: "loopscope:play"}` and
//!   `{type: "loopscope:pause"}`.

use loopscope_protocol::link::{self, LinkState};
use wasm_bindgen::JsCast;

/// How an embedded page looks and behaves (`?embed&panels=...&step=...`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmbedOptions {
    /// Panel keys to show; empty: the default set.
    pub panels: Vec<String>,
    pub step: Option<u64>,
    pub autoplay: bool,
    pub speed: Option<u32>,
    pub readonly: bool,
    /// `light` or `dark`; `None` follows the system.
    pub theme: Option<String>,
}

/// What the page opens with, from its URL.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Opening {
    pub state: Option<LinkState>,
    /// A gallery slug from `#example/<slug>`.
    pub example: Option<String>,
    /// Why the link could not be opened, for the visitor.
    pub problem: Option<String>,
    pub embed: Option<EmbedOptions>,
}

/// Reads the page's own URL.
pub fn opening() -> Opening {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Opening::default();
    };
    let hash = location.hash().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    parse_opening(&hash, &search)
}

/// `parse_opening("#v1/...", "?embed&step=3")`: the pure part of `opening`.
pub fn parse_opening(hash: &str, search: &str) -> Opening {
    let mut opening = Opening { embed: parse_embed(search), ..Opening::default() };
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    if let Some(slug) = fragment.strip_prefix("example/") {
        if loopscope_protocol::gallery::find(slug).is_some() {
            opening.example = Some(slug.to_string());
        } else {
            opening.problem = Some(format!(
                "There is no gallery example called “{}”; showing the first one.",
                slug.chars().take(60).collect::<String>()
            ));
        }
    } else if !fragment.is_empty() {
        match link::decode(fragment) {
            Ok(state) => opening.state = Some(state),
            Err(e) => {
                opening.problem =
                    Some(format!("This link could not be opened: {e}. Showing an example instead."))
            }
        }
    }
    opening
}

fn parse_embed(search: &str) -> Option<EmbedOptions> {
    let query = search.strip_prefix('?').unwrap_or(search);
    let pairs: Vec<(&str, &str)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    if !pairs.iter().any(|(k, _)| *k == "embed") {
        return None;
    }
    let get = |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let flag = |key: &str| get(key).is_some_and(|v| v.is_empty() || v == "1" || v == "true");
    Some(EmbedOptions {
        panels: get("panels")
            .map(|v| v.split([',', '+']).filter(|p| !p.is_empty()).map(str::to_string).collect())
            .unwrap_or_default(),
        step: get("step").and_then(|v| v.parse().ok()),
        autoplay: flag("autoplay"),
        speed: get("speed").and_then(|v| v.parse().ok()),
        readonly: flag("readonly"),
        theme: get("theme").filter(|t| *t == "light" || *t == "dark").map(str::to_string),
    })
}

/// The page's address without query or fragment: where links point.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Copies `text` to the clipboard (best effort: the page also shows it to copy by hand).
pub fn copy(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}

/// Offers `text` as a file download called `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The timeline panel's drawing as a standalone SVG file (its colours written in).
pub fn timeline_svg() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let svg = document.query_selector("svg.timeline").ok()??;
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg").ok()?;
    let style = document.create_element_ns(Some("http://www.w3.org/2000/svg"), "style").ok()?;
    style.set_text_content(Some(
        ".tick,.lane-label{font:11px monospace;fill:#333}.span.running{fill:#2e8b57}\
         .span.ready{fill:#c98f16;fill-opacity:.55}.span.suspended{fill:none;stroke:#8a93a3}\
         .blocked{fill:rgba(200,40,20,.14)}.cursor{stroke:#2f6fdf;stroke-width:2}",
    ));
    copy.prepend_with_node_1(&style).ok()?;
    Some(format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}", copy.outer_html()))
}

/// Tells the embedding page something (no-op when not framed).
pub fn tell_parent(message: &serde_json::Value) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    if let Ok(value) = js_sys::JSON::parse(&message.to_string()) {
        let _ = parent.post_message(&value, "*");
    }
}

/// The page's height, for `loopscope:height`.
pub fn page_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0.0, |e| e.scroll_height() as f64)
}

/// A message from the embedding page.
#[derive(Debug, Clone, PartialEq)]
pub enum HostCommand {
    Load(String),
    GoTo(u64),
    Play,
    Pause,
}

/// Reads a `message` event's data as a host command (anything else is `None`).
pub fn host_command(data: &wasm_bindgen::JsValue) -> Option<HostCommand> {
    let json = js_sys::JSON::stringify(data).ok()?.as_string()?;
    let value: serde_json::Value = serde_json::from_str(&json).ok()?;
    match value.get("type")?.as_str()? {
        "loopscope:load" => {
            let program = value.get("program")?.as_str()?;
            (program.len() <= link::MAX_DECODED_BYTES)
                .then(|| HostCommand::Load(program.to_string()))
        }
        "loopscope:goto" => Some(HostCommand::GoTo(value.get("step")?.as_u64()?)),
        "loopscope:play" => Some(HostCommand::Play),
        "loopscope:pause" => Some(HostCommand::Pause),
        _ => None,
    }
}
