//! `import`: the modules Loopscope provides (asyncio, time, random, inspect), made on first
//! import, and clear messages for the rest of the standard library.

use super::objects::{BuiltinObj, ModuleObj, NativeFn};
use super::value::Value;
use super::{Abort, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// Modules of CPython's standard library that Loopscope does not provide: importing one is an
/// unsupported construct (exit status 2), not a `ModuleNotFoundError` CPython would never raise.
const UNSUPPORTED_STDLIB: &[&str] = &[
    "abc",
    "argparse",
    "array",
    "ast",
    "base64",
    "bisect",
    "builtins",
    "calendar",
    "collections",
    "concurrent",
    "contextlib",
    "contextvars",
    "copy",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "fractions",
    "functools",
    "gc",
    "hashlib",
    "heapq",
    "http",
    "io",
    "itertools",
    "json",
    "logging",
    "math",
    "multiprocessing",
    "operator",
    "os",
    "pathlib",
    "pickle",
    "pprint",
    "queue",
    "re",
    "selectors",
    "shutil",
    "signal",
    "socket",
    "sqlite3",
    "statistics",
    "string",
    "struct",
    "subprocess",
    "sys",
    "tempfile",
    "textwrap",
    "threading",
    "timeit",
    "traceback",
    "types",
    "typing",
    "unittest",
    "urllib",
    "uuid",
    "warnings",
    "weakref",
];

impl Vm {
    pub(crate) fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let module = match name {
            "asyncio" => crate::asyncio::api::make_module(self),
            "time" => crate::stdlib::time_module::make_module(self),
            "random" => crate::stdlib::random_module::make_module(self),
            "inspect" => crate::stdlib::inspect_module::make_module(self),
            _ => {
                let top = name.split('.').next().unwrap_or(name);
                if UNSUPPORTED_STDLIB.contains(&top) || top == "asyncio" {
                    return Err(self.unsupported_now(&format!(
                        "importing '{name}' (Loopscope provides asyncio, time, random and inspect)"
                    )));
                }
                let err = self
                    .new_error(ExcKind::ModuleNotFoundError, &format!("No module named '{name}'"));
                return Err(err);
            }
        };
        let value = Value::Module(module);
        self.modules.insert(name.to_string(), value.clone());
        Ok(value)
    }

    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return Err(self.internal_error("IMPORT_FROM without a module"));
        };
        match m.get(name) {
            Some(v) => Ok(v),
            None => Err(self.new_error(
                ExcKind::ImportError,
                &format!(
                    "cannot import name '{name}' from '{}' ({})",
                    m.name,
                    module_file(&m.name)
                ),
            )),
        }
    }

    /// Stops the run: the program used something Loopscope does not support yet.
    pub(crate) fn unsupported_now(&self, construct: &str) -> PyErr {
        PyErr::Abort(Rc::new(Abort::Unsupported {
            construct: construct.to_string(),
            line: self.current_line(),
        }))
    }
}

fn module_file(name: &str) -> String {
    match name {
        "time" => "built-in".to_string(),
        "asyncio" => "<stdlib>/asyncio/__init__.py".to_string(),
        other => format!("<stdlib>/{other}.py"),
    }
}

/// A module whose attributes are native functions (and whatever else `extra` adds).
pub fn native_module(name: &str, functions: &[(&'static str, NativeFn)]) -> Rc<ModuleObj> {
    let module = Rc::new(ModuleObj::new(name));
    let owner: &'static str = match name {
        "asyncio" => "asyncio",
        "time" => "time",
        "random" => "random",
        "inspect" => "inspect",
        _ => "module",
    };
    for (fname, func) in functions {
        let f = BuiltinObj { name: fname, func: *func, bound: None, owner };
        module.set(fname, Value::Builtin(Rc::new(f)));
    }
    module
}
