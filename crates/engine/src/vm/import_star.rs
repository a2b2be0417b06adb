//! `from module import *`: which names a module exports, and what happens to the ones CPython
//! would bind that Loopscope's module lacks.
//!
//! CPython binds the module's `__all__`, or without one every name not starting with `_`.
//! Modules here are smaller than CPython's and some (asyncio) make their names on first use,
//! so neither our module's dict nor its `__all__` can say what CPython would bind: CPython's
//! own `__all__` (`stdlib::star_exports`, generated) and public names (`native_modules::
//! cpython_public_names`) do. A name our module lacks is remembered (`Vm::star_missing`): it
//! is "not supported yet" when the program uses it, and a NameError nowhere.

use super::objects::ModuleObj;
use super::value::Value;
use super::{Abort, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

impl Vm {
    /// `IMPORT_STAR`: binds `module`'s exported names in `into` (the importing module).
    pub(crate) fn import_star(&mut self, module: &Value, into: &Rc<ModuleObj>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Err(self.internal_error("IMPORT_STAR without a module"));
        };
        for name in self.star_names(m)? {
            match self.import_from(module, &name) {
                Ok(value) => into.set(&name, value),
                Err(PyErr::Abort(a)) if matches!(*a, Abort::Unsupported { .. }) => {
                    self.star_missing.insert(name, m.name.clone());
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// The names `from m import *` binds: CPython's `__all__` of the module, else the
    /// module's own (a module CPython does not have: the aiohttp subset), else CPython's
    /// and our public names.
    fn star_names(&mut self, m: &Rc<ModuleObj>) -> PyResult<Vec<Rc<str>>> {
        if let Some(names) = crate::stdlib::star_exports::exports_of(&m.name) {
            return Ok(names.iter().map(|n| Rc::from(*n)).collect());
        }
        if let Some(all) = m.get("__all__") {
            return self.all_items(&m.name, &all);
        }
        let mut names: Vec<Rc<str>> = m
            .names
            .borrow()
            .iter()
            .filter(|n| !n.starts_with('_') && m.get(n).is_some())
            .cloned()
            .collect();
        for name in crate::stdlib::native_modules::cpython_public_names(&m.name) {
            if !names.iter().any(|n| &**n == name) {
                names.push(Rc::from(name));
            }
        }
        Ok(names)
    }

    /// The strings of a module's `__all__`, or CPython's TypeError for another item.
    fn all_items(&mut self, module: &str, all: &Value) -> PyResult<Vec<Rc<str>>> {
        let items = self.collect(all)?;
        items
            .into_iter()
            .map(|item| match item.as_str() {
                Some(s) => Ok(Rc::from(s)),
                None => Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("Item in {module}.__all__ must be str, not {}", self.type_name(&item)),
                )),
            })
            .collect()
    }

    /// The "not supported yet" stop for a name a star import would have bound, if `name` is
    /// one (called where a name is not found).
    pub(crate) fn star_missing_name(&self, name: &str) -> Option<PyErr> {
        let module = self.star_missing.get(name)?;
        Some(self.unsupported_now(&format!("{module}.{name}")))
    }
}
