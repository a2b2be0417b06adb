//! The context manager protocol behind `with` and `async with`: `__enter__`/`__exit__` (and
//! `__aenter__`/`__aexit__`) are looked up on the type, as CPython's `_PyObject_LookupSpecial`
//! does, so an instance attribute of that name is not used.

use super::generators::is_awaitable_type;
use super::value::Value;
use super::{PyResult, Vm};
use crate::ExcKind;

impl Vm {
    /// `(enter, exit)`, bound to `manager`; CPython's TypeError when either is missing.
    pub(crate) fn context_manager_methods(
        &mut self,
        manager: &Value,
        is_async: bool,
    ) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name, protocol) = if is_async {
            ("__aenter__", "__aexit__", "asynchronous context manager protocol")
        } else {
            ("__enter__", "__exit__", "context manager protocol")
        };
        let class = self.class_of(manager);
        let type_name = self.type_name(manager);
        let Some(enter) = class.lookup(enter_name) else {
            let msg = format!("'{type_name}' object does not support the {protocol}");
            return Err(self.new_error(ExcKind::TypeError, &msg));
        };
        let Some(exit) = class.lookup(exit_name) else {
            let msg = format!(
                "'{type_name}' object does not support the {protocol} (missed {exit_name} method)"
            );
            return Err(self.new_error(ExcKind::TypeError, &msg));
        };
        Ok((super::attrs::bind(manager, enter), super::attrs::bind(manager, exit)))
    }

    /// What `__exit__` receives for `exc`: its type, itself and its traceback.
    pub(crate) fn exit_arguments(&mut self, exc: &Value) -> PyResult<[Value; 3]> {
        let class = Value::Class(self.class_of(exc));
        let traceback = self.get_attr(exc, "__traceback__")?;
        Ok([class, exc.clone(), traceback])
    }

    /// `GET_AWAITABLE` of `__aenter__`'s (`which` = 1) or `__aexit__`'s (2) result.
    pub(crate) fn get_awaitable_from(&mut self, v: &Value, which: u32) -> PyResult<Value> {
        if !is_awaitable_type(v) {
            let method = if which == 1 { "__aenter__" } else { "__aexit__" };
            let msg = format!(
                "'async with' received an object from {method} that does not implement __await__: {}",
                self.type_name(v)
            );
            return Err(self.new_error(ExcKind::TypeError, &msg));
        }
        self.get_awaitable(v)
    }
}
