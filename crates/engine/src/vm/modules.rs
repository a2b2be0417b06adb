//! `import`: the modules Loopscope provides (asyncio, time, random, inspect, and the native
//! modules of issue 12: math, sys, os, itertools, heapq, json, _collections), made on first
//! import, and clear messages for the rest of the standard library.

use super::objects::{BuiltinObj, ModuleObj, NativeFn};
use super::value::Value;
use super::{Abort, Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// The modules `import_module` makes (besides `os.path`).
const PROVIDED: &[&str] = &[
    "asyncio",
    "builtins",
    "time",
    "random",
    "inspect",
    "math",
    "sys",
    "os",
    "itertools",
    "heapq",
    "json",
    "_json",
    "_collections",
    "_operator",
    "collections",
    // Networking (issue 13).
    "_socket",
    "select",
    "errno",
    // Threads (issue 14).
    "_thread",
    // contextvars (issues 13/14).
    "_contextvars",
    // struct (issue 13).
    "_struct",
    // Processes (issue 14 item 4).
    "_pickle",
    "_loopscope_processes",
    // hashlib and hmac; `hashlib` itself is library Python over them.
    "_hashlib",
    "_blake2",
    // base64 and secrets sit on it.
    "binascii",
    // weakref; `weakref` itself is library Python over it.
    "_weakref",
    "_tracemalloc",
    "atexit",
    "gc",
];

/// Those of them that are packages in CPython.
const PACKAGES: &[&str] = &["asyncio", "json", "collections", "urllib"];

impl Vm {
    pub(crate) fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        // What the program put in `sys.modules` itself (a fake module in a test, a plugin).
        let placed = self.sys_modules.as_ref().and_then(|d| super::methods::dict::get_str(d, name));
        match placed {
            Some(Value::None) => {
                let message = format!("import of {name} halted; None in sys.modules");
                return Err(self.import_error(ExcKind::ModuleNotFoundError, &message, name));
            }
            Some(v) => return Ok(v),
            None => {}
        }
        let module = match name {
            "asyncio" => crate::asyncio::api::make_module(self),
            // The module every frame's built-in names come from (`__builtins__` of `__main__`).
            "builtins" => self.builtins.clone(),
            // The program's own module (`sys.modules['__main__']`).
            "__main__" => return Ok(Value::Module(self.main_module.clone())),
            "time" => crate::stdlib::time_module::make_module(self),
            "random" => crate::stdlib::random_module::make_module(self),
            "inspect" => crate::stdlib::inspect_module::make_module(self),
            "math" => crate::stdlib::math_module::make_module(self),
            "sys" => crate::stdlib::sys_module::make_module(self),
            "os" => crate::stdlib::os_module::make_module(self),
            // `os.path` is `posixpath` on Linux: one module under both names.
            "os.path" | "posixpath" => {
                let os = self.import_module("os")?;
                let path = self.get_attr(&os, "path")?;
                self.register_module(name, path.clone());
                return Ok(path);
            }
            "itertools" => crate::stdlib::itertools_module::make_module(self),
            "heapq" => crate::stdlib::heapq_module::make_module(self),
            "json" => crate::stdlib::json_module::make_module(self),
            "_json" => crate::stdlib::json_module::make_private_module(self),
            "_collections" => crate::stdlib::collections_module::make_native_module(self),
            "_operator" => crate::stdlib::operator_module::make_native_module(self),
            // Threads (issue 14).
            "_thread" => crate::stdlib::thread_module::make_module(self),
            "_loopscope" => crate::stdlib::library_support::make_module(self),
            // Networking (issue 13); `socket` itself is library Python over `_socket`.
            "_socket" => crate::stdlib::socket_module::make_module(self),
            "select" => crate::stdlib::select_module::make_module(self),
            "errno" => crate::stdlib::errno_module::make_module(self)?,
            // contextvars (issues 13/14); `contextvars` is library Python over it.
            "_contextvars" => crate::stdlib::contextvars_module::make_module(self),
            // struct (issue 13); `struct` is library Python over it.
            "_struct" => crate::stdlib::struct_module::make_module(self),
            // Processes (issue 14 item 4).
            "_pickle" => crate::stdlib::pickle_module::make_module(self),
            "_loopscope_processes" => crate::stdlib::process_module::make_module(self),
            "_hashlib" => crate::stdlib::hashlib_module::make_module(self),
            "binascii" => crate::stdlib::binascii_module::make_module(self),
            "_blake2" => crate::stdlib::hashlib_module::make_blake2_module(self),
            "_weakref" => crate::stdlib::weakref_module::make_module(self),
            "_tracemalloc" => crate::stdlib::tracemalloc_module::make_module(self),
            "atexit" => crate::stdlib::atexit_module::make_module(self),
            "gc" => crate::stdlib::gc_module::make_module(self),
            _ if crate::stdlib::library::find(name).is_some() => {
                let parent = name.rsplit_once('.').map(|(p, _)| p);
                if let Some(parent) = parent {
                    self.import_module(parent)?;
                    // The parent's body may have imported this module already.
                    if let Some(m) = self.modules.get(name) {
                        return Ok(m.clone());
                    }
                }
                let Some(module) = crate::stdlib::library::find(name) else {
                    return Err(self.internal_error("library module vanished"));
                };
                return self.import_library(module);
            }
            _ => {
                let top = name.split('.').next().unwrap_or(name);
                if top != name
                    && (PROVIDED.contains(&top) || crate::stdlib::library::find(top).is_some())
                {
                    return Err(self.missing_submodule(top, name));
                }
                // The rest of CPython's standard library is unsupported (exit status 2), not a
                // `ModuleNotFoundError` CPython would never raise.
                if crate::stdlib::native_modules::is_linux_stdlib_module(top) {
                    return Err(self.unsupported_now(&format!("importing '{name}'")));
                }
                // The parent is imported first: when it cannot be, it is the one named.
                let missing =
                    if top != name && !self.modules.contains_key(top) { top } else { name };
                let message = format!("No module named '{missing}'");
                return Err(self.import_error(ExcKind::ModuleNotFoundError, &message, missing));
            }
        };
        let value = Value::Module(module);
        self.register_module(name, value.clone());
        if name == "asyncio" {
            self.make_stdlib_loggers()?;
        }
        Ok(value)
    }

    /// asyncio's loggers, made at its import when the program loaded `logging` first (see
    /// `logging._make_stdlib_loggers`).
    fn make_stdlib_loggers(&mut self) -> PyResult<()> {
        let Some(logging) = self.modules.get("logging").cloned() else { return Ok(()) };
        let make = self.get_attr(&logging, "_make_stdlib_loggers")?;
        self.call(&make, Args::positional(&[]))?;
        Ok(())
    }

    /// `import top.sub` where Loopscope provides `top` but not `top.sub`: unsupported if
    /// CPython has that submodule (`asyncio.events`), else CPython's `ModuleNotFoundError`.
    fn missing_submodule(&mut self, top: &str, name: &str) -> PyErr {
        let sub = name[top.len() + 1..].split('.').next().unwrap_or("");
        if crate::stdlib::native_modules::cpython_has(top, sub)
            || crate::stdlib::native_modules::cpython_has_submodule(top, sub)
        {
            return self.unsupported_now(&format!("importing '{name}'"));
        }
        let is_library_package =
            crate::stdlib::library::find(top).is_some_and(|m| m.path.ends_with("/__init__.py"));
        let message = if PACKAGES.contains(&top) || is_library_package {
            format!("No module named '{name}'")
        } else {
            format!("No module named '{name}'; '{top}' is not a package")
        };
        self.import_error(ExcKind::ModuleNotFoundError, &message, name)
    }

    /// An `ImportError` (or `ModuleNotFoundError`) with its `.name`: the module that failed,
    /// or the module a `from` import read.
    fn import_error(&self, kind: ExcKind, message: &str, module: &str) -> PyErr {
        let err = self.new_error(kind, message);
        if let PyErr::Exception(Value::Instance(inst)) = &err {
            inst.dict.borrow_mut().insert("name".into(), Value::str(module));
        }
        err
    }

    /// Records an imported module (in `sys.modules` too, once that exists).
    pub(crate) fn register_module(&mut self, name: &str, module: Value) {
        if let Some(d) = self.sys_modules.clone() {
            let _ = self.set_item(&Value::Dict(d), Value::str(name), module.clone());
        }
        self.modules.insert(name.to_string(), module);
    }

    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return Err(self.internal_error("IMPORT_FROM without a module"));
        };
        if m.get(name).is_none() {
            // A name a package exports from its Python submodules, or a submodule itself
            // (`from . import locks`).
            if let Some(found) = self.library_attr(&m.name.clone(), name) {
                return found;
            }
        }
        if m.get(name).is_none() && m.get("__getattr__").is_some() {
            // PEP 562: `from module import name` asks the module's `__getattr__` too.
            return match self.module_getattr_hook(m, name) {
                Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::AttributeError) => {
                    Err(self.cannot_import_name(m, name))
                }
                r => r,
            };
        }
        match m.get(name) {
            Some(v) => Ok(v),
            None if crate::stdlib::native_modules::cpython_has(&m.name, name) => {
                Err(self.unsupported_now(&format!("{}.{name}", m.name)))
            }
            // `from http import cookies`: a submodule of CPython's package that ours lacks.
            None if crate::stdlib::native_modules::cpython_has_submodule(&m.name, name) => {
                Err(self.unsupported_now(&format!("importing '{}.{name}'", m.name)))
            }
            None => Err(self.cannot_import_name(m, name)),
        }
    }

    /// `from module import name` of a name the module lacks.
    fn cannot_import_name(&self, m: &ModuleObj, name: &str) -> PyErr {
        self.import_error(
            ExcKind::ImportError,
            &format!("cannot import name '{name}' from '{}' ({})", m.name, module_file(&m.name)),
            &m.name.clone(),
        )
    }

    /// The error for `module.name` when the module lacks `name`: unsupported if CPython's
    /// module has it, else CPython's `AttributeError`.
    pub(crate) fn missing_module_attr(&self, module: &str, name: &str) -> PyErr {
        if crate::stdlib::native_modules::cpython_has(module, name)
            || import_system_attr(module, name)
        {
            // Line 0: the frame that looked the name up fills in its own line
            // (`raised_in`); the parked frame below it (asyncio.run's caller) is not where.
            return PyErr::Abort(Rc::new(Abort::Unsupported {
                construct: format!("{module}.{name}"),
                line: 0,
            }));
        }
        self.new_error(
            ExcKind::AttributeError,
            &format!("module '{module}' has no attribute '{name}'"),
        )
    }

    /// Stops the run at an attribute of the running frame's instruction that Loopscope does
    /// not support yet. Line 0: that frame fills in its own line (`raised_in`); during an
    /// attribute lookup it is not on `frames`, where `unsupported_now` would find the frame
    /// below it (a function's caller).
    pub(crate) fn unsupported_attr(&self, construct: &str) -> PyErr {
        PyErr::Abort(Rc::new(Abort::Unsupported { construct: construct.to_string(), line: 0 }))
    }

    /// Stops the run: the program used something Loopscope does not support yet.
    pub(crate) fn unsupported_now(&self, construct: &str) -> PyErr {
        // The program's line that led there: library code (which may be the one asking)
        // is not the program's source.
        let line = self
            .frames
            .iter()
            .rev()
            .find(|f| !f.code.is_library)
            .map_or_else(|| self.current_line(), |f| f.current_line());
        PyErr::Abort(Rc::new(Abort::Unsupported { construct: construct.to_string(), line }))
    }
}

/// Whether CPython's module `module` has the import system's `name` (`__spec__`, `__loader__`,
/// and a source module's `__cached__`, `__builtins__` and, in a package, `__path__`), which
/// Loopscope's imported modules do not carry.
fn import_system_attr(module: &str, name: &str) -> bool {
    let source = crate::stdlib::library::find(module);
    match name {
        "__spec__" | "__loader__" => {
            let top = module.split('.').next().unwrap_or(module);
            source.is_some() || crate::stdlib::native_modules::is_stdlib_module(top)
        }
        "__cached__" | "__builtins__" => source.is_some(),
        "__path__" => source.is_some_and(|m| m.path.ends_with("/__init__.py")),
        _ => false,
    }
}

fn module_file(name: &str) -> String {
    match crate::stdlib::library::find(name) {
        Some(m) => format!("<stdlib>/{}", m.path),
        None => crate::stdlib::native_modules::import_location(name),
    }
}

/// The native modules whose functions name their module as owner (`<built-in function
/// add>`, `_operator.add() takes no keyword arguments`); other native modules' say "module".
/// One list makes both the owners and the test for them, which a `match` keeps fast (it runs
/// whenever a built-in is bound).
macro_rules! native_module_owners {
    ($($name:literal),* $(,)?) => {
        const NATIVE_MODULE_OWNERS: &[&str] = &[$($name),*];

        /// Whether `owner` (of a built-in function) names a module rather than a type: such
        /// a function is never bound as a method (`class Calc: add = operator.add`).
        pub(crate) fn is_module_owner(owner: &str) -> bool {
            matches!(owner, "builtins" | "module" $(| $name)*)
        }
    };
}

native_module_owners!(
    "asyncio",
    "time",
    "random",
    "inspect",
    "math",
    "sys",
    "os",
    "posixpath",
    "itertools",
    "heapq",
    "json",
    "_json",
    "_collections",
    "_operator",
    "_socket",
    "select",
    "errno",
    "_thread",
    "_contextvars",
    "_struct",
    "_pickle",
    "_loopscope_processes",
    "_hashlib",
    "binascii",
    "_blake2",
    "_weakref",
    "_tracemalloc",
    "atexit",
    "gc",
);

/// A module whose attributes are native functions (and whatever else `extra` adds).
pub fn native_module(name: &str, functions: &[(&'static str, NativeFn)]) -> Rc<ModuleObj> {
    let module = Rc::new(ModuleObj::new(name));
    let owner = NATIVE_MODULE_OWNERS.iter().copied().find(|m| *m == name).unwrap_or("module");
    for (fname, func) in functions {
        let f = BuiltinObj { name: fname, func: *func, bound: None, owner };
        module.set(fname, Value::Builtin(Rc::new(f)));
    }
    module
}

#[cfg(test)]
mod tests {
    /// `PROVIDED` (what `import` makes) and the owner list (a `match`, for binding) are two
    /// lists: a native module added to the first and not the second would have its functions
    /// bound as methods when a class stores one, as `_contextvars`' and `gc`'s once were.
    #[test]
    fn every_provided_native_module_owns_its_functions() {
        for name in super::PROVIDED {
            // `collections` is library Python over `_collections`.
            if *name == "collections" {
                continue;
            }
            assert!(super::is_module_owner(name), "{name} is not a module owner");
            let listed = *name == "builtins" || super::NATIVE_MODULE_OWNERS.contains(name);
            assert!(listed, "{name} is missing from native_module_owners!");
        }
    }
}
