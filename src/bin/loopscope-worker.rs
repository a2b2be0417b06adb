//! The page's Web Worker: it runs programs and answers the page's questions about the run
//! (`loopscope_protocol::messages`), so a long program never freezes the page. Trunk builds it
//! from `index.html` (`data-type="worker"`).

use loopscope_session::host::Host;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let host = Rc::new(RefCell::new(Host::default()));
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(json) = event.data().as_string() else {
            return;
        };
        let scope = reply_scope.clone();
        // A request that arrives while one is served waits in the worker's queue; borrowing
        // cannot fail because messages are handled one at a time.
        host.borrow_mut().handle_json(&json, move |reply| {
            let _ = scope.post_message(&JsValue::from_str(&reply));
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The page waits for this before sending anything: earlier messages would find no handler.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
