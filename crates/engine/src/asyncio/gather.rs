//! `asyncio.gather`: children wrapped in tasks, a done callback on each, and a gathering future
//! that finishes when they all have (or at the first exception). Follows CPython's `gather`.

use super::future::{DoneCallback, FutState, FutureClass, FutureObj, GatherShared};
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};
use crate::ExcKind;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

impl Vm {
    /// `asyncio.gather(*awaitables, return_exceptions=...)`.
    pub(crate) fn gather(
        &mut self,
        awaitables: &[Value],
        return_exceptions: bool,
    ) -> PyResult<Value> {
        if awaitables.is_empty() {
            let l = self.get_event_loop()?;
            let outer = self.new_future(&l, FutureClass::Future);
            let empty = self.new_list(Vec::new())?;
            self.future_set_result(&outer, empty)?;
            return Ok(Value::Future(outer));
        }
        let shared = Rc::new(GatherShared {
            outer: RefCell::new(None),
            children: RefCell::new(Vec::new()),
            finished: Cell::new(0),
            distinct: Cell::new(0),
            return_exceptions,
            cancel_requested: Cell::new(false),
        });
        // CPython's `arg_to_fut` dict: the same awaitable passed twice is one child.
        let mut seen: FxHashMap<usize, Rc<FutureObj>> = FxHashMap::default();
        let mut event_loop = None;
        for arg in awaitables {
            if !matches!(arg, Value::Future(_) | Value::Gen(_)) {
                // The lookup in `arg_to_fut` hashes the argument: a list fails there, before
                // `ensure_future` could say it is not awaitable.
                self.hashed(arg.clone())?;
            }
            let key = arg.object_address().unwrap_or(0);
            let existing = seen.get(&key).cloned();
            let fut = match existing {
                Some(f) => f,
                None => {
                    let fut = self.ensure_future(arg, event_loop.as_ref())?;
                    if event_loop.is_none() {
                        event_loop = Some(fut.event_loop.clone());
                    }
                    if !matches!(arg, Value::Future(f) if Rc::ptr_eq(f, &fut)) {
                        if let FutureClass::Task(t) = &fut.class {
                            t.log_destroy_pending.set(false);
                        }
                    }
                    shared.distinct.set(shared.distinct.get() + 1);
                    seen.insert(key, fut.clone());
                    self.add_done_callback(&fut, DoneCallback::GatherChild(shared.clone()))?;
                    fut
                }
            };
            shared.children.borrow_mut().push(fut);
        }
        let l = event_loop.ok_or_else(|| self.internal_error("gather without a loop"))?;
        let outer = self.new_future(&l, FutureClass::Gathering(shared.clone()));
        self.future_made_at(&outer, &super::created_at::GATHER);
        *shared.outer.borrow_mut() = Some(outer.clone());
        let gathers = &mut self.asyncio.gathers;
        if gathers.len() >= 64 && gathers.len().is_power_of_two() {
            gathers.retain(|w| w.strong_count() > 0);
        }
        gathers.push(Rc::downgrade(&outer));
        Ok(Value::Future(outer))
    }

    /// `gather`'s `_done_callback(fut)`. CPython's callback closure keeps the gathering future
    /// alive until every child has reported (a child still pending holds the closure), so the
    /// link from the shared state to it is cut only then: a gathering future nobody else holds
    /// dies (and reports an unretrieved exception) at that moment.
    pub(crate) fn gather_child_done(
        &mut self,
        shared: &Rc<GatherShared>,
        fut: &Rc<FutureObj>,
    ) -> PyResult<()> {
        shared.finished.set(shared.finished.get() + 1);
        let result = self.gather_child_reported(shared, fut);
        if shared.finished.get() >= shared.distinct.get() {
            let outer = shared.outer.borrow_mut().take();
            drop(outer);
        }
        result
    }

    fn gather_child_reported(
        &mut self,
        shared: &Rc<GatherShared>,
        fut: &Rc<FutureObj>,
    ) -> PyResult<()> {
        let outer = shared.outer.borrow().clone();
        let outer = match outer {
            Some(o) if !o.done() => o,
            _ => {
                // Mark the child's exception as retrieved, as `fut.exception()` does.
                if fut.state.get() != FutState::Cancelled {
                    fut.inner.borrow_mut().log_traceback = false;
                }
                return Ok(());
            }
        };
        if !shared.return_exceptions {
            if fut.state.get() == FutState::Cancelled {
                let exc = self.make_cancelled_error(fut);
                return self.finish_gather(&outer, Err(exc));
            }
            let exc = self.future_exception(fut)?;
            if !exc.is_none() {
                return self.finish_gather(&outer, Err(exc));
            }
        }
        if shared.finished.get() == shared.distinct.get() {
            let children = shared.children.borrow().clone();
            let mut results = Vec::with_capacity(children.len());
            // Every child returned a value (none raised or was cancelled).
            let mut all_returned = true;
            for child in &children {
                let r = if child.state.get() == FutState::Cancelled {
                    let message = child.inner.borrow().cancel_message.clone();
                    let arg = match message {
                        Some(m) if !m.is_none() => m,
                        _ => Value::str(""),
                    };
                    self.new_exception(self.types.exc(ExcKind::CancelledError), vec![arg])
                } else {
                    let exc = self.future_exception(child)?;
                    if exc.is_none() {
                        self.future_result(child)?
                    } else {
                        all_returned = false;
                        exc
                    }
                };
                all_returned &= child.state.get() == FutState::Finished;
                results.push(r);
            }
            if shared.cancel_requested.get() {
                // CPython builds this error from `fut`, the variable its results loop left
                // on the last child in argument order, not from the child that just finished.
                let last = children.last().unwrap_or(fut);
                let exc = self.make_cancelled_error(last);
                self.finish_gather(&outer, Err(exc))?;
            } else {
                let list = self.new_list(results)?;
                self.finish_gather(&outer, Ok(list))?;
                if all_returned {
                    // CPython's `_GatheringFuture` keeps its children until it dies, often a
                    // whole task step later (the step it wakes up builds the next `gather`,
                    // so two generations of children would be alive at once). Children that
                    // all returned have nothing left to show: they are done, their results
                    // are in the list, and no finalizer reports on them. Freeing them now
                    // prints nothing and halves such a program's peak memory.
                    drop(children);
                    let released = std::mem::take(&mut *shared.children.borrow_mut());
                    drop(released);
                }
            }
        }
        Ok(())
    }

    /// Completes the gathering future (later children's callbacks find it done).
    fn finish_gather(
        &mut self,
        outer: &Rc<FutureObj>,
        result: Result<Value, Value>,
    ) -> PyResult<()> {
        match result {
            Ok(v) => self.future_set_result(outer, v),
            Err(e) => self.future_set_exception(outer, e),
        }
    }

    /// `_GatheringFuture.cancel(msg)`: cancels the children, not itself.
    pub(crate) fn gather_cancel(
        &mut self,
        outer: &FutureObj,
        shared: &GatherShared,
        message: Option<Value>,
    ) -> PyResult<bool> {
        if outer.done() {
            return Ok(false);
        }
        let children = shared.children.borrow().clone();
        let mut any = false;
        for child in &children {
            if self.cancel_future(child, message.clone())? {
                any = true;
            }
        }
        if any {
            shared.cancel_requested.set(true);
        }
        Ok(any)
    }
}
