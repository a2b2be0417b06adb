//! The page's side of the worker: starts it, queues requests until it says "ready", turns its
//! JSON answers into `Response`s, and keeps at most one panel request in flight so scrubbing
//! never builds a backlog (the newest wanted step replaces any older one still waiting). When
//! the worker dies (a wasm trap, out of memory), it starts a fresh one and says so.

use loopscope_protocol::messages::{ErrorKind, Request, Response};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;

/// Where Trunk puts the worker's loader (see index.html and Trunk.toml), relative to the page.
const WORKER_SCRIPT: &str = "./loopscope-worker_loader.js";

/// The worker's message handler, kept alive as long as the worker.
type MessageHandler = Closure<dyn Fn(MessageEvent)>;
/// The worker's error handler: an uncaught error there (a wasm trap) means it is dead.
type ErrorHandler = Closure<dyn Fn(ErrorEvent)>;

pub struct Client {
    inner: Rc<Inner>,
}

struct Inner {
    worker: RefCell<Option<Worker>>,
    ready: Cell<bool>,
    /// Requests posted before the worker was ready.
    queued: RefCell<Vec<String>>,
    view_in_flight: Cell<bool>,
    view_wanted: RefCell<Option<String>>,
    next_id: Cell<u64>,
    on_response: Callback<Response>,
    on_message: RefCell<Option<MessageHandler>>,
    on_error: RefCell<Option<ErrorHandler>>,
}

impl Client {
    /// Starts the worker; `on_response` hears every answer.
    pub fn start(on_response: Callback<Response>) -> Client {
        let inner = Rc::new(Inner {
            worker: RefCell::new(None),
            ready: Cell::new(false),
            queued: RefCell::new(Vec::new()),
            view_in_flight: Cell::new(false),
            view_wanted: RefCell::new(None),
            next_id: Cell::new(1),
            on_response,
            on_message: RefCell::new(None),
            on_error: RefCell::new(None),
        });
        Inner::spawn(&inner);
        Client { inner }
    }

    pub fn next_id(&self) -> u64 {
        let id = self.inner.next_id.get();
        self.inner.next_id.set(id + 1);
        id
    }

    /// Sends `request`; panel (`View`) requests are coalesced.
    pub fn send(&self, request: &Request) {
        let json = loopscope_protocol::messages::to_json(request);
        if matches!(request, Request::View { .. }) {
            if self.inner.view_in_flight.get() {
                *self.inner.view_wanted.borrow_mut() = Some(json);
                return;
            }
            self.inner.view_in_flight.set(true);
        }
        self.inner.post(json);
    }

    /// Stops whatever the worker is doing by replacing it with a fresh one. The run in
    /// progress is lost (the worker cannot be interrupted); budgets stop runs that keep
    /// their trace.
    pub fn restart(&self) {
        Inner::restart(&self.inner);
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Some(w) = self.inner.worker.borrow_mut().take() {
            w.terminate();
        }
    }
}

impl Inner {
    fn restart(this: &Rc<Inner>) {
        if let Some(w) = this.worker.borrow_mut().take() {
            w.terminate();
        }
        this.ready.set(false);
        this.queued.borrow_mut().clear();
        this.view_in_flight.set(false);
        this.view_wanted.borrow_mut().take();
        Inner::spawn(this);
    }

    /// The worker threw and did not catch it: whatever it held is gone and its wasm may be
    /// poisoned, so it is replaced, and the page is told in words.
    fn died(this: &Rc<Inner>, event: &ErrorEvent) {
        // Handled here: not reported again as the page's own uncaught error.
        event.prevent_default();
        let what = event.message();
        // Nothing more from it: a late answer must not be taken for the fresh worker's.
        if let Some(w) = this.worker.borrow_mut().take() {
            w.set_onmessage(None);
            w.set_onerror(None);
            w.terminate();
        }
        // Not from inside this handler: starting the next worker drops the running closure.
        let weak = Rc::downgrade(this);
        gloo_timers::callback::Timeout::new(0, move || {
            if let Some(inner) = weak.upgrade() {
                Inner::restart(&inner);
            }
        })
        .forget();
        this.on_response.emit(Response::Error {
            id: 0,
            kind: ErrorKind::WorkerDied,
            message: format!(
                "The worker running the program crashed ({}); the run is lost. This usually \
                 means it needed more memory or stack than the browser gives a page (e.g. \
                 hundreds of thousands of tasks at once). Your program is still here and a \
                 fresh worker is ready: Run again, perhaps with a smaller program.",
                if what.is_empty() { "no reason given".to_string() } else { what }
            ),
        });
    }

    fn spawn(this: &Rc<Inner>) {
        let worker = match Worker::new(WORKER_SCRIPT) {
            Ok(w) => w,
            Err(e) => {
                this.on_response.emit(Response::Error {
                    id: 0,
                    kind: ErrorKind::Worker,
                    message: format!("cannot start the worker: {e:?}"),
                });
                return;
            }
        };
        let weak = Rc::downgrade(this);
        let closure = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(inner) = weak.upgrade() {
                inner.receive(event);
            }
        });
        worker.set_onmessage(Some(closure.as_ref().unchecked_ref()));
        *this.on_message.borrow_mut() = Some(closure);
        let weak = Rc::downgrade(this);
        let on_error = Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
            if let Some(inner) = weak.upgrade() {
                Inner::died(&inner, &event);
            }
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *this.on_error.borrow_mut() = Some(on_error);
        *this.worker.borrow_mut() = Some(worker);
    }

    fn post(&self, json: String) {
        if !self.ready.get() {
            self.queued.borrow_mut().push(json);
            return;
        }
        if let Some(w) = self.worker.borrow().as_ref() {
            let _ = w.post_message(&JsValue::from_str(&json));
        }
    }

    fn receive(&self, event: MessageEvent) {
        let Some(text) = event.data().as_string() else {
            return;
        };
        if text == "ready" {
            self.ready.set(true);
            let queued: Vec<String> = self.queued.borrow_mut().drain(..).collect();
            for json in queued {
                self.post(json);
            }
            return;
        }
        let response = match serde_json::from_str::<Response>(&text) {
            Ok(r) => r,
            Err(e) => Response::Error {
                id: 0,
                kind: ErrorKind::Worker,
                message: format!("bad answer from worker: {e}"),
            },
        };
        // An error may answer a panel request too: never leave the queue stuck.
        if matches!(response, Response::View { .. } | Response::Error { .. }) {
            self.view_in_flight.set(false);
            if let Some(json) = self.view_wanted.borrow_mut().take() {
                self.view_in_flight.set(true);
                self.post(json);
            }
        }
        self.on_response.emit(response);
    }
}
