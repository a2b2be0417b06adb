//! Coroutine origin tracking (`sys.set_coroutine_origin_tracking_depth`), which asyncio turns
//! on in debug mode: each coroutine object remembers the innermost frames of the stack that
//! created it (`cr_origin`), and the "never awaited" warning then says "Coroutine created at
//! (most recent call last)" with them.
//!
//! CPython keeps the origin on the coroutine object; here it is a side table by coroutine
//! serial, as `tracemalloc`'s traces are, so that a generator object does not grow for a
//! feature only debug mode uses. A coroutine's death empties its entry.

use super::value::Value;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A frame of the stack as CPython has it: file name, current line, function name
/// (`co_name`), and whether it is library code (asyncio's loop, our library's Python).
#[derive(Debug, Clone, PartialEq)]
pub struct CallSite {
    pub filename: Rc<str>,
    pub line: u32,
    pub function: Rc<str>,
    pub library: bool,
}

/// Where a coroutine was created, innermost frame first.
pub type Origin = Rc<[CallSite]>;

/// asyncio's `constants.DEBUG_STACK_DEPTH`: the depth a loop in debug mode tracks.
pub const DEBUG_STACK_DEPTH: u32 = 10;

thread_local! {
    /// Coroutine serial → where it was created, for coroutines created while tracking.
    static ORIGINS: RefCell<FxHashMap<u32, Origin>> = RefCell::new(FxHashMap::default());
    /// Whether `ORIGINS` may hold anything (a coroutine's death then looks itself up).
    static ANY: Cell<bool> = const { Cell::new(false) };
    /// Whether any coroutine may have a creation record (an origin or a `tracemalloc`
    /// trace): a dying coroutine looks itself up only then, with one check for both.
    static CREATION_RECORDED: Cell<bool> = const { Cell::new(false) };
}

/// A new run starts with no origins.
pub fn reset() {
    ORIGINS.with(|o| o.borrow_mut().clear());
    ANY.with(|a| a.set(false));
    CREATION_RECORDED.with(|c| c.set(false));
}

pub fn record(serial: u32, origin: Origin) {
    ORIGINS.with(|o| o.borrow_mut().insert(serial, origin));
    ANY.with(|a| a.set(true));
    note_creation_recorded();
}

/// Notes that some coroutine has a creation record (`CREATION_RECORDED`).
pub fn note_creation_recorded() {
    CREATION_RECORDED.with(|c| c.set(true));
}

/// Whether a dying coroutine need look for its creation records.
#[inline]
pub fn creation_recorded() -> bool {
    CREATION_RECORDED.with(Cell::get)
}

/// Coroutine `serial`'s `cr_origin`, if it was created while tracking.
pub fn origin_of(serial: u32) -> Option<Origin> {
    if !ANY.with(Cell::get) {
        return None;
    }
    ORIGINS.with(|o| o.borrow().get(&serial).cloned())
}

/// Where coroutine `serial` was created, forgetting it (the coroutine is dying).
#[inline]
pub fn forget(serial: u32) -> Option<Origin> {
    if !ANY.with(Cell::get) {
        return None;
    }
    forget_tracked(serial)
}

#[cold]
#[inline(never)]
fn forget_tracked(serial: u32) -> Option<Origin> {
    ORIGINS.with(|o| o.borrow_mut().remove(&serial))
}

/// `cr_origin` as Python sees it: `((filename, lineno, funcname), ...)`, innermost first.
pub fn origin_value(origin: &[CallSite]) -> Value {
    let frames = origin.iter().map(|site| {
        Value::tuple(vec![
            Value::str(&site.filename),
            Value::Int(i64::from(site.line)),
            Value::str(&site.function),
        ])
    });
    Value::tuple(frames.collect())
}

/// What `warnings._warn_unawaited_coroutine` appends to the message: the frames as
/// `traceback.format_list` writes them, without the last newline.
pub fn created_at_note(origin: &[CallSite], source_line: impl Fn(&str, u32) -> String) -> String {
    let mut note = String::from("\nCoroutine created at (most recent call last)\n");
    note.push_str(format_call_sites(origin, source_line).trim_end_matches('\n'));
    note
}

/// `traceback.format_list` of a stack held innermost first: outermost first, runs of one
/// frame line cut after three. Library frames count but are not shown, as in the engine's
/// tracebacks (docs/ARCHITECTURE.md, "Deliberate differences").
pub fn format_call_sites(origin: &[CallSite], source_line: impl Fn(&str, u32) -> String) -> String {
    let mut text = String::new();
    let mut repeats = super::exceptions::RepeatedFrames::new();
    for site in origin.iter().rev() {
        if !repeats.admit(site, &mut text) || site.library {
            continue;
        }
        text.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            site.filename, site.line, site.function
        ));
        let line = source_line(&site.filename, site.line);
        if !line.trim().is_empty() {
            text.push_str(&format!("    {}\n", line.trim()));
        }
    }
    repeats.finish(&mut text);
    text
}
