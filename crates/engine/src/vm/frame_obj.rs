//! Frame objects (C in CPython: `frameobject.c`) for what programs that explain generators and
//! coroutines read of them: `gi_frame`/`cr_frame`/`ag_frame`, with `f_lineno`, `f_locals`,
//! `f_code`, `f_globals` and `f_back`, read live from the generator's own frame.
//!
//! A failed task's `get_stack()` gives the frames its exception's traceback kept: those have
//! finished, so they are only their code and last line (`finished_frame`).
//!
//! A traceback's `tb_frame` is a finished frame too. Otherwise only a generator's frame has
//! an object here; the frames of running functions (`inspect.currentframe()`,
//! `sys._getframe()`) are not supported yet. Each `gi_frame` read makes a new object (CPython hands out the frame's one object, so
//! `g.gi_frame is g.gi_frame` is True there).

use super::native::{NativeClass, NativeState};
use super::objects::{GenObj, GenState, InstanceObj, TracebackEntry};
use super::value::Value;
use super::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A frame that has finished running, as a traceback keeps it.
#[derive(Clone)]
pub struct FinishedFrame {
    pub entry: TracebackEntry,
    /// `f_back`: the frame that called it (a finished frame too), or `None`.
    pub back: Value,
}

const FRAME: NativeClass =
    NativeClass { module: "builtins", name: "frame", methods: &[], new: None };

/// Whether `v` is a frame object: its attributes are read with the reading frame on the
/// stack, where a running generator's frame is found (`frame_attr_here`).
#[inline]
pub(crate) fn is_frame_object(v: &Value) -> bool {
    // The first test is all that most attribute loads (on plain instances) pay.
    matches!(v, Value::Instance(i) if i.native.is_some() && is_frame_state(i))
}

#[cold]
fn is_frame_state(i: &InstanceObj) -> bool {
    matches!(i.native.as_deref(), Some(NativeState::Frame(_) | NativeState::FinishedFrame(_)))
}

impl Vm {
    /// A frame object's attribute `names[i]` read by `frame`'s instruction: `frame` is parked
    /// on the stack meanwhile, since it may be the frame asked about (a coroutine reading its
    /// own `cr_frame.f_lineno`).
    #[cold]
    #[inline(never)]
    pub(crate) fn frame_attr_here(
        &mut self,
        frame: &mut Box<super::frame::Frame>,
        obj: &Value,
        i: u32,
    ) -> PyResult<Value> {
        let name = frame.code.names[i as usize].clone();
        self.park(frame);
        let result = self.get_attr(obj, &name);
        self.unpark(frame);
        result
    }

    /// `gi_frame` (and `cr_frame`, `ag_frame`): `None` once the generator has finished.
    pub(crate) fn generator_frame(&mut self, g: &Rc<GenObj>) -> Value {
        if g.state.get() == GenState::Closed {
            return Value::None;
        }
        let class = self.native_class(&FRAME);
        Value::Instance(Rc::new(InstanceObj {
            class,
            dict: RefCell::new(Default::default()),
            exception: None,
            native: Some(Box::new(NativeState::Frame(g.clone()))),
            finalized: std::cell::Cell::new(false),
        }))
    }

    /// The frame a traceback entry stands for, once it has finished running.
    pub(crate) fn finished_frame(&mut self, frame: FinishedFrame) -> Value {
        let class = self.native_class(&FRAME);
        Value::Instance(Rc::new(InstanceObj {
            class,
            dict: RefCell::new(Default::default()),
            exception: None,
            native: Some(Box::new(NativeState::FinishedFrame(frame))),
            finalized: std::cell::Cell::new(false),
        }))
    }

    /// A finished frame's attribute, or `None` when `name` is not one of them. Its variables
    /// are not kept here, so what would read them is reported as not supported.
    pub(crate) fn finished_frame_attr(
        &mut self,
        frame: &FinishedFrame,
        name: &str,
    ) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            // A traceback's frame may still be running (the one handling the exception).
            "f_lineno" => {
                let running =
                    self.frames.iter().rev().find(|f| Rc::ptr_eq(&f.code, &frame.entry.code));
                Value::Int(i64::from(running.map_or(frame.entry.line, |f| f.current_line())))
            }
            "f_code" => Value::Code(frame.entry.code.clone()),
            // `Null`: the caller is not among the frames kept (a traceback's outermost).
            "f_back" if matches!(frame.back, Value::Null) => {
                return Err(self.unsupported_now("frame.f_back of a traceback's outermost frame"));
            }
            "f_back" => frame.back.clone(),
            // The program is one module: its code's globals are `__main__`'s.
            "f_globals" if !frame.entry.code.is_library => {
                let main = self.main_module.clone();
                super::namespaces::module_dict(self, &main)?
            }
            "f_locals" | "f_globals" | "f_lasti" | "f_trace" | "f_trace_lines"
            | "f_trace_opcodes" | "clear" | "f_builtins" => {
                return Err(self.unsupported_now(&format!("frame.{name} of a finished frame")));
            }
            _ => return Ok(None),
        }))
    }

    /// A frame object's attribute, or `None` when `name` is not one of them.
    pub(crate) fn frame_attr(&mut self, g: &Rc<GenObj>, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "f_lineno" => Value::Int(i64::from(self.generator_line(g))),
            "f_code" => Value::Code(g.code.clone()),
            "f_locals" => self.generator_locals(g)?,
            "f_globals" => {
                let module = self.generator_module(g);
                match module {
                    Some(m) => super::namespaces::module_dict(self, &m)?,
                    None => return Ok(None),
                }
            }
            // A suspended generator's frame has no caller.
            "f_back" if g.state.get() != GenState::Running => Value::None,
            "f_back" | "f_lasti" | "f_trace" | "f_trace_lines" | "f_trace_opcodes" | "clear"
            | "f_builtins" => {
                return Err(self.unsupported_now(&format!("frame.{name}")));
            }
            _ => return Ok(None),
        }))
    }

    /// The frame of generator `g` while it runs: on the stack (parked by a call it made, or
    /// by `frame_attr_here` when the generator reads its own frame).
    pub(crate) fn running_frame_of(&self, g: &GenObj) -> Option<&super::frame::Frame> {
        let mine =
            |f: &super::frame::Frame| f.generator.as_ref().is_some_and(|x| std::ptr::eq(&**x, g));
        self.frames.iter().rev().map(|f| &**f).find(|f| mine(f))
    }

    /// The line a generator's frame is at: its `def` line before it starts (CPython's
    /// `f_lineno` of a fresh frame), else where it runs or waits.
    pub(crate) fn generator_line(&self, g: &GenObj) -> u32 {
        match g.state.get() {
            GenState::Created => g.code.first_line,
            GenState::Running => {
                self.running_frame_of(g).map_or(g.last_line.get(), |f| f.current_line())
            }
            _ => g.frame.borrow().as_ref().map_or(g.last_line.get(), |f| f.current_line()),
        }
    }

    fn generator_module(&self, g: &GenObj) -> Option<Rc<super::objects::ModuleObj>> {
        if let Some(f) = g.frame.borrow().as_ref() {
            return Some(f.module.clone());
        }
        self.running_frame_of(g).map(|f| f.module.clone())
    }

    /// `f_locals`: a new dict of the frame's bound variables, as `locals()` inside it.
    fn generator_locals(&mut self, g: &GenObj) -> PyResult<Value> {
        let suspended = g.frame.borrow().as_ref().map(|f| super::namespaces::frame_local_pairs(f));
        let pairs = suspended
            .or_else(|| self.running_frame_of(g).map(super::namespaces::frame_local_pairs));
        self.dict_from_pairs(pairs.unwrap_or_default())
    }

    /// `<frame at 0x..., file 'main.py', line 4, code gen>`.
    pub(crate) fn frame_repr(&self, obj: &Value, g: &GenObj) -> String {
        let address = super::repr::address_of(obj);
        let file = loopscope_pyfmt::str_repr(&g.code.filename);
        format!(
            "<frame at {address}, file {file}, line {}, code {}>",
            self.generator_line(g),
            g.code.name
        )
    }
}

/// `<frame at 0x..., file 'main.py', line 4, code fetch>` for a finished frame.
pub(crate) fn finished_frame_repr(obj: &Value, frame: &FinishedFrame) -> String {
    let entry = &frame.entry;
    let address = super::repr::address_of(obj);
    let file = loopscope_pyfmt::str_repr(&entry.code.filename);
    format!("<frame at {address}, file {file}, line {}, code {}>", entry.line, entry.code.name)
}
