//! The page's Web Worker: it runs programs and answers the page's questions about the run
//! (`loopscope_protocol::messages`), so a long program never freezes the page. Trunk builds it
//! from `index.html` (`data-type="worker"`).
//!
//! The `\N{...}` names table is not in this wasm (`unicode_names2`'s `lazy` feature, root
//! `Cargo.toml`): before running a program that may need it, the worker fetches `names.bin`
//! (copied to `dist/` by Trunk) and installs it. Requests that arrive meanwhile wait their
//! turn, so the page sees answers in the order it asked.

// Links the web crate's library for its global allocator (talc, src/lib.rs); nothing else
// of it is used here.
use loopscope_web as _;

use loopscope_protocol::messages::Request;
use loopscope_session::host::Host;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Where the names table is served, relative to the worker's script (the root of `dist/`).
const NAMES_URL: &str = "names.bin";

struct Worker {
    scope: DedicatedWorkerGlobalScope,
    host: RefCell<Host>,
    /// Requests not served yet, in arrival order.
    queue: RefCell<VecDeque<String>>,
    /// A fetch of the names table is under way; the queue waits for it.
    fetching: Cell<bool>,
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let worker = Rc::new(Worker {
        scope: scope.clone(),
        host: RefCell::new(Host::default()),
        queue: RefCell::new(VecDeque::new()),
        fetching: Cell::new(false),
    });
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(json) = event.data().as_string() else {
            return;
        };
        worker.queue.borrow_mut().push_back(json);
        serve(&worker);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The page waits for this before sending anything: earlier messages would find no handler.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// Serves queued requests until one needs the names table first; that one resumes after the
/// fetch.
fn serve(worker: &Rc<Worker>) {
    if worker.fetching.get() {
        return;
    }
    loop {
        let Some(json) = worker.queue.borrow_mut().pop_front() else {
            return;
        };
        if needs_names_table(&json) {
            worker.fetching.set(true);
            let worker = worker.clone();
            wasm_bindgen_futures::spawn_local(async move {
                load_names_table(&worker.scope).await;
                worker.fetching.set(false);
                handle(&worker, &json);
                serve(&worker);
            });
            return;
        }
        handle(worker, &json);
    }
}

fn handle(worker: &Worker, json: &str) {
    let scope = worker.scope.clone();
    // Requests are served one at a time (a fetch defers the rest), so borrowing cannot fail.
    worker.host.borrow_mut().handle_json(json, move |reply| {
        let _ = scope.post_message(&JsValue::from_str(&reply));
    });
}

/// A run whose program may look a `\N{...}` name up while the table is absent.
fn needs_names_table(json: &str) -> bool {
    if unicode_names2::is_loaded() || !unicode_names2::may_need_table(json) {
        return false;
    }
    match serde_json::from_str::<Request>(json) {
        Ok(Request::Run { source, .. }) => unicode_names2::may_need_table(&source),
        _ => false,
    }
}

/// Fetches and installs the table; on failure records why, so a lookup that needed it says
/// so (the run goes ahead: a program may only mention `N{` in a comment).
async fn load_names_table(scope: &DedicatedWorkerGlobalScope) {
    let outcome = match fetch_bytes(scope, NAMES_URL).await {
        Ok(bytes) => unicode_names2::install_table(bytes).map_err(|e| e.to_string()),
        Err(why) => Err(format!("fetching {NAMES_URL} failed: {why}; run again when online")),
    };
    if let Err(why) = outcome {
        unicode_names2::set_unavailable_reason(why);
    }
}

async fn fetch_bytes(scope: &DedicatedWorkerGlobalScope, url: &str) -> Result<Vec<u8>, String> {
    let response = JsFuture::from(scope.fetch_with_str(url)).await.map_err(js_error)?;
    let response: web_sys::Response = response.dyn_into().map_err(js_error)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer =
        JsFuture::from(response.array_buffer().map_err(js_error)?).await.map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn js_error(value: JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "network error".into())
}
