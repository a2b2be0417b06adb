//! Async iteration (native in CPython: `genobject.c`, `ceval.c`, `bltinmodule.c`): the
//! async generator's methods and the awaitables they return (`asend`, `athrow`, `aclose`),
//! the lookups `async for` makes (`GET_AITER`, `GET_ANEXT`), and `aiter()`/`anext()`.
//!
//! An async generator runs as a generator frame; each `yield` in it is marked
//! (`ASYNC_GEN_WRAP`), so the awaitable driving it tells an item (which completes the
//! awaitable) from a future its `await` passes up to the task (which suspends the task).

use super::call::check_arity;
use super::objects::NativeFn;
use super::objects::{GenKind, GenObj, GenState, GenStep, NativeAwaitable, NativeCoroObj};
use super::types::Types;
use super::value::Value;
use super::{Args, PyErr, PyResult, Serial, Vm};
use crate::ExcKind;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The type names of the awaitables made here (native coroutines with classes of their own).
pub const AWAITABLE_TYPES: [&str; 3] =
    ["async_generator_asend", "async_generator_athrow", "anext_awaitable"];

const METHODS: &[(&str, NativeFn)] = &[
    ("__aiter__", agen_aiter),
    ("__anext__", agen_anext),
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
];

pub fn install(types: &Types) {
    Types::add_methods(&types.async_generator, "async_generator", METHODS);
}

/// Where an `asend`/`athrow` awaitable is in its life.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Init,
    Iter,
    Closed,
}

/// `agen.asend(value)` and `agen.__anext__()` (CPython's `async_generator_asend`).
struct ASend {
    agen: Rc<GenObj>,
    value: Value,
    stage: Stage,
}

/// `agen.athrow(exc)`, and `agen.aclose()` when `error` is None (CPython's
/// `async_generator_athrow`).
struct AThrow {
    agen: Rc<GenObj>,
    error: Option<PyErr>,
    closing: bool,
    stage: Stage,
    /// What was wrong with `athrow()`'s arguments (`athrow(5)`): raised when first awaited,
    /// before the generator is touched, as CPython's `_gen_throw` checks them then.
    invalid_arguments: Option<PyErr>,
}

impl Vm {
    /// The generator's item or await, as its awaitable reports it (`async_gen_unwrap_value`).
    fn unwrap_agen_step(&mut self, g: &GenObj, step: GenStep) -> GenStep {
        match step {
            GenStep::Yield(v) if g.agen.wrapped.replace(false) => {
                g.agen.running_async.set(false);
                GenStep::Return(v)
            }
            GenStep::Yield(v) => GenStep::Yield(v),
            GenStep::Return(_) => {
                g.agen.closed.set(true);
                g.agen.running_async.set(false);
                GenStep::Error(self.new_error(ExcKind::StopAsyncIteration, ""))
            }
            GenStep::Error(e) => {
                if let PyErr::Exception(exc) = &e {
                    if self.exception_is(exc, ExcKind::StopAsyncIteration)
                        || self.exception_is(exc, ExcKind::GeneratorExit)
                    {
                        g.agen.closed.set(true);
                    }
                }
                g.agen.running_async.set(false);
                GenStep::Error(e)
            }
        }
    }

    /// Sends into the generator's frame; an exhausted one just returns.
    fn agen_send(&mut self, g: &Rc<GenObj>, value: Value) -> GenStep {
        if g.state.get() == GenState::Closed {
            return GenStep::Return(Value::None);
        }
        if g.state.get() == GenState::Created && !value.is_none() {
            return GenStep::Error(self.new_error(
                ExcKind::TypeError,
                "can't send non-None value to a just-started async generator",
            ));
        }
        self.gen_send(&Value::Gen(g.clone()), value)
    }

    /// The first `__anext__`/`asend`/`athrow`/`aclose` runs the firstiter hook and keeps the
    /// finalizer (CPython's `async_gen_init_hooks`).
    fn init_agen_hooks(&mut self, g: &Rc<GenObj>) -> PyResult<()> {
        if g.agen.hooks_inited.replace(true) {
            return Ok(());
        }
        let [firstiter, finalizer] = self.thread.asyncgen_hooks.clone();
        if !finalizer.is_none() {
            g.agen.finalizer.replace(Some(finalizer));
        }
        if !firstiter.is_none() {
            self.call1(&firstiter, Value::Gen(g.clone()))?;
        }
        Ok(())
    }

    fn awaitable(&mut self, name: &'static str, body: Box<dyn NativeAwaitable>) -> Value {
        let serial = self.next_serial(Serial::Coroutine);
        Value::NativeCoro(Rc::new(NativeCoroObj {
            name,
            qualname: name,
            // Not a coroutine of the program's: never warned about as "never awaited".
            state: Cell::new(GenState::Suspended),
            body: RefCell::new(body),
            serial,
        }))
    }

    fn new_asend(&mut self, g: &Rc<GenObj>, value: Value) -> PyResult<Value> {
        self.init_agen_hooks(g)?;
        let body = ASend { agen: g.clone(), value, stage: Stage::Init };
        Ok(self.awaitable("async_generator_asend", Box::new(body)))
    }

    fn new_athrow(&mut self, g: &Rc<GenObj>, error: Option<PyErr>) -> PyResult<Value> {
        self.athrow_awaitable(g, error, None)
    }

    fn athrow_awaitable(
        &mut self,
        g: &Rc<GenObj>,
        error: Option<PyErr>,
        invalid_arguments: Option<PyErr>,
    ) -> PyResult<Value> {
        self.init_agen_hooks(g)?;
        let closing = error.is_none() && invalid_arguments.is_none();
        let body =
            AThrow { agen: g.clone(), error, closing, stage: Stage::Init, invalid_arguments };
        Ok(self.awaitable("async_generator_athrow", Box::new(body)))
    }

    /// `agen.aclose()` as an awaitable (what the event loop's finalizer schedules).
    pub fn agen_aclose_awaitable(&mut self, agen: &Value) -> PyResult<Value> {
        match agen {
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => self.new_athrow(g, None),
            _ => Err(self.new_error(ExcKind::TypeError, "not an async generator")),
        }
    }

    /// `GET_AITER`: `type(obj).__aiter__(obj)`, which must have `__anext__`.
    pub(crate) fn get_aiter(&mut self, obj: &Value) -> PyResult<Value> {
        self.aiter_of(obj, |vm, t| {
            vm.new_error(
                ExcKind::TypeError,
                &format!("'async for' requires an object with __aiter__ method, got {t}"),
            )
        }, |vm, t| {
            vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
                ),
            )
        })
    }

    fn aiter_of(
        &mut self,
        obj: &Value,
        no_aiter: impl Fn(&Vm, &str) -> PyErr,
        not_async_iterator: impl Fn(&Vm, &str) -> PyErr,
    ) -> PyResult<Value> {
        let it = match obj {
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => obj.clone(),
            Value::Instance(inst) => match inst.class.lookup("__aiter__") {
                Some(method) => self.call1(&method, obj.clone())?,
                None => return Err(no_aiter(self, &self.type_name(obj))),
            },
            _ => return Err(no_aiter(self, &self.type_name(obj))),
        };
        if !self.has_anext(&it) {
            return Err(not_async_iterator(self, &self.type_name(&it)));
        }
        Ok(it)
    }

    fn has_anext(&self, v: &Value) -> bool {
        match v {
            Value::Gen(g) => g.kind == GenKind::AsyncGenerator,
            Value::Instance(inst) => inst.class.lookup("__anext__").is_some(),
            _ => false,
        }
    }

    /// `GET_ANEXT`: the awaitable of the async iterator's next item.
    pub(crate) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Gen(g) = it {
            if g.kind == GenKind::AsyncGenerator {
                return self.new_asend(g, Value::None);
            }
        }
        let next = self.call_anext(it)?;
        match self.get_awaitable(&next) {
            Ok(a) => Ok(a),
            Err(PyErr::Exception(cause)) => {
                let err = self.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "'async for' received an invalid object from __anext__: {}",
                        self.type_name(&next)
                    ),
                );
                if let PyErr::Exception(e) = &err {
                    super::exceptions::set_cause(e, Some(cause.clone()));
                    super::exceptions::set_context(e, &cause);
                }
                Err(err)
            }
            Err(abort) => Err(abort),
        }
    }

    fn call_anext(&mut self, it: &Value) -> PyResult<Value> {
        match it {
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => self.new_asend(g, Value::None),
            Value::Instance(inst) => match inst.class.lookup("__anext__") {
                Some(method) => self.call1(&method, it.clone()),
                None => Err(self.not_async_iterator(it)),
            },
            _ => Err(self.not_async_iterator(it)),
        }
    }

    fn not_async_iterator(&self, it: &Value) -> PyErr {
        self.new_error(
            ExcKind::TypeError,
            &format!("'{}' object is not an async iterator", self.type_name(it)),
        )
    }
}

impl NativeAwaitable for ASend {
    fn reuse_message(&self) -> &'static str {
        "cannot reuse already awaited __anext__()/asend()"
    }

    fn send(&mut self, vm: &mut Vm, value: Value) -> GenStep {
        if self.stage == Stage::Closed {
            return reuse_error(vm, "cannot reuse already awaited __anext__()/asend()");
        }
        let mut value = value;
        if self.stage == Stage::Init {
            if self.agen.agen.running_async.get() {
                return reuse_error(vm, "anext(): asynchronous generator is already running");
            }
            if value.is_none() {
                value = std::mem::replace(&mut self.value, Value::None);
            }
            self.stage = Stage::Iter;
        }
        self.agen.agen.running_async.set(true);
        let step = vm.agen_send(&self.agen, value);
        let step = vm.unwrap_agen_step(&self.agen, step);
        if !matches!(step, GenStep::Yield(_)) {
            self.stage = Stage::Closed;
        }
        step
    }

    fn throw(&mut self, vm: &mut Vm, error: PyErr) -> GenStep {
        if self.stage == Stage::Closed {
            return reuse_error(vm, "cannot reuse already awaited __anext__()/asend()");
        }
        let step = vm.gen_throw(&Value::Gen(self.agen.clone()), error);
        let step = vm.unwrap_agen_step(&self.agen, step);
        if !matches!(step, GenStep::Yield(_)) {
            self.stage = Stage::Closed;
        }
        step
    }
}

impl AThrow {
    fn ignored_exit(&mut self, vm: &mut Vm) -> GenStep {
        self.agen.agen.running_async.set(false);
        self.stage = Stage::Closed;
        reuse_error(vm, "async generator ignored GeneratorExit")
    }

    /// How the generator's step ends an `aclose()`: its end (or GeneratorExit) completes it.
    fn close_step(&mut self, vm: &mut Vm, step: GenStep) -> GenStep {
        match step {
            GenStep::Yield(_) if self.agen.agen.wrapped.replace(false) => self.ignored_exit(vm),
            GenStep::Yield(v) => GenStep::Yield(v),
            GenStep::Return(_) => self.finish(GenStep::Return(Value::None)),
            GenStep::Error(PyErr::Exception(e))
                if vm.exception_is(&e, ExcKind::StopAsyncIteration)
                    || vm.exception_is(&e, ExcKind::GeneratorExit) =>
            {
                self.finish(GenStep::Return(Value::None))
            }
            GenStep::Error(e) => self.finish(GenStep::Error(e)),
        }
    }

    fn finish(&mut self, step: GenStep) -> GenStep {
        self.agen.agen.running_async.set(false);
        self.stage = Stage::Closed;
        step
    }

    fn throw_step(&mut self, vm: &mut Vm, step: GenStep) -> GenStep {
        let step = vm.unwrap_agen_step(&self.agen, step);
        if !matches!(step, GenStep::Yield(_)) {
            self.stage = Stage::Closed;
        }
        step
    }
}

impl NativeAwaitable for AThrow {
    fn reuse_message(&self) -> &'static str {
        "cannot reuse already awaited aclose()/athrow()"
    }

    fn send(&mut self, vm: &mut Vm, value: Value) -> GenStep {
        if self.stage == Stage::Closed {
            return reuse_error(vm, "cannot reuse already awaited aclose()/athrow()");
        }
        if self.agen.state.get() == GenState::Closed {
            self.stage = Stage::Closed;
            return GenStep::Return(Value::None);
        }
        if self.stage == Stage::Init {
            if self.agen.agen.running_async.get() {
                self.stage = Stage::Closed;
                let which = if self.closing { "aclose" } else { "athrow" };
                return reuse_error(
                    vm,
                    &format!("{which}(): asynchronous generator is already running"),
                );
            }
            if self.agen.agen.closed.get() {
                self.stage = Stage::Closed;
                return GenStep::Error(vm.new_error(ExcKind::StopAsyncIteration, ""));
            }
            if !value.is_none() {
                return reuse_error(vm, "can't send non-None value to a just-started coroutine");
            }
            if let Some(err) = self.invalid_arguments.take() {
                self.stage = Stage::Closed;
                return GenStep::Error(err);
            }
            self.stage = Stage::Iter;
            self.agen.agen.running_async.set(true);
            let agen = Value::Gen(self.agen.clone());
            if self.closing {
                self.agen.agen.closed.set(true);
                let exit = vm.new_error(ExcKind::GeneratorExit, "");
                let step = vm.gen_throw(&agen, exit);
                return self.close_step(vm, step);
            }
            let error =
                self.error.take().unwrap_or_else(|| vm.new_error(ExcKind::GeneratorExit, ""));
            let step = vm.gen_throw(&agen, error);
            return self.throw_step(vm, step);
        }
        let step = vm.gen_send(&Value::Gen(self.agen.clone()), value);
        if self.closing {
            self.close_step(vm, step)
        } else {
            self.throw_step(vm, step)
        }
    }

    fn throw(&mut self, vm: &mut Vm, error: PyErr) -> GenStep {
        if self.stage == Stage::Closed {
            return reuse_error(vm, "cannot reuse already awaited aclose()/athrow()");
        }
        let step = vm.gen_throw(&Value::Gen(self.agen.clone()), error);
        if self.closing {
            self.close_step(vm, step)
        } else {
            self.throw_step(vm, step)
        }
    }
}

fn reuse_error(vm: &Vm, message: &str) -> GenStep {
    GenStep::Error(vm.new_error(ExcKind::RuntimeError, message))
}

/// `anext(it, default)`: awaits `it.__anext__()`; StopAsyncIteration gives the default
/// (CPython's `anextawaitable`).
struct AnextDefault {
    inner: Value,
    default: Value,
}

impl AnextDefault {
    fn step(&mut self, vm: &mut Vm, step: GenStep) -> GenStep {
        match step {
            GenStep::Error(PyErr::Exception(e))
                if vm.exception_is(&e, ExcKind::StopAsyncIteration) =>
            {
                if matches!(self.default, Value::Tuple(_)) {
                    // CPython 3.11 builds `StopIteration(*default)` with the StopAsyncIteration
                    // still set, which fails this way (fixed in 3.12).
                    let err = vm.new_error(
                        ExcKind::SystemError,
                        "<class 'StopIteration'> returned a result with an exception set",
                    );
                    if let PyErr::Exception(n) = &err {
                        super::exceptions::set_cause(n, Some(e.clone()));
                        super::exceptions::set_context(n, &e);
                    }
                    return GenStep::Error(err);
                }
                GenStep::Return(self.default.clone())
            }
            other => other,
        }
    }
}

impl NativeAwaitable for AnextDefault {
    /// Awaited again, CPython's `anext_awaitable` sends to what it wraps, which refuses.
    fn reuse_message(&self) -> &'static str {
        match &self.inner {
            Value::NativeCoro(c) => c
                .body
                .try_borrow()
                .map_or("cannot reuse already awaited __anext__()/asend()", |body| {
                    body.reuse_message()
                }),
            _ => "cannot reuse already awaited coroutine",
        }
    }

    fn send(&mut self, vm: &mut Vm, value: Value) -> GenStep {
        let step = vm.gen_send(&self.inner, value);
        self.step(vm, step)
    }

    fn throw(&mut self, vm: &mut Vm, error: PyErr) -> GenStep {
        let step = vm.gen_throw(&self.inner, error);
        self.step(vm, step)
    }
}

fn this_agen(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<GenObj>> {
    match args.pos.first() {
        Some(Value::Gen(g)) if g.kind == GenKind::AsyncGenerator => Ok(g.clone()),
        _ => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("descriptor '{name}' requires a 'async_generator' object"),
        )),
    }
}

fn agen_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__aiter__", &args, 1, 1)?;
    this_agen(vm, &args, "__aiter__")?;
    Ok(args.pos[0].clone())
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__anext__", &args, 1, 1)?;
    let g = this_agen(vm, &args, "__anext__")?;
    vm.new_asend(&g, Value::None)
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "asend", &args, 2, 2)?;
    let g = this_agen(vm, &args, "asend")?;
    vm.new_asend(&g, args.pos[1].clone())
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "athrow", &args, 2, 4)?;
    let g = this_agen(vm, &args, "athrow")?;
    let exc = super::methods::generator::thrown_exception(
        vm,
        &args.pos[1],
        args.pos.get(2),
        args.pos.get(3),
    );
    let err = match exc {
        Ok(exc) => vm.make_raisable(&exc, None),
        Err(invalid @ PyErr::Exception(_)) => return vm.athrow_awaitable(&g, None, Some(invalid)),
        Err(abort) => return Err(abort),
    };
    if let PyErr::Abort(_) = err {
        return Err(err);
    }
    vm.new_athrow(&g, Some(err))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "aclose", &args, 1, 1)?;
    let g = this_agen(vm, &args, "aclose")?;
    vm.new_athrow(&g, None)
}

/// The `aiter(async_iterable)` built-in.
pub fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "aiter", &args, 1, 1)?;
    vm.aiter_of(
        &args.pos[0],
        |vm, t| vm.new_error(ExcKind::TypeError, &format!("'{t}' object is not an async iterable")),
        |vm, t| {
            vm.new_error(
                ExcKind::TypeError,
                &format!("aiter() returned not an async iterator of type '{t}'"),
            )
        },
    )
}

/// The `anext(async_iterator[, default])` built-in.
pub fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "anext", &args, 1, 2)?;
    let it = &args.pos[0];
    if !vm.has_anext(it) {
        return Err(vm.not_async_iterator(it));
    }
    let awaitable = vm.call_anext(it)?;
    let Some(default) = args.pos.get(1) else { return Ok(awaitable) };
    let inner = vm.get_awaitable(&awaitable)?;
    let body = AnextDefault { inner, default: default.clone() };
    Ok(vm.awaitable("anext_awaitable", Box::new(body)))
}
