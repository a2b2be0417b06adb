//! The methods of the built-in types, installed into each built-in class's dict.

pub mod bytes;
pub mod dict;
pub mod generator;
pub mod list;
pub mod object;
pub mod set;
pub mod str;

use super::Vm;

pub fn install(vm: &mut Vm) {
    str::install(&vm.types);
    super::exception_groups::install(&vm.types);
    super::async_gen::install(&vm.types);
    bytes::install(&vm.types);
    list::install(&vm.types);
    dict::install(&vm.types);
    generator::install(&vm.types);
    set::install(&vm.types);
    object::install(&vm.types);
}

/// The error of a C method descriptor called with a receiver of another type
/// (`list.append((), 1)`) or with none at all (`list.append()`).
pub(crate) fn wrong_receiver(
    vm: &Vm,
    owner: &str,
    method: &str,
    args: &super::Args,
) -> super::PyErr {
    let message = match args.pos.first() {
        None => format!("unbound method {owner}.{method}() needs an argument"),
        Some(v) => format!(
            "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
            super::native::c_type_name(&vm.class_of(v))
        ),
    };
    vm.new_error(crate::ExcKind::TypeError, &message)
}
