//! Frame objects (C in CPython: `frameobject.c`) for what programs that explain generators and
//! coroutines read of them: `gi_frame`/`cr_frame`/`ag_frame`, with `f_lineno`, `f_locals`,
//! `f_code`, `f_globals` and `f_back`, read live from the generator's own frame.
//!
//! A failed task's `get_stack()` gives the frames its exception's traceback kept: those have
//! finished, so they are only their code and last line (`finished_frame`).
//!
//! A traceback's `tb_frame` is a finished frame too. The frames of running functions
//! (`sys._getframe()`, `inspect.currentframe()`) are `LiveFrame`s: found by serial among the
//! thread's frames whenever they are read, so `f_lineno` and `f_locals` are live, and
//! `f_back` walks the stack as CPython has it (asyncio's loop frames, which are Python in
//! CPython and native here, stop the walk as not supported). Each read makes a new object
//! (CPython hands out the frame's one object, so `g.gi_frame is g.gi_frame` is True there).

use super::native::{NativeClass, NativeState};
use super::objects::{GenObj, GenState, InstanceObj, ModuleObj, TracebackEntry};
use super::value::Value;
use super::{PyResult, Vm};
use crate::compiler::code::CodeObj;
use crate::stdlib::library_support::{cpython_frames, CpythonFrame};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

/// A frame that has finished running, as a traceback keeps it.
#[derive(Clone)]
pub struct FinishedFrame {
    pub entry: TracebackEntry,
    /// `f_back`: the frame that called it (a finished frame too), or `None`.
    pub back: Value,
}

/// A frame that was running when the program asked for it (`sys._getframe()`): its code and
/// module, and the line it was at then (what its repr shows once it has returned).
#[derive(Clone)]
pub struct LiveFrame {
    serial: u32,
    code: Rc<CodeObj>,
    module: Rc<ModuleObj>,
    /// The generator or coroutine the frame belongs to: once it is suspended, its frame
    /// answers from there.
    generator: Option<Rc<GenObj>>,
    line_when_taken: u32,
}

impl LiveFrame {
    fn of(frame: &super::frame::Frame) -> Self {
        LiveFrame {
            serial: frame.serial,
            code: frame.code.clone(),
            module: frame.module.clone(),
            generator: frame.generator.clone(),
            line_when_taken: frame.current_line(),
        }
    }
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
    matches!(
        i.native.as_deref(),
        Some(NativeState::Frame(_) | NativeState::FinishedFrame(_) | NativeState::LiveFrame(_))
    )
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

    /// `sys._getframe(depth)`: the frame `depth` calls out from the running one, counting as
    /// CPython's stack does (no frames for library code that is C there).
    pub(crate) fn running_frame_object(&mut self, depth: usize) -> PyResult<Value> {
        let found = match cpython_frames(self).nth(depth) {
            None => None,
            Some(CpythonFrame::Loop(f)) => Some(Err(f.function)),
            Some(CpythonFrame::Python(f)) => Some(Ok(LiveFrame::of(f))),
        };
        match found {
            None => Err(self.new_error(ExcKind::ValueError, "call stack is not deep enough")),
            Some(Err(function)) => Err(self.loop_frame_unsupported(function)),
            Some(Ok(frame)) => Ok(self.frame_object(NativeState::LiveFrame(frame))),
        }
    }

    /// A frame of asyncio's loop (`Handle._run`, `_run_once`, ...): Python in CPython, so
    /// its frame exists there; native here, so there is none to show.
    fn loop_frame_unsupported(&mut self, function: &str) -> super::PyErr {
        self.unsupported_now(&format!(
            "the frame of asyncio's `{function}` (the loop's own frames)"
        ))
    }

    fn frame_object(&mut self, state: NativeState) -> Value {
        let class = self.native_class(&FRAME);
        Value::Instance(Rc::new(InstanceObj {
            class,
            dict: RefCell::new(Default::default()),
            exception: None,
            native: Some(Box::new(state)),
            finalized: std::cell::Cell::new(false),
        }))
    }

    /// Where in `Vm::frames` the frame `f` stands for is, if it is running on this thread
    /// (parked by a call it made, or by `frame_attr_here` while it reads its own frame).
    fn running_index(&self, f: &LiveFrame) -> Option<usize> {
        self.frames.iter().rposition(|frame| frame.serial == f.serial)
    }

    /// A running function's frame attribute, or `None` when `name` is not one of them.
    pub(crate) fn live_frame_attr(&mut self, f: &LiveFrame, name: &str) -> PyResult<Option<Value>> {
        let running = self.running_index(f);
        if running.is_none() {
            if let Some(g) = &f.generator {
                // Suspended (or finished): the generator's frame answers.
                return self.frame_attr(&g.clone(), name);
            }
        }
        Ok(Some(match (name, running) {
            ("f_code", _) => Value::Code(f.code.clone()),
            ("f_globals", _) => super::namespaces::module_dict(self, &f.module)?,
            ("f_lineno", Some(i)) => Value::Int(i64::from(self.frames[i].current_line())),
            ("f_locals", Some(i)) => super::namespaces::locals_of_frame(self, i)?,
            ("f_back", Some(_)) => self.live_frame_back(f)?,
            ("f_lineno" | "f_locals" | "f_back", None) => {
                let what = format!("frame.{name} of a function that has returned");
                return Err(self.unsupported_now(&what));
            }
            (
                "f_lasti" | "f_trace" | "f_trace_lines" | "f_trace_opcodes" | "clear"
                | "f_builtins",
                _,
            ) => return Err(self.unsupported_now(&format!("frame.{name}"))),
            _ => return Ok(None),
        }))
    }

    /// `f_back` of a running frame: the next frame out, as CPython's stack has it.
    fn live_frame_back(&mut self, f: &LiveFrame) -> PyResult<Value> {
        let back = cpython_frames(self)
            .skip_while(|frame| !matches!(frame, CpythonFrame::Python(x) if x.serial == f.serial))
            .nth(1)
            .map(|frame| match frame {
                CpythonFrame::Loop(l) => Err(l.function),
                CpythonFrame::Python(x) => Ok(LiveFrame::of(x)),
            });
        match back {
            None => Ok(Value::None),
            Some(Err(function)) => Err(self.loop_frame_unsupported(function)),
            Some(Ok(frame)) => Ok(self.frame_object(NativeState::LiveFrame(frame))),
        }
    }

    /// `<frame at 0x..., file 'main.py', line 4, code fetch>`: where the frame is now, or
    /// where it was when taken once it has returned.
    pub(crate) fn live_frame_repr(&self, obj: &Value, f: &LiveFrame) -> String {
        let line = match (self.running_index(f), &f.generator) {
            (Some(i), _) => self.frames[i].current_line(),
            (None, Some(g)) => self.generator_line(g),
            (None, None) => f.line_when_taken,
        };
        let address = super::repr::address_of(obj);
        let file = loopscope_pyfmt::str_repr(&f.code.filename);
        format!("<frame at {address}, file {file}, line {line}, code {}>", f.code.name)
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

    /// The line of the frame a traceback entry stands for, as its `f_lineno` reads: where
    /// that frame is now if it still runs (the one handling the exception), else where the
    /// entry left it.
    pub(crate) fn entry_line_now(&self, entry: &TracebackEntry) -> u32 {
        let running = self.frames.iter().rev().find(|f| Rc::ptr_eq(&f.code, &entry.code));
        running.map_or(entry.line, |f| f.current_line())
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
            "f_lineno" => Value::Int(i64::from(self.entry_line_now(&frame.entry))),
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
