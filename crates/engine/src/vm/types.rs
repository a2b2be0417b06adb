//! The built-in classes: `object`, `int`, `str`, ..., the exception hierarchy of CPython 3.11
//! (built from `ExcKind`'s tree, one class per kind), and asyncio's classes. Native methods live in each class's `dict`, like Python methods do
//! in a user class, so attribute lookup is the same walk along the MRO for every object.

use super::objects::{BuiltinObj, BuiltinType, ClassObj, NativeFn};
use super::value::Value;
use crate::ExcKind;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Types {
    pub object: Rc<ClassObj>,
    pub type_: Rc<ClassObj>,
    pub none: Rc<ClassObj>,
    pub bool_: Rc<ClassObj>,
    pub int: Rc<ClassObj>,
    pub float: Rc<ClassObj>,
    pub str_: Rc<ClassObj>,
    pub bytes: Rc<ClassObj>,
    pub bytearray: Rc<ClassObj>,
    pub memoryview: Rc<ClassObj>,
    pub list: Rc<ClassObj>,
    pub tuple: Rc<ClassObj>,
    pub dict: Rc<ClassObj>,
    pub set: Rc<ClassObj>,
    pub frozenset: Rc<ClassObj>,
    pub range: Rc<ClassObj>,
    pub slice: Rc<ClassObj>,
    pub function: Rc<ClassObj>,
    pub builtin_function: Rc<ClassObj>,
    pub method: Rc<ClassObj>,
    pub module: Rc<ClassObj>,
    pub code: Rc<ClassObj>,
    /// A closure cell's class (`type(f.__closure__[0])`).
    pub cell: Rc<ClassObj>,
    pub generator: Rc<ClassObj>,
    pub coroutine: Rc<ClassObj>,
    pub async_generator: Rc<ClassObj>,
    pub iterator: Rc<ClassObj>,
    /// The classes of the built-in iterators (`zip`, `list_iterator`, ...) by name.
    pub iterator_classes: FxHashMap<&'static str, Rc<ClassObj>>,
    pub ellipsis: Rc<ClassObj>,
    pub not_implemented: Rc<ClassObj>,
    pub super_: Rc<ClassObj>,
    pub future: Rc<ClassObj>,
    pub task: Rc<ClassObj>,
    /// `asyncio.tasks._GatheringFuture`, the class of what `gather()` returns (a Python
    /// subclass of Future in CPython).
    pub gathering_future: Rc<ClassObj>,
    pub handle: Rc<ClassObj>,
    pub timer_handle: Rc<ClassObj>,
    pub event_loop: Rc<ClassObj>,
    pub struct_time: Rc<ClassObj>,
    pub dict_keys: Rc<ClassObj>,
    pub dict_values: Rc<ClassObj>,
    pub dict_items: Rc<ClassObj>,
    /// Every built-in exception class (and asyncio's), indexed by `ExcKind::index`.
    exceptions: [Rc<ClassObj>; ExcKind::COUNT],
}

/// The type names of the built-in iterators (see `IterState::type_name`).
const ITERATOR_TYPES: &[&str] = &[
    // The awaitables of async generators and `anext(it, default)` (see `vm::async_gen`).
    "async_generator_asend",
    "async_generator_athrow",
    "anext_awaitable",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "memory_iterator",
    "coroutine_wrapper",
    "_asyncio.FutureIter",
];

/// The built-in exceptions in an order that agrees with each one's `__subclasses__()` in
/// CPython 3.11 (made from those lists: a topological sort).
const CPYTHON_EXCEPTION_ORDER: &[&str] = &[
    "BaseExceptionGroup",
    "ArithmeticError",
    "FloatingPointError",
    "ModuleNotFoundError",
    "IndexError",
    "UnboundLocalError",
    "BlockingIOError",
    "NotImplementedError",
    "IndentationError",
    "UnicodeError",
    "BytesWarning",
    "BrokenPipeError",
    "TabError",
    "UnicodeDecodeError",
    "Exception",
    "AssertionError",
    "OverflowError",
    "KeyError",
    "ChildProcessError",
    "RecursionError",
    "DeprecationWarning",
    "ConnectionAbortedError",
    "UnicodeEncodeError",
    "GeneratorExit",
    "AttributeError",
    "ZeroDivisionError",
    "ConnectionError",
    "EncodingWarning",
    "ConnectionRefusedError",
    "UnicodeTranslateError",
    "KeyboardInterrupt",
    "BufferError",
    "FileExistsError",
    "FutureWarning",
    "ConnectionResetError",
    "SystemExit",
    "EOFError",
    "FileNotFoundError",
    "ImportWarning",
    "ImportError",
    "InterruptedError",
    "PendingDeprecationWarning",
    "LookupError",
    "IsADirectoryError",
    "ResourceWarning",
    "MemoryError",
    "NotADirectoryError",
    "RuntimeWarning",
    "NameError",
    "PermissionError",
    "SyntaxWarning",
    "OSError",
    "ProcessLookupError",
    "UnicodeWarning",
    "ReferenceError",
    "TimeoutError",
    "UserWarning",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "ExceptionGroup",
];

/// A built-in class (the program's own classes are made by `Vm::build_class`).
pub fn new_builtin_class(
    name: &str,
    module: &str,
    bases: Vec<Rc<ClassObj>>,
    builtin: BuiltinType,
) -> Rc<ClassObj> {
    let mro_tail = linearize(&bases);
    // `object()` itself has no `__dict__`: setting an attribute on it is an AttributeError.
    let has_instance_dict = !(bases.is_empty() && builtin == BuiltinType::Object);
    let class = Rc::new(ClassObj {
        name: name.into(),
        qualname: name.into(),
        module: module.into(),
        bases,
        mro_tail,
        dict: RefCell::new(crate::vm::objects::AttrDict::default()),
        builtin,
        is_user: false,
        has_data_descriptors: std::cell::Cell::new(false),
        has_python_descriptors: std::cell::Cell::new(false),
        has_instance_dict,
        metaclass: None,
        subclasses: RefCell::default(),
        lookup_cache: Default::default(),
        instance_keys: RefCell::new(None),
        has_finalizer: std::cell::Cell::new(false),
        has_getattribute: std::cell::Cell::new(false),
        has_getattr: std::cell::Cell::new(false),
        weakly_referenced: std::cell::Cell::new(false),
        trace_reprs: Default::default(),
        added_getsets: Default::default(),
    });
    // `ArithmeticError.__subclasses__()` lists the built-in ones too, in creation order.
    for base in &class.bases {
        base.subclasses.borrow_mut().push(Rc::downgrade(&class));
    }
    class
}

/// The C3 linearisation of the bases (the MRO after the class itself). Falls back to a
/// depth-first order when the bases admit no consistent order; `classes` reports that case.
pub fn linearize(bases: &[Rc<ClassObj>]) -> Vec<Rc<ClassObj>> {
    try_linearize(bases).unwrap_or_else(|| {
        let mut out: Vec<Rc<ClassObj>> = Vec::new();
        for b in bases {
            for c in b.mro() {
                if !out.iter().any(|o| Rc::ptr_eq(o, c)) {
                    out.push(c.clone());
                }
            }
        }
        out
    })
}

pub fn try_linearize(bases: &[Rc<ClassObj>]) -> Option<Vec<Rc<ClassObj>>> {
    linearize_or_conflict(bases).ok()
}

/// C3 linearization, or the classes it could not order: the heads of what was left to merge,
/// each once, as CPython's `set_mro_error` names them.
pub fn linearize_or_conflict(
    bases: &[Rc<ClassObj>],
) -> Result<Vec<Rc<ClassObj>>, Vec<Rc<ClassObj>>> {
    let mut seqs: Vec<Vec<Rc<ClassObj>>> =
        bases.iter().map(|b| b.mro().cloned().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().map(|s| s[0].clone()).find(|candidate| {
            !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, candidate)))
        });
        let Some(head) = head else {
            let mut heads: Vec<Rc<ClassObj>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

impl Types {
    pub fn new() -> Types {
        let object = new_builtin_class("object", "builtins", vec![], BuiltinType::Object);
        let base = |name: &str, builtin: BuiltinType| {
            new_builtin_class(name, "builtins", vec![object.clone()], builtin)
        };
        let int = base("int", BuiltinType::Int);
        let bool_ = new_builtin_class("bool", "builtins", vec![int.clone()], BuiltinType::Bool);
        // The exception tree, parents first (`ExcKind::ALL`'s order), so each parent exists
        // by the time its children are made.
        let mut built: Vec<Rc<ClassObj>> = Vec::with_capacity(ExcKind::COUNT);
        for kind in ExcKind::ALL {
            let base = match kind.parent() {
                Some(parent) => built[parent.index()].clone(),
                None => object.clone(),
            };
            let mut bases = vec![base];
            if kind == ExcKind::ExceptionGroup {
                // `class ExceptionGroup(BaseExceptionGroup, Exception)`.
                bases.push(built[ExcKind::Exception.index()].clone());
            }
            built.push(new_builtin_class(
                kind.name(),
                kind.module(),
                bases,
                BuiltinType::BaseException,
            ));
        }
        for class in &built {
            let rank = |w: &std::rc::Weak<ClassObj>| {
                let name = w.upgrade().map(|c| c.name.clone());
                name.and_then(|n| CPYTHON_EXCEPTION_ORDER.iter().position(|o| **o == *n))
            };
            class.subclasses.borrow_mut().sort_by_key(|w| rank(w).unwrap_or(usize::MAX));
        }
        let exceptions = std::array::from_fn(|i| built[i].clone());
        let future =
            new_builtin_class("Future", "_asyncio", vec![object.clone()], BuiltinType::Future);
        let task = new_builtin_class("Task", "_asyncio", vec![future.clone()], BuiltinType::Task);
        let gathering_future = new_builtin_class(
            "_GatheringFuture",
            "asyncio.tasks",
            vec![future.clone()],
            BuiltinType::Future,
        );
        let handle = new_builtin_class(
            "Handle",
            "asyncio.events",
            vec![object.clone()],
            BuiltinType::Handle,
        );
        let timer_handle = new_builtin_class(
            "TimerHandle",
            "asyncio.events",
            vec![handle.clone()],
            BuiltinType::TimerHandle,
        );
        // `_UnixSelectorEventLoop`'s bases as in CPython, for `isinstance` checks and
        // annotations (`asyncio.AbstractEventLoop`, `BaseEventLoop`).
        let mut loop_class = object.clone();
        for (name, module) in [
            ("AbstractEventLoop", "asyncio.events"),
            ("BaseEventLoop", "asyncio.base_events"),
            ("BaseSelectorEventLoop", "asyncio.selector_events"),
            ("_UnixSelectorEventLoop", "asyncio.unix_events"),
        ] {
            loop_class = new_builtin_class(name, module, vec![loop_class], BuiltinType::EventLoop);
        }
        let event_loop = loop_class;
        let struct_time =
            new_builtin_class("struct_time", "time", vec![object.clone()], BuiltinType::StructTime);
        // `_asyncio.FutureIter` is `FutureIter` of module `_asyncio`.
        let iterator_class = |full: &str| match full.rsplit_once('.') {
            Some((module, name)) => {
                new_builtin_class(name, module, vec![object.clone()], BuiltinType::Iterator)
            }
            None => base(full, BuiltinType::Iterator),
        };
        let iterator_classes =
            ITERATOR_TYPES.iter().map(|name| (*name, iterator_class(name))).collect();
        Types {
            iterator_classes,
            type_: base("type", BuiltinType::Type),
            none: base("NoneType", BuiltinType::NoneType),
            float: base("float", BuiltinType::Float),
            str_: base("str", BuiltinType::Str),
            bytes: base("bytes", BuiltinType::Bytes),
            bytearray: base("bytearray", BuiltinType::ByteArray),
            memoryview: base("memoryview", BuiltinType::MemoryView),
            list: base("list", BuiltinType::List),
            tuple: base("tuple", BuiltinType::Tuple),
            dict: base("dict", BuiltinType::Dict),
            set: base("set", BuiltinType::Set),
            frozenset: base("frozenset", BuiltinType::FrozenSet),
            range: base("range", BuiltinType::Range),
            slice: base("slice", BuiltinType::Slice),
            function: base("function", BuiltinType::Function),
            builtin_function: base("builtin_function_or_method", BuiltinType::BuiltinFunction),
            method: base("method", BuiltinType::Method),
            module: base("module", BuiltinType::Module),
            code: base("code", BuiltinType::Code),
            cell: base("cell", BuiltinType::Code),
            generator: base("generator", BuiltinType::Generator),
            coroutine: base("coroutine", BuiltinType::Coroutine),
            async_generator: base("async_generator", BuiltinType::Generator),
            iterator: base("iterator", BuiltinType::Iterator),
            ellipsis: base("ellipsis", BuiltinType::Ellipsis),
            not_implemented: base("NotImplementedType", BuiltinType::NotImplementedType),
            super_: base("super", BuiltinType::Super),
            dict_keys: base("dict_keys", BuiltinType::Iterator),
            dict_values: base("dict_values", BuiltinType::Iterator),
            dict_items: base("dict_items", BuiltinType::Iterator),
            object,
            bool_,
            int,
            future,
            task,
            gathering_future,
            handle,
            timer_handle,
            event_loop,
            struct_time,
            exceptions,
        }
    }

    /// The class of a built-in (or asyncio) exception.
    #[inline]
    pub fn exc(&self, kind: ExcKind) -> &Rc<ClassObj> {
        &self.exceptions[kind.index()]
    }

    /// Adds native methods to a class.
    pub fn add_methods(
        class: &Rc<ClassObj>,
        owner: &'static str,
        methods: &[(&'static str, NativeFn)],
    ) {
        let mut dict = class.dict.borrow_mut();
        for (name, func) in methods {
            let f = BuiltinObj { name, func: *func, bound: None, owner };
            dict.insert((*name).into(), Value::Builtin(Rc::new(f)));
        }
        drop(dict);
        crate::vm::lookup_cache::class_dicts_changed();
    }
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exception_hierarchy_matches_cpython() {
        let t = Types::new();
        let mro: Vec<String> =
            t.exc(ExcKind::ZeroDivisionError).mro().map(|c| c.name.to_string()).collect();
        assert_eq!(
            mro,
            ["ZeroDivisionError", "ArithmeticError", "Exception", "BaseException", "object"]
        );
        let cancelled = t.exc(ExcKind::CancelledError);
        assert!(!cancelled.is_subclass_of(t.exc(ExcKind::Exception)));
        assert_eq!(cancelled.display_name(), "asyncio.exceptions.CancelledError");
        assert!(t.exc(ExcKind::TimeoutError).is_subclass_of(t.exc(ExcKind::OSError)));
        assert!(t.bool_.is_subclass_of(&t.int));
    }
}
