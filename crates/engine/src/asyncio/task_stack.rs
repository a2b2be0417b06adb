//! `Task.get_stack()` and `Task.print_stack()` (CPython's `base_tasks._task_get_stack` and
//! `_task_print_stack`): the frame a pending task's coroutine is suspended in, or the frames of
//! a failed task's traceback, as minimal frame objects (`f_code`, `f_lineno`, `f_globals`,
//! `f_back`).

use super::future::{FutureClass, FutureObj};
use crate::compiler::code::CodeObj;
use crate::vm::objects::{BuiltinType, ClassObj, GenState, InstanceObj};
use crate::vm::types::new_builtin_class;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// One frame of a task's stack: its code and the line it is at.
struct StackFrame {
    code: Rc<CodeObj>,
    line: u32,
}

impl Vm {
    /// The frames `task.get_stack(limit=limit)` returns, outermost first.
    fn task_stack(&self, task: &FutureObj, limit: Option<i64>) -> Vec<StackFrame> {
        let FutureClass::Task(data) = &task.class else { return Vec::new() };
        if limit.is_some_and(|n| n <= 0) {
            return Vec::new();
        }
        // A coroutine that has not finished has a frame (`cr_frame`); its `f_back` is None
        // while it is suspended, so the stack is that one frame.
        if let Value::Gen(g) = &data.coro {
            let line = match g.state.get() {
                GenState::Closed => None,
                GenState::Created => Some(g.code.first_line),
                GenState::Suspended => Some(
                    g.frame
                        .borrow()
                        .as_ref()
                        .map(|f| f.current_line())
                        .unwrap_or(g.last_line.get()),
                ),
                GenState::Running => {
                    Some(self.running_frame_of(g).map_or(g.last_line.get(), |f| f.current_line()))
                }
            };
            if let Some(line) = line {
                return vec![StackFrame { code: g.code.clone(), line }];
            }
        }
        // Otherwise the frames of the exception's traceback, outermost first (library frames
        // are left out, as tracebacks leave them out).
        let exc = task.inner.borrow().exception.clone();
        let Some(exc) = exc else { return Vec::new() };
        let Some(state) = crate::vm::exceptions::state_of(&exc) else { return Vec::new() };
        let mut frames: Vec<StackFrame> = state
            .borrow()
            .traceback
            .iter()
            .rev()
            .filter(|e| !e.code.is_library)
            .map(|e| StackFrame { code: e.code.clone(), line: e.line })
            .collect();
        if let Some(n) = limit {
            frames.truncate(n as usize);
        }
        frames
    }

    /// A frame object for `f` (the `frame` class is made on first use).
    fn frame_object(&mut self, f: &StackFrame) -> PyResult<Value> {
        let class = self.frame_class();
        let globals = self.dict_from_pairs(Vec::new())?;
        let mut dict = crate::vm::objects::AttrDict::default();
        dict.insert("f_code".into(), Value::Code(f.code.clone()));
        dict.insert("f_lineno".into(), Value::Int(f.line as i64));
        dict.insert("f_globals".into(), globals);
        dict.insert("f_back".into(), Value::None);
        Ok(Value::Instance(Rc::new(InstanceObj {
            class,
            dict: RefCell::new(dict.into()),
            exception: None,
            native: None,
            finalized: std::cell::Cell::new(false),
        })))
    }

    fn frame_class(&mut self) -> Rc<ClassObj> {
        if let Some(c) = &self.asyncio.frame_class {
            return c.clone();
        }
        let object = self.types.object.clone();
        let c = new_builtin_class("frame", "builtins", vec![object], BuiltinType::Object);
        self.asyncio.frame_class = Some(c.clone());
        c
    }

    /// `task.get_stack(*, limit=None)`.
    pub(crate) fn task_get_stack(
        &mut self,
        task: &FutureObj,
        limit: Option<i64>,
    ) -> PyResult<Value> {
        let frames = self.task_stack(task, limit);
        let mut items = Vec::with_capacity(frames.len());
        for f in &frames {
            items.push(self.frame_object(f)?);
        }
        Ok(Value::list(items))
    }

    /// `task.print_stack(*, limit=None, file=None)`: the header and the exception line go to
    /// `file` (stdout by default), the frames to `file` (stderr by default, as
    /// `traceback.print_list` has it).
    pub(crate) fn task_print_stack(
        &mut self,
        task: &Rc<FutureObj>,
        limit: Option<i64>,
        file: Option<&Value>,
    ) -> PyResult<()> {
        let frames = self.task_stack(task, limit);
        let exc = task.inner.borrow().exception.clone();
        let repr = self.future_repr(task)?;
        let header = if frames.is_empty() {
            format!("No stack for {repr}\n")
        } else if exc.is_some() {
            format!("Traceback for {repr} (most recent call last):\n")
        } else {
            format!("Stack for {repr} (most recent call last):\n")
        };
        self.write_to(file, &header, false)?;
        let mut listing = String::new();
        for f in &frames {
            listing.push_str(&self.format_frame_line(&f.code.filename, f.line, &f.code.name));
        }
        if !listing.is_empty() {
            self.write_to(file, &listing, true)?;
        }
        if let Some(e) = exc {
            let line = format!("{}\n", self.exception_line(&e));
            self.write_to(file, &line, false)?;
        }
        Ok(())
    }

    /// Writes to `file` (an object with `write`), or to stdout / stderr.
    fn write_to(&mut self, file: Option<&Value>, text: &str, to_stderr: bool) -> PyResult<()> {
        match file {
            Some(f) => {
                let write = self.get_attr(f, "write")?;
                self.call(&write, Args::positional(&[Value::str(text)]))?;
                Ok(())
            }
            None if to_stderr => {
                self.write_stderr(text);
                Ok(())
            }
            None => self.write_stdout(text),
        }
    }
}
