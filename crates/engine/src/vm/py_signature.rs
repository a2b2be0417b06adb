//! Argument checks, in CPython's words, for native functions that CPython writes in Python
//! (asyncio's `sleep`, `wait_for`, the loop's methods): a wrong call fails as binding the
//! arguments to the Python function's parameters would, naming `BaseEventLoop.call_later()`
//! and the missing parameters, not in a built-in's words.

use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;

/// The parameters of a function CPython writes in Python.
pub struct PySignature {
    /// The name errors give it, e.g. `BaseEventLoop.call_later`.
    pub qualname: &'static str,
    /// The positional-or-keyword parameters in order, `self` included for a method.
    pub params: &'static [&'static str],
    /// How many of `params`, from the first, have no default.
    pub required: usize,
    /// Whether a `*args` takes further positional arguments.
    pub varargs: bool,
    /// The keyword-only parameters (each with a default).
    pub kwonly: &'static [&'static str],
}

impl PySignature {
    /// A method `qualname(self, params...)` or a function without defaults or keyword-only
    /// parameters.
    pub const fn fixed(qualname: &'static str, params: &'static [&'static str]) -> Self {
        PySignature { qualname, params, required: params.len(), varargs: false, kwonly: &[] }
    }

    /// Checks `args` against the parameters in the order CPython's binding does: keywords
    /// first, then the count of positional arguments, then what is missing.
    #[inline]
    pub fn check(&self, vm: &Vm, args: &Args) -> PyResult<()> {
        if args.has_keywords() {
            self.check_keywords(vm, args)?;
        }
        let given = args.pos.len();
        if given > self.params.len() && !self.varargs {
            return Err(self.too_many_positional(vm, args));
        }
        if given < self.required {
            self.check_missing(vm, args)?;
        }
        Ok(())
    }

    /// Checks a call of a method `(self, x)` and gives the argument bound to `x`.
    #[inline]
    pub fn method_arg<'a>(&self, vm: &Vm, args: &Args<'a>) -> PyResult<&'a Value> {
        debug_assert_eq!(self.params.len(), 2, "a method taking one argument");
        self.check(vm, args)?;
        Ok(self.arg(args, 1).expect("checked: the argument is required"))
    }

    /// The argument bound to parameter `i` of `params`, by position or by keyword.
    #[inline]
    pub fn arg<'a>(&self, args: &Args<'a>, i: usize) -> Option<&'a Value> {
        match args.pos.get(i) {
            Some(v) => Some(v),
            None if args.has_keywords() => args.keyword(self.params[i]),
            None => None,
        }
    }

    /// The extra positional arguments a `*args` took.
    pub fn rest<'a>(&self, args: &Args<'a>) -> &'a [Value] {
        args.pos.get(self.params.len()..).unwrap_or(&[])
    }

    #[cold]
    fn check_keywords(&self, vm: &Vm, args: &Args) -> PyResult<()> {
        for (name, _) in args.keywords() {
            match self.params.iter().position(|p| *p == name) {
                Some(i) if i < args.pos.len() => {
                    let msg =
                        format!("{}() got multiple values for argument '{name}'", self.qualname);
                    return Err(vm.new_error(ExcKind::TypeError, &msg));
                }
                Some(_) => {}
                None if self.kwonly.contains(&name) => {}
                None => {
                    let msg =
                        format!("{}() got an unexpected keyword argument '{name}'", self.qualname);
                    return Err(vm.new_error(ExcKind::TypeError, &msg));
                }
            }
        }
        Ok(())
    }

    #[cold]
    fn too_many_positional(&self, vm: &Vm, args: &Args) -> PyErr {
        let n = self.params.len();
        let takes = if self.required < n {
            format!("from {} to {n} positional arguments", self.required)
        } else {
            format!("{n} positional argument{}", plural(n))
        };
        let given = args.pos.len();
        let kwonly_given = args.keywords().filter(|(k, _)| self.kwonly.contains(k)).count();
        let message = if kwonly_given > 0 {
            format!(
                "{}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                self.qualname,
                plural(given),
                plural(kwonly_given),
            )
        } else {
            let was = if given == 1 { "was" } else { "were" };
            format!("{}() takes {takes} but {given} {was} given", self.qualname)
        };
        vm.new_error(ExcKind::TypeError, &message)
    }

    #[cold]
    fn check_missing(&self, vm: &Vm, args: &Args) -> PyResult<()> {
        let missing: Vec<String> = self.params[args.pos.len()..self.required]
            .iter()
            .filter(|p| args.keyword(p).is_none())
            .map(|p| format!("'{p}'"))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let list = name_list(&missing);
        let message = format!(
            "{}() missing {} required positional argument{}: {list}",
            self.qualname,
            missing.len(),
            plural(missing.len())
        );
        Err(vm.new_error(ExcKind::TypeError, &message))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Names as CPython lists them in a binding error: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
pub fn name_list(quoted: &[String]) -> String {
    match quoted {
        [] => String::new(),
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}
