//! `exc.__traceback__` as an object (native in CPython: `traceback.c`'s `PyTracebackObject`):
//! one `traceback` per frame the exception passed through, the outermost first, each with
//! `tb_lineno` and `tb_next` (the next frame inward). `tb_frame` is the frame as it finished
//! (`frame_obj::FinishedFrame`): its code, line and globals, not its variables.

use super::native::{NativeClass, NativeState};
use super::objects::{InstanceObj, TracebackEntry};
use super::value::Value;
use super::{PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

/// Where a traceback object keeps its frame object once made (not an attribute name Python
/// code can spell).
const TB_FRAME_KEY: &str = " tb_frame";

const TRACEBACK: NativeClass =
    NativeClass { module: "builtins", name: "traceback", methods: &[], new: None };

impl Vm {
    /// `exc.__traceback__`: `None` before it was raised, else the head of its chain. The
    /// objects are made once and kept, so the same traceback is the same object, and a
    /// frame the exception unwinds through later gets a new head whose `tb_next` is the old
    /// one, as CPython's `PyTraceBack_Here` does.
    pub(crate) fn traceback_object(&mut self, exc: &Value) -> Value {
        let Some(state) = super::exceptions::state_of(exc) else { return Value::None };
        let entries: Vec<TracebackEntry> = state.borrow().traceback.clone();
        let mut made = std::mem::take(&mut state.borrow_mut().traceback_objects);
        // `with_traceback(None)` or a restored traceback dropped frames: their objects go.
        made.truncate(entries.len());
        for entry in &entries[made.len()..] {
            let next = made.last().cloned().unwrap_or(Value::None);
            made.push(self.new_traceback(entry.clone(), next));
        }
        let head = made.last().cloned().unwrap_or(Value::None);
        state.borrow_mut().traceback_objects = made;
        head
    }

    /// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: the exception's traceback
    /// becomes the chain from `tb` (`None`: none), so a re-raise goes on from there, as
    /// `contextlib`'s `__exit__` relies on to hide the generator's frame.
    pub(crate) fn set_traceback(&mut self, exc: &Value, tb: &Value) -> PyResult<()> {
        if !tb.is_none() && !self.is_traceback(tb) {
            return Err(
                self.new_error(ExcKind::TypeError, "__traceback__ must be a traceback or None")
            );
        }
        let Some(state) = super::exceptions::state_of(exc) else { return Ok(()) };
        // The chain runs outermost first; the state keeps the innermost frame first.
        let mut chain: Vec<(TracebackEntry, Value)> = Vec::new();
        let mut at = tb.clone();
        while let Value::Instance(i) = &at {
            let Some(NativeState::Traceback(entry)) = i.native.as_deref() else { break };
            let next = i.dict.borrow().get("tb_next").cloned().unwrap_or(Value::None);
            chain.push((entry.clone(), at.clone()));
            at = next;
        }
        chain.reverse();
        let (entries, objects): (Vec<_>, Vec<_>) = chain.into_iter().unzip();
        let mut s = state.borrow_mut();
        s.tb_committed = entries.len();
        let old_entries = std::mem::replace(&mut s.traceback, entries);
        let old_objects = std::mem::replace(&mut s.traceback_objects, objects);
        drop(s);
        drop((old_entries, old_objects));
        Ok(())
    }

    /// A traceback object for one frame; it keeps the frame's code and position (what
    /// `tb_frame` and `tb_lasti` would give) for `traceback.extract_tb`.
    fn new_traceback(&mut self, entry: TracebackEntry, next: Value) -> Value {
        let class = self.native_class(&TRACEBACK);
        let mut dict = crate::vm::objects::AttrDict::default();
        dict.insert(Rc::<str>::from("tb_lineno"), Value::Int(entry.line as i64));
        dict.insert(Rc::<str>::from("tb_next"), next);
        Value::Instance(Rc::new(InstanceObj {
            class,
            dict: RefCell::new(dict.into()),
            exception: None,
            native: Some(Box::new(NativeState::Traceback(entry))),
            finalized: std::cell::Cell::new(false),
        }))
    }

    /// The frames of the traceback chain from `tb` inward, as `traceback.extract_tb` walks
    /// it: `(filename, lineno, name, is_library, end_lineno, colno, end_colno, carets)` each,
    /// the positions as CPython's `co_positions` gives them (columns in UTF-8 bytes) and
    /// `carets` the position line a traceback prints under the source line (or `None`).
    pub(crate) fn traceback_entries(&self, tb: &Value) -> Vec<Value> {
        let mut out = Vec::new();
        let mut at = tb.clone();
        while let Value::Instance(i) = &at {
            let Some(NativeState::Traceback(entry)) = i.native.as_deref() else { break };
            let code = &entry.code;
            if code.is_library && crate::stdlib::library_support::native_in_cpython(code) {
                // No frame of its own in CPython (`open` is C there).
                let next = i.dict.borrow().get("tb_next").cloned().unwrap_or(Value::None);
                at = next;
                continue;
            }
            let span = (code.filename.as_ref() == self.source.name)
                .then(|| code.span_at(entry.ip as usize))
                .flatten();
            let [end_lineno, colno, end_colno] = match span {
                Some((start, end)) => {
                    let (end_line, end_col) = self.line_and_column(end);
                    let start_col = self.line_and_column(start).1;
                    [Value::Int(i64::from(end_line)), Value::Int(start_col), Value::Int(end_col)]
                }
                None => [Value::None, Value::None, Value::None],
            };
            let printer = super::carets::Printer::TracebackModule;
            let carets = span.and_then(|span| {
                super::carets::caret_line(&self.source, entry.line, span, printer)
            });
            out.push(Value::tuple(vec![
                Value::str(&code.filename),
                Value::Int(i64::from(entry.line)),
                Value::str(&code.name),
                Value::Bool(code.is_library),
                end_lineno,
                colno,
                end_colno,
                carets.map_or(Value::None, Value::string),
            ]));
            let next = i.dict.borrow().get("tb_next").cloned().unwrap_or(Value::None);
            at = next;
        }
        out
    }

    /// The program's line holding byte `offset`, and the offset's column in bytes.
    fn line_and_column(&self, offset: u32) -> (u32, i64) {
        let line_start = super::carets::line_start_byte(&self.source, offset);
        (self.source.line_of(offset), (offset as usize - line_start) as i64)
    }

    /// `tb.tb_frame`: the frame the traceback entry stands for, made once per traceback
    /// object. Its `f_back` is the frame of the traceback entry outside it, which only the
    /// chain's head knows; a frame whose caller is not in the traceback reports `f_back` as
    /// not supported.
    pub(crate) fn traceback_frame(&mut self, tb: &Value) -> Value {
        let Value::Instance(i) = tb else { return Value::None };
        if let Some(made) = i.dict.borrow().get(TB_FRAME_KEY) {
            return made.clone();
        }
        let Some(NativeState::Traceback(entry)) = i.native.as_deref() else { return Value::None };
        let entry = entry.clone();
        // The module's frame has no caller; any other frame's caller is outside this chain.
        let back = if entry.code.name.as_ref() == "<module>" { Value::None } else { Value::Null };
        let frame = self.finished_frame(super::frame_obj::FinishedFrame { entry, back });
        i.dict.borrow_mut().insert(Rc::<str>::from(TB_FRAME_KEY), frame.clone());
        // The entries inward get this frame as their `f_back`.
        let mut at = i.dict.borrow().get("tb_next").cloned().unwrap_or(Value::None);
        let mut outer = frame.clone();
        while let Value::Instance(inner) = &at {
            let Some(NativeState::Traceback(entry)) = inner.native.as_deref() else { break };
            if inner.dict.borrow().contains_key(TB_FRAME_KEY) {
                break;
            }
            let made = self.finished_frame(super::frame_obj::FinishedFrame {
                entry: entry.clone(),
                back: outer,
            });
            inner.dict.borrow_mut().insert(Rc::<str>::from(TB_FRAME_KEY), made.clone());
            outer = made;
            let next = inner.dict.borrow().get("tb_next").cloned().unwrap_or(Value::None);
            at = next;
        }
        frame
    }

    /// Whether `obj` is a traceback object.
    pub(crate) fn is_traceback(&self, obj: &Value) -> bool {
        let class = self.native_classes.get(&(TRACEBACK.module, TRACEBACK.name));
        matches!((obj, class), (Value::Instance(i), Some(c)) if Rc::ptr_eq(&i.class, c))
    }
}
