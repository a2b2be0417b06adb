//! Driving generators and coroutines from Rust: `send`, `throw` and `close`, following
//! CPython's `genobject.c`. A throw into a coroutine suspended in `await` goes to the awaited
//! object first (what `gi_yieldfrom` means), which is how a task's cancellation reaches the
//! innermost `await asyncio.sleep(...)`.

use super::interp::{Entry, Exit};
use super::objects::{GenKind, GenObj, GenState, GenStep, NativeCoroObj};
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::compiler::code::Instr;
use crate::ExcKind;
use std::rc::Rc;

impl Vm {
    /// `gen.send(value)` on a generator, a coroutine or a native coroutine.
    pub fn gen_send(&mut self, gen: &Value, value: Value) -> GenStep {
        match gen {
            Value::Gen(g) => self.python_gen_send(g, value),
            other => self.send_native(other, value),
        }
    }

    /// `gen.throw(err)`.
    pub fn gen_throw(&mut self, gen: &Value, err: PyErr) -> GenStep {
        match gen {
            Value::Gen(g) => self.python_gen_throw(g, err),
            other => self.throw_native(other, err),
        }
    }

    fn python_gen_send(&mut self, g: &Rc<GenObj>, value: Value) -> GenStep {
        let frame = match self.take_generator_frame(g) {
            Ok(f) => f,
            Err(e) => return GenStep::Error(e),
        };
        let entry = if g.state.get() == GenState::Created {
            if !value.is_none() {
                g.frame.replace(Some(frame));
                let msg =
                    format!("can't send non-None value to a just-started {}", g.kind.phrase());
                return GenStep::Error(self.new_error(ExcKind::TypeError, &msg));
            }
            Entry::Start
        } else {
            Entry::Send(value)
        };
        self.run_generator(g, frame, entry)
    }

    fn run_generator(
        &mut self,
        g: &Rc<GenObj>,
        frame: Box<super::frame::Frame>,
        entry: Entry,
    ) -> GenStep {
        self.trace_frame_resume(&frame, g);
        self.continue_generator(g, frame, entry)
    }

    /// Runs a generator's frame that the trace already shows running.
    fn continue_generator(
        &mut self,
        g: &Rc<GenObj>,
        mut frame: Box<super::frame::Frame>,
        entry: Entry,
    ) -> GenStep {
        g.state.set(GenState::Running);
        frame.generator = Some(g.clone());
        match self.execute(frame, entry) {
            Exit::Returned(v) => GenStep::Return(v),
            Exit::Yielded(v, frame) => {
                g.frame.replace(Some(frame));
                GenStep::Yield(v)
            }
            Exit::Raised(e) => {
                if let PyErr::Exception(Value::Instance(exc)) = &e {
                    self.thread.propagating_from_generator = Some(Rc::downgrade(exc));
                }
                GenStep::Error(e)
            }
            Exit::Blocked(_) => GenStep::Error(self.internal_error("a generator blocked green")),
        }
    }

    fn python_gen_throw(&mut self, g: &Rc<GenObj>, err: PyErr) -> GenStep {
        match g.state.get() {
            GenState::Closed => return GenStep::Error(err),
            GenState::Running => {
                let msg = format!("{} already executing", g.kind.phrase());
                return GenStep::Error(self.new_error(ExcKind::ValueError, &msg));
            }
            _ => {}
        }
        let mut frame = match g.frame.borrow_mut().take() {
            Some(f) => f,
            None => return GenStep::Error(self.internal_error("generator without a frame")),
        };
        let delegate = frame.delegate().cloned();
        let Some(delegate) = delegate else {
            return self.run_generator(g, frame, Entry::Throw(err));
        };
        let is_exit =
            matches!(&err, PyErr::Exception(e) if self.exception_is(e, ExcKind::GeneratorExit));
        g.state.set(GenState::Running);
        // The frame is executing while it passes the exception down, as in CPython (where
        // `inspect.getcoroutinestate` says RUNNING then).
        self.trace_frame_resume(&frame, g);
        let step = if is_exit {
            // close() closes the delegate, then raises GeneratorExit here.
            match self.gen_close(&delegate) {
                Ok(()) => GenStep::Error(err),
                Err(e) => GenStep::Error(e),
            }
        } else {
            // CPython's `_gen_throw` makes this frame the current one while the delegate
            // handles the exception: the delegate's caller (`sys._getframe(1)`, a warning's
            // stacklevel, `traceback.print_stack`) is this frame, not the thrower.
            self.frames.push(frame);
            let step = self.gen_throw(&delegate, err);
            match self.frames.pop() {
                Some(parked) => frame = parked,
                None => {
                    return GenStep::Error(self.internal_error("a throwing frame went missing"))
                }
            }
            step
        };
        match step {
            GenStep::Yield(v) => {
                self.trace_frame_suspend(&frame, g);
                g.state.set(GenState::Suspended);
                g.frame.replace(Some(frame));
                GenStep::Yield(v)
            }
            // The delegate finished: the SEND loop ends as if the delegate had returned or
            // raised there.
            GenStep::Return(v) => {
                leave_send_loop(&mut frame);
                self.continue_generator(g, frame, Entry::Send(v))
            }
            GenStep::Error(e) => {
                leave_send_loop(&mut frame);
                self.continue_generator(g, frame, Entry::Throw(e))
            }
        }
    }

    /// `gen.close()`: raise GeneratorExit inside; it must not yield again.
    pub fn gen_close(&mut self, gen: &Value) -> PyResult<()> {
        match gen {
            Value::Gen(g) => {
                match g.state.get() {
                    GenState::Closed => return Ok(()),
                    GenState::Created => {
                        g.state.set(GenState::Closed);
                        g.frame.replace(None);
                        return Ok(());
                    }
                    _ => {}
                }
                let exit = self.new_error(ExcKind::GeneratorExit, "");
                match self.python_gen_throw(g, exit) {
                    GenStep::Yield(_) => {
                        let msg = format!("{} ignored GeneratorExit", g.kind.phrase());
                        Err(self.new_error(ExcKind::RuntimeError, &msg))
                    }
                    GenStep::Return(_) => Ok(()),
                    GenStep::Error(PyErr::Exception(e))
                        if self.exception_is(&e, ExcKind::GeneratorExit)
                            || self.exception_is(&e, ExcKind::StopIteration) =>
                    {
                        Ok(())
                    }
                    GenStep::Error(e) => Err(e),
                }
            }
            Value::Iter(_) if awaited_by(gen).is_some() => match awaited_by(gen) {
                Some(target) => self.gen_close(&target),
                None => Ok(()),
            },
            // An async generator's `asend`/`athrow` awaitable (a C object in CPython) is only
            // marked closed: the generator is not touched.
            Value::NativeCoro(c) if is_c_awaitable(c) => {
                c.state.set(GenState::Closed);
                Ok(())
            }
            Value::NativeCoro(c) => {
                if c.state.get() != GenState::Closed {
                    let exit = self.new_error(ExcKind::GeneratorExit, "");
                    let step = self.throw_native(gen, exit);
                    c.state.set(GenState::Closed);
                    if let GenStep::Error(e @ PyErr::Abort(_)) = step {
                        return Err(e);
                    }
                }
                Ok(())
            }
            // A delegate of the program's with a `close` method is closed with it.
            Value::Instance(inst) if inst.class.is_user => match self.get_attr(gen, "close") {
                Ok(close) => self.call(&close, super::Args::positional(&[])).map(|_| ()),
                Err(_) => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// `SEND` into something that is not a Python generator: a future (awaiting it), a native
    /// coroutine, or a plain iterator (`yield from [1, 2]`).
    pub(crate) fn send_native(&mut self, receiver: &Value, value: Value) -> GenStep {
        if let Some(target) = awaited_by(receiver) {
            return self.gen_send(&target, value);
        }
        match receiver {
            Value::Future(f) => self.future_await_step(f),
            Value::NativeCoro(c) => self.native_coro_step(c, |vm, body| body.send(vm, value)),
            // CPython's `SEND`: `None` into an iterator is `next()`; anything else calls the
            // delegate's `send` (`yield from [1, 2]` has none: AttributeError).
            Value::Instance(inst) if value.is_none() && inst.native.is_none() => {
                self.delegate_call(receiver, "__next__", &[])
            }
            other if value.is_none() => match self.next(other) {
                Ok(Some(v)) => GenStep::Yield(v),
                Ok(None) => GenStep::Return(Value::None),
                Err(e) => GenStep::Error(e),
            },
            other => self.delegate_call(other, "send", &[value]),
        }
    }

    /// Calls a method of the object a `yield from` delegates to: what it returns is yielded,
    /// its StopIteration's value is what `yield from` returns.
    fn delegate_call(&mut self, delegate: &Value, method: &str, args: &[Value]) -> GenStep {
        let outcome = self
            .get_attr(delegate, method)
            .and_then(|m| self.call(&m, super::Args::positional(args)));
        self.delegate_step(outcome)
    }

    /// A delegate's answer as a step: a value is yielded, StopIteration returns its value.
    fn delegate_step(&mut self, outcome: PyResult<Value>) -> GenStep {
        match outcome {
            Ok(v) => GenStep::Yield(v),
            Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::StopIteration) => {
                let value = self.get_attr(&e, "value").unwrap_or(Value::None);
                GenStep::Return(value)
            }
            Err(e) => GenStep::Error(e),
        }
    }

    /// The `throw` method of a delegate of the program's (`yield from` an object whose class
    /// defines one), called as CPython calls it: with the class for an exception made from
    /// a bare class, else the instance.
    fn delegate_throw(&mut self, delegate: &Value, err: PyErr) -> GenStep {
        let PyErr::Exception(exc) = &err else { return GenStep::Error(err) };
        let Ok(throw) = self.get_attr(delegate, "throw") else { return GenStep::Error(err) };
        let exc = exc.clone();
        let bare = matches!(self.get_attr(&exc, "args"), Ok(Value::Tuple(t)) if t.items.is_empty());
        let arg = if bare { Value::Class(self.class_of(&exc)) } else { exc };
        let outcome = self.call(&throw, super::Args::positional(&[arg]));
        self.delegate_step(outcome)
    }

    fn throw_native(&mut self, receiver: &Value, err: PyErr) -> GenStep {
        if let Some(target) = awaited_by(receiver) {
            return self.gen_throw(&target, err);
        }
        match receiver {
            Value::NativeCoro(c) => {
                // Thrown into what is a Python coroutine in CPython: raised in its frame.
                // (The awaitables of async generators are C objects there: no frame.)
                if let PyErr::Exception(e) = &err {
                    if !is_c_awaitable(c) {
                        self.add_hidden_frame(e);
                    }
                }
                self.native_coro_step(c, |vm, body| body.throw(vm, err))
            }
            Value::Instance(inst) if inst.class.is_user => self.delegate_throw(receiver, err),
            // A future's iterator, or a built-in one, just raises what is thrown into it.
            _ => GenStep::Error(err),
        }
    }

    fn native_coro_step(
        &mut self,
        c: &Rc<NativeCoroObj>,
        step: impl FnOnce(&mut Vm, &mut dyn super::objects::NativeAwaitable) -> GenStep,
    ) -> GenStep {
        match c.state.get() {
            GenState::Closed => {
                let message = c.body.borrow().reuse_message();
                return GenStep::Error(self.new_error(ExcKind::RuntimeError, message));
            }
            GenState::Running => {
                return GenStep::Error(
                    self.new_error(ExcKind::ValueError, "coroutine already executing"),
                )
            }
            _ => {}
        }
        c.state.set(GenState::Running);
        let mut body = std::mem::replace(&mut *c.body.borrow_mut(), Box::new(Finished));
        let result = step(self, body.as_mut());
        if let GenStep::Error(PyErr::Exception(e)) = &result {
            // asyncio's coroutines are Python code in CPython: what leaves them has their
            // frame in its traceback.
            if !is_c_awaitable(c) {
                self.add_hidden_frame(e);
            }
        }
        *c.body.borrow_mut() = body;
        c.state.set(match result {
            GenStep::Yield(_) => GenState::Suspended,
            _ => GenState::Closed,
        });
        result
    }

    /// What `await` iterates: the `GET_AWAITABLE` instruction.
    pub(crate) fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Gen(g) if g.kind == GenKind::Coroutine => {
                if g.state.get() == GenState::Suspended {
                    if let Some(f) = g.frame.borrow().as_ref() {
                        if f.delegate().is_some() {
                            return Err(self.new_error(
                                ExcKind::RuntimeError,
                                "coroutine is being awaited already",
                            ));
                        }
                    }
                }
                Ok(v.clone())
            }
            Value::Gen(g) if g.is_iterable_coroutine() => Ok(v.clone()),
            // A library coroutine suspended in its own await (`asyncio.sleep`'s future).
            Value::NativeCoro(c)
                if c.state.get() == GenState::Suspended
                    && !super::async_gen::AWAITABLE_TYPES.contains(&c.name) =>
            {
                Err(self.new_error(ExcKind::RuntimeError, "coroutine is being awaited already"))
            }
            Value::NativeCoro(_) | Value::Future(_) => Ok(v.clone()),
            Value::Instance(inst) => {
                match inst.class.lookup("__await__") {
                    Some(method) => {
                        let it =
                            self.call(&method, super::Args::positional(std::slice::from_ref(v)))?;
                        match &it {
                            // `_PyCoro_GetAwaitableIter` refuses a generator `types.coroutine`
                            // marked as much as a native coroutine.
                            Value::NativeCoro(_) => Err(self
                                .new_error(ExcKind::TypeError, "__await__() returned a coroutine")),
                            Value::Gen(g)
                                if g.kind == GenKind::Coroutine || g.is_iterable_coroutine() =>
                            {
                                Err(self.new_error(
                                    ExcKind::TypeError,
                                    "__await__() returned a coroutine",
                                ))
                            }
                            // Any iterator will do, as CPython's `PyIter_Check`.
                            other if self.is_iterator(other) => Ok(it),
                            other => Err(self.new_error(
                                ExcKind::TypeError,
                                &format!(
                                    "__await__() returned non-iterator of type '{}'",
                                    self.type_name(other)
                                ),
                            )),
                        }
                    }
                    None => Err(self.cannot_await(v)),
                }
            }
            other => Err(self.cannot_await(other)),
        }
    }

    fn cannot_await(&self, v: &Value) -> PyErr {
        self.new_error(
            ExcKind::TypeError,
            &format!("object {} can't be used in 'await' expression", self.type_name(v)),
        )
    }
}

/// Whether `v`'s type can be awaited at all (CPython: it has `am_await`); a coroutine that
/// cannot be awaited now is still of such a type.
pub(crate) fn is_awaitable_type(v: &Value) -> bool {
    match v {
        Value::Gen(g) => g.kind == GenKind::Coroutine || g.is_iterable_coroutine(),
        Value::NativeCoro(_) | Value::Future(_) => true,
        Value::Instance(inst) => inst.class.lookup("__await__").is_some(),
        _ => false,
    }
}

/// What a `coroutine_wrapper` or a `FutureIter` passes `send`, `throw` and `close` on to: the
/// coroutine or the future.
pub(crate) fn awaited_by(v: &Value) -> Option<Value> {
    let Value::Iter(it) = v else { return None };
    match &*it.state.borrow() {
        super::objects::IterState::CoroutineWrapper(coro) => Some(coro.clone()),
        super::objects::IterState::FutureIter(f) => Some(Value::Future(f.clone())),
        _ => None,
    }
}

/// After the delegate of an `await`/`yield from` finished during a throw: pop the receiver
/// and continue after the SEND loop, like CPython's `_gen_throw`.
fn leave_send_loop(frame: &mut super::frame::Frame) {
    frame.pop();
    if let Some(Instr::Send(target)) = frame.code.instrs.get(frame.ip.saturating_sub(2)) {
        frame.ip = *target as usize;
    }
}

/// Stands in for a native coroutine's body while it runs (it is taken out to be borrowed).
struct Finished;

impl super::objects::NativeAwaitable for Finished {
    fn send(&mut self, vm: &mut Vm, _value: Value) -> GenStep {
        GenStep::Error(
            vm.new_error(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"),
        )
    }

    fn throw(&mut self, _vm: &mut Vm, error: PyErr) -> GenStep {
        GenStep::Error(error)
    }
}

/// A native coroutine that is a C object in CPython too (an async generator's `asend`/`athrow`
/// awaitable, `anext()`'s): what leaves it passed through no hidden frame.
fn is_c_awaitable(c: &NativeCoroObj) -> bool {
    super::async_gen::AWAITABLE_TYPES.contains(&c.name)
}
