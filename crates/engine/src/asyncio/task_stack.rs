//! `Task.get_stack()` and `Task.print_stack()` (CPython's `base_tasks._task_get_stack` and
//! `_task_print_stack`): the frame a pending task's coroutine is suspended in, or the frames of
//! a failed task's traceback, as frame objects (`vm::frame_obj`).

use super::future::{FutureClass, FutureObj};
use crate::vm::exceptions::RepeatedFrames;
use crate::vm::frame_obj::FinishedFrame;
use crate::vm::objects::{GenObj, GenState, TracebackEntry};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// A task's stack: the frame its coroutine is in, or the frames its exception passed
/// through (outermost first).
enum TaskStack {
    Suspended(Rc<GenObj>),
    Failed(Vec<TracebackEntry>),
}

impl TaskStack {
    fn is_empty(&self) -> bool {
        matches!(self, TaskStack::Failed(frames) if frames.is_empty())
    }
}

impl Vm {
    /// The stack `task.get_stack(limit=limit)` sees.
    fn task_stack(&self, task: &FutureObj, limit: Option<i64>) -> TaskStack {
        let FutureClass::Task(data) = &task.class else { return TaskStack::Failed(Vec::new()) };
        if limit.is_some_and(|n| n <= 0) {
            return TaskStack::Failed(Vec::new());
        }
        // A coroutine that has not finished has a frame (`cr_frame`); its `f_back` is None
        // while it is suspended, so the stack is that one frame.
        if let Value::Gen(g) = &data.coro {
            if g.state.get() != GenState::Closed {
                return TaskStack::Suspended(g.clone());
            }
        }
        // Otherwise the frames of the exception's traceback, outermost first (library frames
        // are left out, as tracebacks leave them out).
        let exc = task.inner.borrow().exception.clone();
        let Some(exc) = exc else { return TaskStack::Failed(Vec::new()) };
        let Some(state) = crate::vm::exceptions::state_of(&exc) else {
            return TaskStack::Failed(Vec::new());
        };
        let mut frames: Vec<TracebackEntry> =
            state.borrow().traceback.iter().rev().filter(|e| !e.code.is_library).cloned().collect();
        if let Some(n) = limit {
            frames.truncate(n as usize);
        }
        TaskStack::Failed(frames)
    }

    /// `task.get_stack(*, limit=None)`: the coroutine's own frame object, or the finished
    /// frames of the traceback, each linked to its caller (`f_back`).
    pub(crate) fn task_get_stack(
        &mut self,
        task: &FutureObj,
        limit: Option<i64>,
    ) -> PyResult<Value> {
        let items = match self.task_stack(task, limit) {
            TaskStack::Suspended(g) => vec![self.generator_frame(&g)],
            TaskStack::Failed(entries) => {
                let mut items: Vec<Value> = Vec::with_capacity(entries.len());
                for entry in entries {
                    let back = items.last().cloned().unwrap_or(Value::None);
                    items.push(self.finished_frame(FinishedFrame { entry, back }));
                }
                items
            }
        };
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
        match &frames {
            TaskStack::Suspended(g) => {
                let line = self.generator_line(g);
                listing.push_str(&self.format_frame_line(&g.code.filename, line, &g.code.name));
            }
            TaskStack::Failed(entries) => {
                // Repeated frames fold as in any traceback (CPython prints the list through
                // `traceback.print_list`).
                let mut repeats = RepeatedFrames::new();
                for e in entries {
                    // CPython prints each frame at its `f_lineno`: where a frame that still
                    // runs (the one awaiting the task, now printing it) is now.
                    let line = self.entry_line_now(e);
                    let key = (&*e.code.filename, line, &*e.code.name);
                    if repeats.admit(key, &mut listing) {
                        let (file, name) = (&e.code.filename, &e.code.name);
                        listing.push_str(&self.format_frame_line(file, line, name));
                    }
                }
                repeats.finish(&mut listing);
            }
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
