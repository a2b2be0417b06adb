//! Python values.
//!
//! A `Value` is 16 bytes: small immutable values (None, bools, 64-bit ints, floats) live inline
//! and everything else is a reference-counted object. Reference counting is deliberate: CPython
//! destroys an object the moment its last reference goes, and some of what Loopscope must show
//! depends on that moment (a coroutine that was never awaited warns when it is destroyed; a task
//! whose exception nobody retrieved is reported when it is destroyed).

use super::bytes::{ByteArrayObj, BytesObj, MemoryViewObj};
use super::objects::{
    BoundMethodObj, BuiltinObj, ClassObj, DictObj, FunctionObj, GenObj, InstanceObj, IterObj,
    ListObj, ModuleObj, NativeCoroObj, RangeObj, SetObj, SliceObj,
};
use crate::asyncio::{FutureObj, HandleObj, LoopObj, TimerHandleObj};
use crate::compiler::code::CodeObj;
use num_bigint::BigInt;
use std::fmt;
use std::rc::Rc;

pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Ellipsis,
    NotImplemented,
    /// CPython's NULL on the value stack (after `LOAD_METHOD` found no method). Never reaches
    /// Python code.
    Null,
    /// Ints that do not fit in 64 bits. Always normalised: a `BigInt` never fits in an `i64`.
    BigInt(Rc<BigInt>),
    Str(Rc<StrObj>),
    /// An immutable `bytes`.
    Bytes(Rc<BytesObj>),
    /// A mutable `bytearray`.
    ByteArray(Rc<ByteArrayObj>),
    /// A `memoryview` of a bytes or bytearray.
    MemoryView(Rc<MemoryViewObj>),
    Tuple(Rc<TupleObj>),
    List(Rc<ListObj>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<FunctionObj>),
    Builtin(Rc<BuiltinObj>),
    BoundMethod(Rc<BoundMethodObj>),
    Class(Rc<ClassObj>),
    Instance(Rc<InstanceObj>),
    Module(Rc<ModuleObj>),
    Code(Rc<CodeObj>),
    /// A generator or a coroutine made by calling a Python `def`/`async def`.
    Gen(Rc<GenObj>),
    /// A coroutine implemented in Rust (e.g. `asyncio.sleep(1)`), with Python's coroutine face.
    NativeCoro(Rc<NativeCoroObj>),
    Iter(Rc<IterObj>),
    Future(Rc<FutureObj>),
    Handle(Rc<HandleObj>),
    TimerHandle(Rc<TimerHandleObj>),
    Loop(Rc<LoopObj>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView(Rc<super::objects::DictViewObj>),
    /// What `super()` returns.
    Super(Rc<super::classes::SuperObj>),
    /// A closure cell (what `LOAD_CLOSURE` pushes and a function's `__closure__` holds).
    Cell(super::objects::CellRef),
}

impl Clone for Value {
    /// Inline values copy without a call; reference values bump their count.
    #[inline(always)]
    fn clone(&self) -> Self {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            other => other.clone_ref(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_ref(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Ellipsis => Value::Ellipsis,
            Value::NotImplemented => Value::NotImplemented,
            Value::Null => Value::Null,
            Value::BigInt(r) => Value::BigInt(r.clone()),
            Value::Str(r) => Value::Str(r.clone()),
            Value::Bytes(r) => Value::Bytes(r.clone()),
            Value::ByteArray(r) => Value::ByteArray(r.clone()),
            Value::MemoryView(r) => Value::MemoryView(r.clone()),
            Value::Tuple(r) => Value::Tuple(r.clone()),
            Value::List(r) => Value::List(r.clone()),
            Value::Dict(r) => Value::Dict(r.clone()),
            Value::Set(r) => Value::Set(r.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Slice(r) => Value::Slice(r.clone()),
            Value::Function(r) => Value::Function(r.clone()),
            Value::Builtin(r) => Value::Builtin(r.clone()),
            Value::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Value::Class(r) => Value::Class(r.clone()),
            Value::Instance(r) => Value::Instance(r.clone()),
            Value::Module(r) => Value::Module(r.clone()),
            Value::Code(r) => Value::Code(r.clone()),
            Value::Gen(r) => Value::Gen(r.clone()),
            Value::NativeCoro(r) => Value::NativeCoro(r.clone()),
            Value::Iter(r) => Value::Iter(r.clone()),
            Value::Future(r) => Value::Future(r.clone()),
            Value::Handle(r) => Value::Handle(r.clone()),
            Value::TimerHandle(r) => Value::TimerHandle(r.clone()),
            Value::Loop(r) => Value::Loop(r.clone()),
            Value::DictView(r) => Value::DictView(r.clone()),
            Value::Super(r) => Value::Super(r.clone()),
            Value::Cell(r) => Value::Cell(r.clone()),
        }
    }
}

/// A Python `str`. The text is immutable; whether it is ASCII is kept because `len()` and
/// indexing count code points, not bytes, and its hash is cached on first use, as CPython
/// caches it (SipHash is not free, and dict and set keys hash again on every lookup).
pub struct StrObj {
    pub text: Box<str>,
    ascii: bool,
    /// The hash once computed; `-1` (never a Python hash) until then.
    hash: std::cell::Cell<i64>,
    /// Where the chars of a non-ASCII text start, built when first asked (`char_index`).
    chars: std::cell::OnceCell<Box<CharIndex>>,
}

/// Char positions of a non-ASCII text (stored as UTF-8, where the n-th char is found by
/// walking): the char count and the byte where every `CHAR_STRIDE`-th char starts, so that
/// `s[i]`, `s[i:j]`, `len(s)` and `s.find(x, i)` walk at most a stride, not the prefix.
/// CPython stores such text in fixed-width code units and indexes it directly; walking the
/// prefix made a loop over a long non-ASCII string quadratic.
pub struct CharIndex {
    chars: usize,
    stride_starts: Box<[usize]>,
}

const CHAR_STRIDE: usize = 64;

impl CharIndex {
    fn of(text: &str) -> CharIndex {
        let mut chars = 0;
        let mut stride_starts = Vec::with_capacity(text.len() / CHAR_STRIDE + 1);
        for (byte, _) in text.char_indices() {
            if chars % CHAR_STRIDE == 0 {
                stride_starts.push(byte);
            }
            chars += 1;
        }
        CharIndex { chars, stride_starts: stride_starts.into_boxed_slice() }
    }
}

impl StrObj {
    pub fn new(text: &str) -> Self {
        StrObj::from_boxed(text.into())
    }

    pub fn from_string(text: String) -> Self {
        StrObj::from_boxed(text.into_boxed_str())
    }

    #[inline]
    fn from_boxed(text: Box<str>) -> Self {
        StrObj {
            ascii: text.is_ascii(),
            text,
            hash: std::cell::Cell::new(-1),
            chars: std::cell::OnceCell::new(),
        }
    }

    fn char_index(&self) -> &CharIndex {
        self.chars.get_or_init(|| Box::new(CharIndex::of(&self.text)))
    }

    /// The byte where char `i` starts (the text's length for `i` at or past its end).
    pub fn byte_of_char(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.text.len());
        }
        let index = self.char_index();
        if i >= index.chars {
            return self.text.len();
        }
        let start = index.stride_starts[i / CHAR_STRIDE];
        let within = i % CHAR_STRIDE;
        self.text[start..].char_indices().nth(within).map_or(self.text.len(), |(b, _)| start + b)
    }

    /// The index of the char that starts at `byte` (a char boundary).
    pub fn char_of_byte(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let index = self.char_index();
        let stride = index.stride_starts.partition_point(|&s| s <= byte).saturating_sub(1);
        let start = index.stride_starts.get(stride).copied().unwrap_or(0);
        stride * CHAR_STRIDE + self.text.get(start..byte).map_or(0, |t| t.chars().count())
    }

    /// Char `i` (which must be below `char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.ascii {
            return self.text.as_bytes()[i] as char;
        }
        self.text[self.byte_of_char(i)..].chars().next().unwrap_or('\0')
    }

    /// `hash(s)`: CPython 3.11's SipHash-1-3 of the string's code units with
    /// `PYTHONHASHSEED=0`, cached.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = super::hashing::hash_str(&self.text);
        self.hash.set(h);
        h
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Appends `more` to a string nobody else holds (`s += x` on the only reference). The
    /// buffer grows by exactly what is added: the allocator's size classes leave room, so
    /// most appends extend the block where it is and a loop of them stays linear.
    pub fn append(&mut self, more: &StrObj) {
        let mut text = String::from(std::mem::take(&mut self.text));
        text.reserve_exact(more.text.len());
        text.push_str(&more.text);
        self.text = text.into_boxed_str();
        self.ascii &= more.ascii;
        self.hash.set(-1);
        self.chars.take();
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Number of code points.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.text.len()
        } else {
            self.char_index().chars
        }
    }
}

thread_local! {
    static EMPTY_TUPLE: Rc<TupleObj> = Rc::new(TupleObj::new(Vec::new()));
}

/// A Python `tuple`.
pub struct TupleObj {
    pub items: Box<[Value]>,
}

impl TupleObj {
    pub fn new(items: Vec<Value>) -> Self {
        TupleObj { items: items.into_boxed_slice() }
    }
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        if !self.items.is_empty() {
            // CPython's `tupledealloc` frees the items last to first.
            super::trashcan::dispose(Vec::from(std::mem::take(&mut self.items)).into_iter().rev());
        }
    }
}

impl Value {
    pub fn str(text: &str) -> Value {
        if text.is_empty() {
            return Value::empty_str();
        }
        Value::Str(Rc::new(StrObj::new(text)))
    }

    pub fn string(text: String) -> Value {
        if text.is_empty() {
            return Value::empty_str();
        }
        Value::Str(Rc::new(StrObj::from_string(text)))
    }

    /// CPython's empty string is one object: `str() is ""`, `s[:0] is ""`.
    fn empty_str() -> Value {
        thread_local! {
            static EMPTY: Rc<StrObj> = Rc::new(StrObj::new(""));
        }
        Value::Str(EMPTY.with(Rc::clone))
    }

    pub fn bytes(data: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(BytesObj::new(data)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            // CPython's empty tuple is a singleton: `() is ()`, `tuple() is ()`.
            return EMPTY_TUPLE.with(|t| Value::Tuple(t.clone()));
        }
        Value::Tuple(Rc::new(TupleObj::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(ListObj::new(items)))
    }

    /// An int from a `BigInt`, inline when it fits in 64 bits.
    pub fn from_bigint(n: BigInt) -> Value {
        match i64::try_from(&n) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(Rc::new(n)),
        }
    }

    /// Values stored in place (no reference count): dropping them does nothing.
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(
            self,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Ellipsis
                | Value::NotImplemented
                | Value::Null
        )
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// Identity, as Python's `is`. Inline values compare by value (CPython caches small ints
    /// and the singletons; larger equal ints are usually distinct objects there, a difference
    /// programs should not rely on).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Null, Null) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.object_address(), other.object_address()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the object behind a reference value (what `id()` and reprs show).
    pub fn object_address(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const () as usize,
            Str(r) => Rc::as_ptr(r) as *const () as usize,
            Bytes(r) => Rc::as_ptr(r) as *const () as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const () as usize,
            MemoryView(r) => Rc::as_ptr(r) as *const () as usize,
            Tuple(r) => Rc::as_ptr(r) as *const () as usize,
            List(r) => Rc::as_ptr(r) as *const () as usize,
            Dict(r) => Rc::as_ptr(r) as *const () as usize,
            Set(r) => Rc::as_ptr(r) as *const () as usize,
            Range(r) => Rc::as_ptr(r) as *const () as usize,
            Slice(r) => Rc::as_ptr(r) as *const () as usize,
            Function(r) => Rc::as_ptr(r) as *const () as usize,
            Builtin(r) => Rc::as_ptr(r) as *const () as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const () as usize,
            Class(r) => Rc::as_ptr(r) as *const () as usize,
            Instance(r) => Rc::as_ptr(r) as *const () as usize,
            Module(r) => Rc::as_ptr(r) as *const () as usize,
            Code(r) => Rc::as_ptr(r) as *const () as usize,
            Gen(r) => Rc::as_ptr(r) as *const () as usize,
            NativeCoro(r) => Rc::as_ptr(r) as *const () as usize,
            Iter(r) => Rc::as_ptr(r) as *const () as usize,
            Future(r) => Rc::as_ptr(r) as *const () as usize,
            Handle(r) => Rc::as_ptr(r) as *const () as usize,
            TimerHandle(r) => Rc::as_ptr(r) as *const () as usize,
            Loop(r) => Rc::as_ptr(r) as *const () as usize,
            Cell(r) => Rc::as_ptr(r) as *const () as usize,
            DictView(r) => Rc::as_ptr(r) as *const () as usize,
            Super(r) => Rc::as_ptr(r) as *const () as usize,
            _ => return Option::None,
        })
    }

    /// A short description for disassembly listings and debugging (not Python's repr, which
    /// needs the interpreter for user-defined `__repr__`).
    pub fn debug_repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(i) => i.to_string(),
            Value::Float(f) => loopscope_pyfmt::float_repr(*f),
            Value::Str(s) => loopscope_pyfmt::str_repr(s.as_str()),
            Value::Bytes(b) => super::bytes::bytes_repr(&b.data),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Tuple(t) => {
                let parts: Vec<String> = t.items.iter().map(|v| v.debug_repr()).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::Code(c) => format!("<code object {} at line {}>", c.name, c.first_line),
            other => format!("<{}>", other.kind_name()),
        }
    }

    /// The Rust-side kind, for messages that cannot reach the interpreter's type objects.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Ellipsis => "ellipsis",
            Value::NotImplemented => "NotImplementedType",
            Value::Null => "NULL",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::MemoryView(_) => "memoryview",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::Class(_) => "type",
            Value::Instance(_) => "object",
            Value::Module(_) => "module",
            Value::Code(_) => "code",
            Value::Gen(g) => g.kind.type_name(),
            Value::NativeCoro(_) => "coroutine",
            Value::Iter(_) => "iterator",
            Value::Future(_) => "Future",
            // The trace's short repr has always shown both kinds as `<Handle>`.
            Value::Handle(_) | Value::TimerHandle(_) => "Handle",
            Value::Loop(_) => "_UnixSelectorEventLoop",
            Value::Cell(_) => "cell",
            Value::DictView(v) => v.view.type_name(),
            Value::Super(_) => "super",
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.debug_repr())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn big_ints_are_normalised() {
        assert!(matches!(Value::from_bigint(BigInt::from(5)), Value::Int(5)));
        let big = BigInt::from(i64::MAX) + 1;
        assert!(matches!(Value::from_bigint(big), Value::BigInt(_)));
    }

    #[test]
    fn char_positions_of_non_ascii_text_match_a_walk_across_strides() {
        let text: String = (0..300).map(|i| ['a', 'é', '€', '😀'][i % 4]).collect();
        let s = StrObj::new(&text);
        let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        assert_eq!(s.char_len(), 300);
        for (i, &byte) in starts.iter().enumerate() {
            assert_eq!(s.byte_of_char(i), byte);
            assert_eq!(s.char_of_byte(byte), i);
            assert_eq!(s.char_at(i), text[byte..].chars().next().unwrap());
        }
        assert_eq!(s.byte_of_char(300), text.len());
        assert_eq!(s.char_of_byte(text.len()), 300);
        let mut grown = StrObj::new("Ω");
        grown.append(&StrObj::new("ab"));
        assert_eq!((grown.char_len(), grown.byte_of_char(2), grown.char_at(1)), (3, 3, 'a'));
    }
}
