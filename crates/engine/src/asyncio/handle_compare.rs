//! `TimerHandle`'s rich comparisons (CPython's `events.TimerHandle.__lt__` and friends):
//! timer handles order by deadline, then by scheduling order, and two are equal when
//! deadline, callback, arguments and cancelled state all are. A plain `Handle` has no
//! comparisons (identity only).

use super::handle::{Callback, TimerHandleObj};
use crate::compiler::code::CmpOp;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};
use loopscope_trace::heapq::HeapKey;
use std::cmp::Ordering;

impl Vm {
    /// `a <op> b` for two timer handles.
    pub(crate) fn compare_timer_handles(
        &mut self,
        op: CmpOp,
        a: &TimerHandleObj,
        b: &TimerHandleObj,
    ) -> PyResult<bool> {
        // Ordered by the heap key, (deadline, serial): equal deadlines fire in scheduling
        // order (docs/ARCHITECTURE.md, "Equal deadlines").
        let order = || a.key().partial_cmp(&b.key());
        Ok(match op {
            CmpOp::Lt => order() == Some(Ordering::Less),
            CmpOp::Gt => order() == Some(Ordering::Greater),
            CmpOp::Le => matches!(order(), Some(Ordering::Less | Ordering::Equal)),
            CmpOp::Ge => matches!(order(), Some(Ordering::Greater | Ordering::Equal)),
            CmpOp::Eq => self.timer_handles_equal(a, b)?,
            CmpOp::Ne => !self.timer_handles_equal(a, b)?,
        })
    }

    /// `TimerHandle.__eq__`: same deadline, equal callback and arguments, same cancelled state.
    fn timer_handles_equal(&mut self, a: &TimerHandleObj, b: &TimerHandleObj) -> PyResult<bool> {
        if std::ptr::eq(a, b) {
            return Ok(true);
        }
        if a.when != b.when || a.handle.cancelled.get() != b.handle.cancelled.get() {
            return Ok(false);
        }
        let (x, y) = (a.handle.callback.borrow().clone(), b.handle.callback.borrow().clone());
        match (x, y) {
            (None, None) => Ok(true),
            (Some(x), Some(y)) => self.callbacks_equal(&x, &y),
            _ => Ok(false),
        }
    }

    /// Whether two handle callbacks are equal as CPython's `(_callback, _args)` pairs are: the
    /// library's own callbacks are one function each, compared by their arguments.
    fn callbacks_equal(&mut self, x: &Callback, y: &Callback) -> PyResult<bool> {
        match (x, y) {
            (
                Callback::Python { func: f, args: a, .. },
                Callback::Python { func: g, args: b, .. },
            ) => {
                let args_equal = |vm: &mut Vm| -> PyResult<bool> {
                    let (a, b) = (Value::tuple(a.clone()), Value::tuple(b.clone()));
                    vm.eq(&a, &b)
                };
                Ok(self.eq(f, g)? && args_equal(self)?)
            }
            (
                Callback::SetResultUnlessCancelled { future: f, value: v },
                Callback::SetResultUnlessCancelled { future: g, value: w },
            ) => Ok(std::rc::Rc::ptr_eq(f, g) && self.eq(v, w)?),
            (Callback::ReleaseWaiter { waiter: f }, Callback::ReleaseWaiter { waiter: g }) => {
                Ok(std::rc::Rc::ptr_eq(f, g))
            }
            _ => Ok(false),
        }
    }
}
