//! CPython 3.11's built-in exception classes as a type, with their tree.
//!
//! Every crate that raises or matches a built-in exception names it as an [`ExcKind`], never as
//! a string, so a misspelt class is a compile error rather than a silent `RuntimeError` at run
//! time. The table below is the one source of the tree: each kind's Python name, its parent
//! (its only base: CPython's built-in exceptions use single inheritance) and the module it
//! prints with. The engine builds its exception classes from it, in [`ExcKind::ALL`]'s order
//! (every parent before its children).
//!
//! The set is the part of CPython's tree that Loopscope models: adding a kind here adds a class
//! a program can see (a `builtins` name, or an `asyncio` one), so it is a change of behaviour.

#![forbid(unsafe_code)]

use std::fmt;

/// Defines `ExcKind` and its tables from one list of `Kind: Parent @ "module"` entries, parents
/// first. `BaseException`, the root, is written apart because it has no parent.
macro_rules! exception_tree {
    (
        $root:ident @ $root_module:literal;
        $($kind:ident : $parent:ident @ $module:literal;)*
    ) => {
        /// A built-in exception class of CPython 3.11 (or one of asyncio's own), by its name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum ExcKind {
            $root,
            $($kind,)*
        }

        impl ExcKind {
            /// How many kinds there are (the length of a table indexed by [`ExcKind::index`]).
            pub const COUNT: usize = [stringify!($root), $(stringify!($kind)),*].len();

            /// Every kind, each parent before its children.
            pub const ALL: [ExcKind; ExcKind::COUNT] = [ExcKind::$root, $(ExcKind::$kind),*];

            /// The class name as Python spells it (`TypeError`, `CancelledError`).
            pub const fn name(self) -> &'static str {
                match self {
                    ExcKind::$root => stringify!($root),
                    $(ExcKind::$kind => stringify!($kind),)*
                }
            }

            /// The class's base, `None` for `BaseException`.
            pub const fn parent(self) -> Option<ExcKind> {
                match self {
                    ExcKind::$root => None,
                    $(ExcKind::$kind => Some(ExcKind::$parent),)*
                }
            }

            /// The class's `__module__`: `builtins`, or `asyncio.exceptions` for asyncio's own
            /// exceptions (a traceback prints those with their module).
            pub const fn module(self) -> &'static str {
                match self {
                    ExcKind::$root => $root_module,
                    $(ExcKind::$kind => $module,)*
                }
            }

            /// The kind whose Python class name is `name` (a built-in or one of asyncio's own
            /// exceptions), for the places a program names a class: module attributes.
            pub fn from_name(name: &str) -> Option<ExcKind> {
                match name {
                    stringify!($root) => Some(ExcKind::$root),
                    $(stringify!($kind) => Some(ExcKind::$kind),)*
                    _ => None,
                }
            }
        }
    };
}

exception_tree! {
    BaseException @ "builtins";
    Exception: BaseException @ "builtins";
    GeneratorExit: BaseException @ "builtins";
    KeyboardInterrupt: BaseException @ "builtins";
    SystemExit: BaseException @ "builtins";
    BaseExceptionGroup: BaseException @ "builtins";
    // `ExceptionGroup` has a second base, `Exception` (the one multiple-inheritance class of
    // the tree): the engine adds it when it builds the class.
    ExceptionGroup: BaseExceptionGroup @ "builtins";
    ArithmeticError: Exception @ "builtins";
    FloatingPointError: ArithmeticError @ "builtins";
    OverflowError: ArithmeticError @ "builtins";
    ZeroDivisionError: ArithmeticError @ "builtins";
    AssertionError: Exception @ "builtins";
    AttributeError: Exception @ "builtins";
    BufferError: Exception @ "builtins";
    EOFError: Exception @ "builtins";
    ImportError: Exception @ "builtins";
    ModuleNotFoundError: ImportError @ "builtins";
    LookupError: Exception @ "builtins";
    IndexError: LookupError @ "builtins";
    KeyError: LookupError @ "builtins";
    MemoryError: Exception @ "builtins";
    NameError: Exception @ "builtins";
    UnboundLocalError: NameError @ "builtins";
    OSError: Exception @ "builtins";
    BlockingIOError: OSError @ "builtins";
    ChildProcessError: OSError @ "builtins";
    ConnectionError: OSError @ "builtins";
    BrokenPipeError: ConnectionError @ "builtins";
    ConnectionAbortedError: ConnectionError @ "builtins";
    ConnectionRefusedError: ConnectionError @ "builtins";
    ConnectionResetError: ConnectionError @ "builtins";
    FileExistsError: OSError @ "builtins";
    FileNotFoundError: OSError @ "builtins";
    InterruptedError: OSError @ "builtins";
    IsADirectoryError: OSError @ "builtins";
    NotADirectoryError: OSError @ "builtins";
    PermissionError: OSError @ "builtins";
    ProcessLookupError: OSError @ "builtins";
    // Since 3.11 also `asyncio.TimeoutError` (see `ExcKind::asyncio_exports`).
    TimeoutError: OSError @ "builtins";
    ReferenceError: Exception @ "builtins";
    RuntimeError: Exception @ "builtins";
    NotImplementedError: RuntimeError @ "builtins";
    RecursionError: RuntimeError @ "builtins";
    StopAsyncIteration: Exception @ "builtins";
    StopIteration: Exception @ "builtins";
    SyntaxError: Exception @ "builtins";
    IndentationError: SyntaxError @ "builtins";
    TabError: IndentationError @ "builtins";
    SystemError: Exception @ "builtins";
    TypeError: Exception @ "builtins";
    ValueError: Exception @ "builtins";
    UnicodeError: ValueError @ "builtins";
    UnicodeDecodeError: UnicodeError @ "builtins";
    UnicodeEncodeError: UnicodeError @ "builtins";
    UnicodeTranslateError: UnicodeError @ "builtins";
    Warning: Exception @ "builtins";
    DeprecationWarning: Warning @ "builtins";
    PendingDeprecationWarning: Warning @ "builtins";
    RuntimeWarning: Warning @ "builtins";
    SyntaxWarning: Warning @ "builtins";
    UserWarning: Warning @ "builtins";
    FutureWarning: Warning @ "builtins";
    ResourceWarning: Warning @ "builtins";
    BytesWarning: Warning @ "builtins";
    EncodingWarning: Warning @ "builtins";
    ImportWarning: Warning @ "builtins";
    UnicodeWarning: Warning @ "builtins";
    // asyncio's own (asyncio/exceptions.py). CancelledError is a BaseException since 3.8, so
    // `except Exception` does not swallow a cancellation.
    CancelledError: BaseException @ "asyncio.exceptions";
    InvalidStateError: Exception @ "asyncio.exceptions";
    IncompleteReadError: EOFError @ "asyncio.exceptions";
    LimitOverrunError: Exception @ "asyncio.exceptions";
    SendfileNotAvailableError: RuntimeError @ "asyncio.exceptions";
    // `json.JSONDecodeError` (json/decoder.py), raised by the native `json` module.
    JSONDecodeError: ValueError @ "json.decoder";
}

impl ExcKind {
    /// The kind's position in [`ExcKind::ALL`], for tables indexed by kind.
    #[inline]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Whether the class is in `builtins` (a name every program sees).
    pub fn is_builtin(self) -> bool {
        self.module() == "builtins"
    }

    /// This kind and its ancestors, up to `BaseException` (the exception part of the MRO).
    pub fn ancestors(self) -> impl Iterator<Item = ExcKind> {
        std::iter::successors(Some(self), |k| k.parent())
    }

    /// Whether an exception of this kind is caught by `except ancestor:`.
    pub fn is_subclass_of(self, ancestor: ExcKind) -> bool {
        self.ancestors().any(|k| k == ancestor)
    }

    /// The exception classes module `asyncio` exports, each under its own name: asyncio's own
    /// exceptions and, since 3.11, the built-in `TimeoutError` (`asyncio.TimeoutError is
    /// TimeoutError`).
    pub fn asyncio_exports() -> impl Iterator<Item = ExcKind> {
        ExcKind::ALL
            .into_iter()
            .filter(|k| k.module() == "asyncio.exceptions")
            .chain(std::iter::once(ExcKind::TimeoutError))
    }
}

impl fmt::Display for ExcKind {
    /// The class name, as the last line of a traceback starts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::ExcKind;

    #[test]
    fn every_parent_comes_before_its_children() {
        for (i, kind) in ExcKind::ALL.iter().enumerate() {
            assert_eq!(kind.index(), i);
            if let Some(parent) = kind.parent() {
                assert!(parent.index() < i, "{kind} before its parent {parent}");
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for kind in ExcKind::ALL {
            assert_eq!(ExcKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(ExcKind::from_name("TypeErorr"), None);
        assert_eq!(ExcKind::from_name("object"), None);
    }

    #[test]
    fn the_tree_is_cpythons() {
        let mro: Vec<&str> = ExcKind::ZeroDivisionError.ancestors().map(ExcKind::name).collect();
        assert_eq!(mro, ["ZeroDivisionError", "ArithmeticError", "Exception", "BaseException"]);
        assert!(!ExcKind::CancelledError.is_subclass_of(ExcKind::Exception));
        assert!(ExcKind::TimeoutError.is_subclass_of(ExcKind::OSError));
        assert!(ExcKind::TabError.is_subclass_of(ExcKind::SyntaxError));
        assert_eq!(ExcKind::CancelledError.module(), "asyncio.exceptions");
        assert!(ExcKind::KeyError.is_builtin());
    }

    #[test]
    fn asyncio_exports_its_own_and_the_builtin_timeout_error() {
        let names: Vec<&str> = ExcKind::asyncio_exports().map(ExcKind::name).collect();
        assert_eq!(
            names,
            [
                "CancelledError",
                "InvalidStateError",
                "IncompleteReadError",
                "LimitOverrunError",
                "SendfileNotAvailableError",
                "TimeoutError"
            ]
        );
    }
}
