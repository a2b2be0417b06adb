//! The private attributes of the loop, its handles and futures that CPython's Python classes
//! (or the C ones, as data) expose: `loop._ready`, `loop._scheduled`, `fut._callbacks`,
//! `handle._callback`, ... Programs that teach how asyncio works print them ("the ready queue
//! now holds two handles"), so they read what CPython's would. The ready queue and the timer
//! heap are native here: `_ready` and `_scheduled` are copies made at each read (a deque and a
//! list, in CPython's order), so changing them does not change the loop. What has no faithful
//! value here stops as not supported rather than raising an `AttributeError` CPython would not
//! raise.

use std::collections::VecDeque;
use std::rc::Rc;

use super::event_loop::LoopObj;
use super::future::{DoneCallback, FutureClass, FutureObj};
use super::handle::{Callback, HandleObj};
use crate::vm::native::{NativeClass, NativeState};
use crate::vm::objects::BuiltinObj;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `time.get_clock_info('monotonic').resolution` on Linux: what `_clock_resolution` holds.
const MONOTONIC_RESOLUTION: f64 = 1e-09;

impl Vm {
    /// A private attribute of a loop, future or handle, if `name` is one this module answers.
    pub(crate) fn private_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if !name.starts_with('_') {
            return Ok(None);
        }
        match obj {
            Value::Loop(l) => self.loop_private_attr(l, name),
            Value::Future(f) => self.future_private_attr(f, name),
            Value::Handle(h) => self.handle_private_attr(h, false, name),
            Value::TimerHandle(t) => {
                if name == "_scheduled" {
                    return Ok(Some(Value::Bool(t.scheduled.get())));
                }
                self.handle_private_attr(&t.handle, true, name)
            }
            _ => Ok(None),
        }
    }

    fn loop_private_attr(&mut self, l: &Rc<LoopObj>, name: &str) -> PyResult<Option<Value>> {
        let s = l.state.borrow();
        let optional = |v: &Option<Value>| v.clone().unwrap_or(Value::None);
        Ok(Some(match name {
            "_ready" => {
                let handles: VecDeque<Value> = s.ready.iter().map(|h| h.to_value()).collect();
                drop(s);
                return Ok(Some(crate::stdlib::collections_module::new_deque_value(
                    self, handles, None,
                )));
            }
            "_scheduled" => {
                Value::list(s.timers.iter().map(|t| Value::TimerHandle(t.clone())).collect())
            }
            "_stopping" => Value::Bool(s.stopping),
            "_closed" => Value::Bool(s.closed),
            "_debug" => Value::Bool(s.debug),
            "_clock_resolution" => Value::Float(MONOTONIC_RESOLUTION),
            "_timer_cancelled_count" => Value::Int(s.timer_cancelled_count as i64),
            "_thread_id" => s.thread_id.map_or(Value::None, Value::Int),
            "_exception_handler" => optional(&s.exception_handler),
            "_task_factory" => optional(&s.task_factory),
            "_default_executor" => optional(&s.default_executor),
            "_asyncgens_shutdown_called" => Value::Bool(s.asyncgens_shutdown_called),
            "_executor_shutdown_called" => Value::Bool(s.executor_shutdown_called),
            "_coroutine_origin_tracking_enabled" => {
                Value::Bool(s.origin_tracking_saved_depth.is_some())
            }
            "_coroutine_origin_tracking_saved_depth" => {
                s.origin_tracking_saved_depth.map_or(Value::None, |d| Value::Int(d.into()))
            }
            // Set only in debug mode, to the handle running.
            "_current_handle" if !self.loop_debug(l) => Value::None,
            "_current_handle" | "_selector" | "_ssock" | "_csock" | "_internal_fds"
            | "_asyncgens" => {
                return Err(self.unsupported_attr(&format!("the event loop's `{name}`")));
            }
            _ => return Ok(None),
        }))
    }

    fn future_private_attr(&mut self, f: &Rc<FutureObj>, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "_result" => f.inner.borrow().result.clone().unwrap_or(Value::None),
            "_log_traceback" => Value::Bool(f.inner.borrow().log_traceback),
            "_callbacks" => return self.future_callbacks(f).map(Some),
            // Made only in debug mode, where the future records where it was created.
            "_source_traceback" if !self.loop_debug(&f.event_loop) => Value::None,
            "_source_traceback" => {
                return Err(self.unsupported_attr("a future's `_source_traceback` in debug mode"));
            }
            "_log_destroy_pending" => match &f.class {
                FutureClass::Task(t) => Value::Bool(t.log_destroy_pending.get()),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    /// `fut._callbacks`: `None` when there are none (the C future's getter), else a list of
    /// `(callback, context)` pairs.
    fn future_callbacks(&mut self, f: &Rc<FutureObj>) -> PyResult<Value> {
        let callbacks = f.inner.borrow().callbacks.clone();
        if callbacks.is_empty() {
            return Ok(Value::None);
        }
        let mut pairs = Vec::with_capacity(callbacks.len());
        for cb in &callbacks {
            let (func, context) = match cb {
                DoneCallback::Python(func, context) => (func.clone(), context.clone()),
                // A task wakes up in its own context.
                DoneCallback::TaskWakeup(task) => (
                    task_wakeup_method(task),
                    self.asyncio.task_contexts.get(&task.serial).cloned(),
                ),
                _ => {
                    let what = format!("`_callbacks` holding asyncio's own {}", cb.label(self));
                    return Err(self.unsupported_attr(&what));
                }
            };
            let context = match context {
                Some(c) => c,
                None => self.empty_context(),
            };
            pairs.push(Value::tuple(vec![func, context]));
        }
        Ok(Value::list(pairs))
    }

    /// A private attribute of a handle (`is_timer`: the `Handle` part of a timer handle).
    fn handle_private_attr(
        &mut self,
        h: &HandleObj,
        is_timer: bool,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let debug = h.event_loop.upgrade().is_some_and(|l| self.loop_debug(&l));
        Ok(Some(match name {
            "_callback" | "_args" => {
                let callback = h.callback.borrow().clone();
                let Some(callback) = callback else {
                    // `cancel()` clears both.
                    return Ok(Some(Value::None));
                };
                let (func, args) = self.handle_callback_parts(&callback, is_timer)?;
                if name == "_callback" {
                    func
                } else {
                    Value::tuple(args)
                }
            }
            "_loop" => h.event_loop.upgrade().map_or(Value::None, Value::Loop),
            "_context" => {
                let context = match &*h.callback.borrow() {
                    Some(Callback::Python { context, .. }) => Ok(context.clone()),
                    _ => Err(()),
                };
                match context {
                    Ok(Some(c)) => c,
                    Ok(None) => self.empty_context(),
                    Err(()) => return Err(self.unsupported_attr("this handle's `_context`")),
                }
            }
            // Both are made only in debug mode.
            "_source_traceback" | "_repr" if !debug => Value::None,
            "_source_traceback" | "_repr" => {
                let what = format!("a handle's `{name}` in debug mode");
                return Err(self.unsupported_attr(&what));
            }
            _ => return Ok(None),
        }))
    }

    /// A handle's `_callback` and `_args`: for the callbacks asyncio's Python code schedules
    /// (`sleep`'s, `wait_for`'s), the library's functions; a task's own step and wake-up
    /// are C method wrappers CPython has and this engine does not.
    fn handle_callback_parts(
        &mut self,
        callback: &Callback,
        is_timer: bool,
    ) -> PyResult<(Value, Vec<Value>)> {
        let library = |vm: &mut Vm, module: &str, func: &str| -> PyResult<Value> {
            let m = vm.import_module(module)?;
            vm.get_attr(&m, func)
        };
        Ok(match callback {
            Callback::Python { func, args, .. } => (func.clone(), args.clone()),
            Callback::SetResultUnlessCancelled { future, value } => (
                library(self, "asyncio.futures", "_set_result_unless_cancelled")?,
                vec![Value::Future(future.clone()), value.clone()],
            ),
            Callback::ReleaseWaiter { waiter } => (
                library(self, "asyncio.tasks", "_release_waiter")?,
                vec![Value::Future(waiter.clone())],
            ),
            // The C task keeps an exception to throw in the wrapper, not in the handle's args.
            Callback::TaskStep { task, .. } => (self.task_step_wrapper(task), vec![]),
            Callback::Done { callback: DoneCallback::TaskWakeup(task), future } => {
                (task_wakeup_method(task), vec![Value::Future(future.clone())])
            }
            Callback::Done { callback: DoneCallback::Python(func, _), future } => {
                (func.clone(), vec![Value::Future(future.clone())])
            }
            Callback::Done { .. } => {
                let kind = if is_timer { "timer handle" } else { "handle" };
                let what = format!("the `_callback` and `_args` of this asyncio {kind}");
                return Err(self.unsupported_attr(&what));
            }
        })
    }

    /// `TaskStepMethWrapper(task)`: the C task's step as a callable object.
    fn task_step_wrapper(&mut self, task: &Rc<FutureObj>) -> Value {
        let class = self.native_class(&TASK_STEP_WRAPPER);
        self.new_native(class, NativeState::TaskStep(task.clone()))
    }
}

const TASK_STEP_WRAPPER: NativeClass = NativeClass {
    module: "builtins",
    name: "TaskStepMethWrapper",
    methods: &[("__call__", call_task_step_wrapper)],
    new: None,
};

/// Calling the wrapper runs a step outside the loop's cycle, which the trace cannot show.
fn call_task_step_wrapper(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported_now("calling a task's step wrapper (`TaskStepMethWrapper`)"))
}

/// `<built-in method task_wakeup of _asyncio.Task object>`: what a task adds as the done
/// callback of the future it waits on.
fn task_wakeup_method(task: &Rc<FutureObj>) -> Value {
    Value::Builtin(Rc::new(BuiltinObj {
        name: "task_wakeup",
        func: call_task_wakeup,
        bound: Some(Value::Future(task.clone())),
        owner: "_asyncio.Task",
    }))
}

fn call_task_wakeup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Value::Future(task)), Some(Value::Future(future)), 2) =
        (args.pos.first(), args.pos.get(1), args.pos.len())
    else {
        return Err(vm.unsupported_now("`task_wakeup` called with something other than a future"));
    };
    let (task, future) = (task.clone(), future.clone());
    vm.task_wakeup(&task, &future)?;
    Ok(Value::None)
}
