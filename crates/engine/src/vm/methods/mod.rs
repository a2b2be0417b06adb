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
