//! The event loop's async generator bookkeeping (`BaseEventLoop` in `base_events.py`): while
//! the loop runs, its two `sys.set_asyncgen_hooks` hooks are installed — `firstiter` adds each
//! async generator to `_asyncgens`, `finalizer` schedules `aclose()` as a task when one dies
//! unfinished — and `shutdown_asyncgens()` closes those still alive when `asyncio.run` ends.

use super::event_loop::LoopObj;
use super::future::FutureObj;
use super::handle::Callback;
use crate::vm::objects::{BuiltinObj, GenKind, GenStep, NativeAwaitable};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_trace::DiagnosticKind;
use std::rc::Rc;

impl Vm {
    /// `run_forever`: installs the loop's hooks and returns the ones to restore afterwards.
    pub(crate) fn install_asyncgen_hooks(&mut self, l: &Rc<LoopObj>) -> [Value; 2] {
        let bound = |name: &'static str, func| {
            Value::Builtin(Rc::new(BuiltinObj {
                name,
                func,
                bound: Some(Value::Loop(l.clone())),
                owner: "BaseEventLoop",
            }))
        };
        let hooks = [
            bound("_asyncgen_firstiter_hook", firstiter_hook),
            bound("_asyncgen_finalizer_hook", finalizer_hook),
        ];
        std::mem::replace(&mut self.thread.asyncgen_hooks, hooks)
    }

    /// `loop.shutdown_asyncgens()` as a coroutine.
    pub(crate) fn shutdown_asyncgens_coroutine(&mut self, l: &Rc<LoopObj>) -> Value {
        let body = ShutdownAsyncgens { l: l.clone(), stage: Stage::Start };
        super::native::native_coroutine(
            self,
            "shutdown_asyncgens",
            "BaseEventLoop.shutdown_asyncgens",
            Box::new(body),
        )
    }
}

fn hook_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(Rc<LoopObj>, Value)> {
    match args.pos {
        [Value::Loop(l), agen] => Ok((l.clone(), agen.clone())),
        _ => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("{name}() takes exactly one argument ({} given)", args.pos.len().max(1) - 1),
        )),
    }
}

/// `_asyncgen_firstiter_hook(agen)`: `self._asyncgens.add(agen)`.
fn firstiter_hook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, agen) = hook_args(vm, &args, "_asyncgen_firstiter_hook")?;
    if let Value::Gen(g) = &agen {
        let mut state = l.state.borrow_mut();
        state.asyncgens.retain(|w| w.strong_count() > 0);
        if !state.asyncgens.iter().any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(g))) {
            state.asyncgens.push(Rc::downgrade(g));
        }
    }
    Ok(Value::None)
}

/// `_asyncgen_finalizer_hook(agen)`: forget it, and unless the loop is closed schedule
/// `create_task(agen.aclose())` (CPython uses `call_soon_threadsafe`; its self-pipe wake-up
/// shows nothing).
fn finalizer_hook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, agen) = hook_args(vm, &args, "_asyncgen_finalizer_hook")?;
    if let Value::Gen(g) = &agen {
        l.state.borrow_mut().asyncgens.retain(|w| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(g)));
    }
    if l.state.borrow().closed {
        return Ok(Value::None);
    }
    let create_task = vm.get_attr(&Value::Loop(l.clone()), "create_task")?;
    let closer = vm.agen_aclose_awaitable(&agen)?;
    // The handle keeps the context running when the generator dies (a `finally` that logs a
    // request id sees it), as `call_soon_threadsafe` copies it.
    let context = vm.snapshot_context();
    vm.call_soon(&l, Callback::Python { func: create_task, args: vec![closer], context })?;
    Ok(Value::None)
}

enum Stage {
    Start,
    /// Awaiting `gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)`.
    Closing {
        gathered: Rc<FutureObj>,
        agens: Vec<Value>,
    },
    Done,
}

struct ShutdownAsyncgens {
    l: Rc<LoopObj>,
    stage: Stage,
}

impl ShutdownAsyncgens {
    fn start(&mut self, vm: &mut Vm) -> PyResult<GenStep> {
        let agens: Vec<Value> = {
            let mut state = self.l.state.borrow_mut();
            state.asyncgens_shutdown_called = true;
            let alive = state.asyncgens.drain(..).filter_map(|w| w.upgrade());
            alive.filter(|g| g.kind == GenKind::AsyncGenerator).map(Value::Gen).collect()
        };
        if agens.is_empty() {
            self.stage = Stage::Done;
            return Ok(GenStep::Return(Value::None));
        }
        let mut closers = Vec::with_capacity(agens.len());
        for agen in &agens {
            closers.push(vm.agen_aclose_awaitable(agen)?);
        }
        let Value::Future(gathered) = vm.gather(&closers, true)? else {
            return Err(vm.internal_error("gather() did not return a future"));
        };
        self.stage = Stage::Closing { gathered, agens };
        Ok(self.wait(vm))
    }

    fn wait(&mut self, vm: &mut Vm) -> GenStep {
        let Stage::Closing { gathered, agens } = &self.stage else {
            return GenStep::Return(Value::None);
        };
        let (gathered, agens) = (gathered.clone(), agens.clone());
        match vm.future_await_step(&gathered) {
            GenStep::Return(results) => {
                self.stage = Stage::Done;
                match self.report(vm, &results, &agens) {
                    Ok(()) => GenStep::Return(Value::None),
                    Err(e) => GenStep::Error(e),
                }
            }
            GenStep::Error(e) => {
                self.stage = Stage::Done;
                GenStep::Error(e)
            }
            step => step,
        }
    }

    /// `call_exception_handler` for each generator whose `aclose()` raised an Exception.
    fn report(&mut self, vm: &mut Vm, results: &Value, agens: &[Value]) -> PyResult<()> {
        let results = vm.collect(results)?;
        for (result, agen) in results.iter().zip(agens) {
            if vm.exception_is(result, ExcKind::Exception) {
                let repr = vm.repr(agen)?;
                let l = self.l.clone();
                vm.report_exception(
                    &l,
                    &format!("an error occurred during closing of asynchronous generator {repr}"),
                    Some(result),
                    &[("asyncgen", agen.clone())],
                    DiagnosticKind::CallbackError,
                )?;
            }
        }
        Ok(())
    }
}

impl NativeAwaitable for ShutdownAsyncgens {
    fn send(&mut self, vm: &mut Vm, _value: Value) -> GenStep {
        match self.stage {
            Stage::Start => self.start(vm).unwrap_or_else(GenStep::Error),
            Stage::Closing { .. } => self.wait(vm),
            Stage::Done => GenStep::Error(
                vm.new_error(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"),
            ),
        }
    }

    fn throw(&mut self, _vm: &mut Vm, error: PyErr) -> GenStep {
        self.stage = Stage::Done;
        GenStep::Error(error)
    }
}
