//! Argument Clinic's binding of positional and keyword arguments for a native function
//! CPython writes in C with keywords (`hexlify(data, sep=..., bytes_per_sep=1)`,
//! `b2a_base64(data, /, *, newline=True)`): the checks run in the order of CPython's
//! `_PyArg_UnpackKeywords`, so a wrong call fails with the message CPython gives.

use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::ExcKind;

/// The parameters of a C function, as its Argument Clinic declaration has them.
pub struct ClinicSignature {
    /// The name messages give it, without the module: `hexlify`.
    pub name: &'static str,
    /// Every parameter in order: positional-only, positional-or-keyword, keyword-only.
    pub params: &'static [&'static str],
    /// How many of `params`, from the first, are positional-only.
    pub posonly: usize,
    /// How many of `params`, from the first, can be given by position.
    pub positional: usize,
    /// How many of `params`, from the first, have no default.
    pub required: usize,
}

impl ClinicSignature {
    /// The argument bound to each parameter, `None` for one left at its default.
    pub fn bind<'a>(&self, vm: &Vm, args: &Args<'a>) -> PyResult<Vec<Option<&'a Value>>> {
        let name = self.name;
        let given = args.pos.len();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let max_args = self.params.len();
        if given + args.kw_names.len() > max_args {
            // CPython says "keyword" when no argument came by position (bpo-31229).
            let keyword = if given == 0 { "keyword " } else { "" };
            let total = given + args.kw_names.len();
            let m = format!(
                "{name}() takes at most {max_args} {keyword}argument{} ({total} given)",
                plural(max_args)
            );
            return Err(vm.new_error(ExcKind::TypeError, &m));
        }
        let min_pos = self.posonly.min(self.required);
        let max_pos = self.positional;
        if given > max_pos {
            let m = if max_pos == 0 {
                format!("{name}() takes no positional arguments")
            } else {
                let how = if min_pos < max_pos { "at most" } else { "exactly" };
                format!(
                    "{name}() takes {how} {max_pos} positional argument{} ({given} given)",
                    plural(max_pos)
                )
            };
            return Err(vm.new_error(ExcKind::TypeError, &m));
        }
        if given < min_pos {
            let how = if min_pos < max_pos { "at least" } else { "exactly" };
            let m = format!(
                "{name}() takes {how} {min_pos} positional argument{} ({given} given)",
                plural(min_pos)
            );
            return Err(vm.new_error(ExcKind::TypeError, &m));
        }
        let mut bound: Vec<Option<&'a Value>> = args.pos.iter().map(Some).collect();
        let mut matched = 0;
        for (index, param) in self.params.iter().enumerate().skip(given) {
            let value = if index >= self.posonly { args.keyword(param) } else { None };
            matched += usize::from(value.is_some());
            if value.is_none() && index < self.required {
                let m = format!("{name}() missing required argument '{param}' (pos {})", index + 1);
                return Err(vm.new_error(ExcKind::TypeError, &m));
            }
            bound.push(value);
        }
        if matched < args.kw_names.len() {
            return Err(self.unexpected_keyword(vm, args));
        }
        Ok(bound)
    }

    /// The first keyword that bound nothing: one naming a parameter already given by
    /// position, or one naming no parameter that takes keywords.
    #[cold]
    fn unexpected_keyword(&self, vm: &Vm, args: &Args) -> super::PyErr {
        let name = self.name;
        let given = args.pos.len();
        let keywords = &self.params[self.posonly..];
        for (keyword, _) in args.keywords() {
            match keywords.iter().position(|p| *p == keyword) {
                Some(i) if self.posonly + i < given => {
                    let m = format!(
                        "argument for {name}() given by name ('{keyword}') and position ({})",
                        self.posonly + i + 1
                    );
                    return vm.new_error(ExcKind::TypeError, &m);
                }
                Some(_) => {}
                None => {
                    let m = format!("'{keyword}' is an invalid keyword argument for {name}()");
                    return vm.new_error(ExcKind::TypeError, &m);
                }
            }
        }
        vm.new_error(ExcKind::TypeError, &format!("{name}() got unexpected keyword arguments"))
    }
}
