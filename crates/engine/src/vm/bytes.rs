//! `bytes`, `bytearray` and `memoryview`: the objects, their reprs, and what the operators,
//! subscripts, `in` and the constructors do with them, with CPython's results and messages.
//!
//! A memoryview looks at a bytes or bytearray without copying: writes through it show in the
//! bytearray, and while a view is alive the bytearray cannot change size (CPython's "exports").

use super::objects::{IterState, SliceObj};
use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::compiler::code::{BinOp, CmpOp};
use crate::ExcKind;
use std::cell::{Cell, Ref, RefCell};
use std::fmt::Write;
use std::ops::Deref;
use std::rc::Rc;

/// An immutable `bytes`, with its hash cached once computed (`-1` until then).
pub struct BytesObj {
    pub data: Box<[u8]>,
    hash: Cell<i64>,
}

impl BytesObj {
    pub fn new(data: Vec<u8>) -> Self {
        BytesObj { data: data.into_boxed_slice(), hash: Cell::new(-1) }
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = super::hashing::hash_bytes(&self.data);
        self.hash.set(h);
        h
    }
}

/// The bytes of a `bytearray`: a vector whose first `head` bytes are dead. Deleting from the
/// front (`del b[:n]`, what a transport does with the bytes the kernel took) only moves
/// `head`, and the live bytes move down once the dead ones outnumber them: amortised O(1)
/// per byte, as CPython's `ob_start`. Without it, sending a 16 MB buffer to a slow link in
/// MSS-sized pieces moved the whole buffer at every send (quadratic).
#[derive(Default, Clone)]
pub struct ByteBuf {
    buf: Vec<u8>,
    head: usize,
}

impl ByteBuf {
    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    pub fn as_slice(&self) -> &[u8] {
        &self.buf[self.head..]
    }

    pub fn into_vec(mut self) -> Vec<u8> {
        self.compact();
        self.buf
    }

    fn compact(&mut self) {
        if self.head > 0 {
            self.buf.drain(..self.head);
            self.head = 0;
        }
    }

    pub fn clear(&mut self) {
        self.buf.clear();
        self.head = 0;
    }

    pub fn push(&mut self, b: u8) {
        self.buf.push(b);
    }

    pub fn extend_from_slice(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    pub fn insert(&mut self, i: usize, b: u8) {
        self.buf.insert(self.head + i, b);
    }

    pub fn remove(&mut self, i: usize) -> u8 {
        if i == 0 {
            let b = self.buf[self.head];
            self.remove_range(0..1);
            return b;
        }
        self.buf.remove(self.head + i)
    }

    pub fn truncate(&mut self, len: usize) {
        self.buf.truncate(self.head + len);
    }

    pub fn retain(&mut self, f: impl FnMut(&u8) -> bool) {
        self.compact();
        self.buf.retain(f);
    }

    /// Removes `range` (of live positions); from the front, without moving the rest.
    pub fn remove_range(&mut self, range: std::ops::Range<usize>) {
        let (start, end) = (range.start.min(self.len()), range.end.min(self.len()));
        if start >= end {
            return;
        }
        if start > 0 {
            self.buf.drain(self.head + start..self.head + end);
            return;
        }
        self.head += end;
        if self.head == self.buf.len() {
            self.clear();
        } else if self.head > self.buf.len() - self.head {
            self.compact();
        }
    }

    /// Replaces `range` (of live positions) with `with`.
    pub fn splice(&mut self, range: std::ops::Range<usize>, with: &[u8]) {
        let r = self.head + range.start..self.head + range.end;
        self.buf.splice(r, with.iter().copied());
    }
}

impl From<Vec<u8>> for ByteBuf {
    fn from(buf: Vec<u8>) -> Self {
        ByteBuf { buf, head: 0 }
    }
}

impl Deref for ByteBuf {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.buf[self.head..]
    }
}

impl std::ops::DerefMut for ByteBuf {
    fn deref_mut(&mut self) -> &mut [u8] {
        &mut self.buf[self.head..]
    }
}

/// A `bytearray`: mutable bytes.
pub struct ByteArrayObj {
    pub data: RefCell<ByteBuf>,
    /// Live memoryviews of it; while there are any, its size cannot change.
    pub exports: Cell<usize>,
}

impl ByteArrayObj {
    pub fn new(data: Vec<u8>) -> Self {
        crate::memory::force_charge(data.capacity());
        ByteArrayObj { data: RefCell::new(ByteBuf::from(data)), exports: Cell::new(0) }
    }
}

impl Drop for ByteArrayObj {
    fn drop(&mut self) {
        crate::memory::release(self.data.get_mut().capacity());
    }
}

/// A `memoryview` of bytes or a bytearray: item `k` is byte `start + k * step` of `source`.
pub struct MemoryViewObj {
    pub source: Value,
    pub start: usize,
    pub len: usize,
    pub step: isize,
    pub released: Cell<bool>,
}

impl MemoryViewObj {
    /// A view of `source` (a bytes or bytearray), registered as an export of a bytearray.
    pub fn new(source: Value, start: usize, len: usize, step: isize) -> Self {
        if let Value::ByteArray(b) = &source {
            b.exports.set(b.exports.get() + 1);
        }
        MemoryViewObj { source, start, len, step, released: Cell::new(false) }
    }

    pub fn readonly(&self) -> bool {
        !matches!(self.source, Value::ByteArray(_))
    }

    /// Ends the view's hold on its source (`release()`); idempotent.
    pub fn release(&self) {
        if !self.released.replace(true) {
            if let Value::ByteArray(b) = &self.source {
                b.exports.set(b.exports.get().saturating_sub(1));
            }
        }
    }

    /// The position in the source of item `k`.
    fn position(&self, k: usize) -> usize {
        (self.start as isize + k as isize * self.step) as usize
    }

    /// `hash(view)`: a read-only view hashes as the bytes it shows; a writable one cannot.
    pub fn hash(&self) -> Option<i64> {
        if !self.readonly() || self.released.get() {
            return None;
        }
        Some(super::hashing::hash_bytes(&self.contents()))
    }

    /// The bytes the view shows (empty once released).
    pub fn contents(&self) -> BufRef<'_> {
        if self.released.get() {
            return BufRef::Owned(Vec::new());
        }
        let range = self.start..self.start + self.len;
        match (&self.source, self.step) {
            (Value::Bytes(b), 1) => BufRef::Slice(b.data.get(range).unwrap_or_default()),
            (Value::ByteArray(b), 1) => {
                let data = b.data.borrow();
                if data.get(range.clone()).is_some() {
                    BufRef::Shared(Ref::map(data, |d| &d[range]))
                } else {
                    BufRef::Owned(Vec::new())
                }
            }
            (source, _) => {
                let all = buffer(source);
                let all = all.as_deref().unwrap_or_default();
                BufRef::Owned(
                    (0..self.len).filter_map(|k| all.get(self.position(k)).copied()).collect(),
                )
            }
        }
    }
}

impl Drop for MemoryViewObj {
    fn drop(&mut self) {
        self.release();
    }
}

/// The bytes of a bytes-like object, borrowed where possible.
pub enum BufRef<'a> {
    Slice(&'a [u8]),
    Shared(Ref<'a, [u8]>),
    Owned(Vec<u8>),
}

impl Deref for BufRef<'_> {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            BufRef::Slice(s) => s,
            BufRef::Shared(r) => r,
            BufRef::Owned(v) => v,
        }
    }
}

/// The bytes of a bytes, bytearray or (unreleased) memoryview; `None` for anything else.
pub fn buffer(v: &Value) -> Option<BufRef<'_>> {
    match v {
        Value::Bytes(b) => Some(BufRef::Slice(&b.data)),
        Value::ByteArray(b) => Some(BufRef::Shared(Ref::map(b.data.borrow(), |d| d.as_slice()))),
        Value::MemoryView(m) if !m.released.get() => Some(m.contents()),
        _ => None,
    }
}

pub fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_))
}

/// `repr(b)`: `b'...'`, in double quotes when the bytes hold `'` but no `"`.
pub fn bytes_repr(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() + 3);
    bytes_repr_into(data, &mut out);
    out
}

/// A bytearray's `b'...'` part: as bytes', except that a single quote is always escaped
/// (CPython's `bytearray_repr` escapes it even between double quotes: `bytearray(b"it\'s")`).
pub fn bytearray_repr(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() + 3);
    write_bytes_repr(data, &mut out, true);
    out
}

/// `bytes_repr(data)` appended to `out` (the trace renders many reprs into one buffer).
pub fn bytes_repr_into(data: &[u8], out: &mut String) {
    write_bytes_repr(data, out, false);
}

fn write_bytes_repr(data: &[u8], out: &mut String, always_escape_single: bool) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    out.reserve(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b as char == quote || (always_escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote);
}

/// What `bytes.hex()` and `memoryview.hex()` produce: two lowercase digits per byte, with
/// `sep` every `group` bytes (counted from the right when `group` is positive).
pub fn hex_of(data: &[u8], sep: Option<char>, group: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let n = data.len();
    let every = group.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && every > 0 {
                let boundary =
                    if group > 0 { (n - i).is_multiple_of(every) } else { i.is_multiple_of(every) };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// A new value of the same kind as `like` (bytes or bytearray) holding `data`.
pub fn same_kind(like: &Value, data: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => Value::ByteArray(Rc::new(ByteArrayObj::new(data))),
        _ => Value::bytes(data),
    }
}

impl Vm {
    /// The bytes of a bytes-like argument: `Ok(None)` when it is not one, a `ValueError` for
    /// a released memoryview.
    pub(crate) fn bytes_arg<'a>(&self, v: &'a Value) -> PyResult<Option<BufRef<'a>>> {
        if let Value::MemoryView(m) = v {
            if m.released.get() {
                return Err(self.released_view());
            }
        }
        Ok(buffer(v))
    }

    /// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'str'`.
    pub(crate) fn require_bytes<'a>(&self, v: &'a Value) -> PyResult<BufRef<'a>> {
        match self.bytes_arg(v)? {
            Some(b) => Ok(b),
            None => Err(self.new_error(
                ExcKind::TypeError,
                &format!("a bytes-like object is required, not '{}'", self.type_name(v)),
            )),
        }
    }

    pub(crate) fn released_view(&self) -> PyErr {
        self.new_error(ExcKind::ValueError, "operation forbidden on released memoryview object")
    }

    /// `BufferError` when a bytearray with live memoryviews would change size.
    pub(crate) fn check_resizable(&self, b: &ByteArrayObj) -> PyResult<()> {
        if b.exports.get() > 0 {
            return Err(self.new_error(
                ExcKind::BufferError,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }

    /// Changes a bytearray's bytes, counting growth against the memory budget.
    pub(crate) fn bytearray_mutate<R>(
        &self,
        b: &ByteArrayObj,
        f: impl FnOnce(&mut ByteBuf) -> R,
    ) -> PyResult<R> {
        let mut data = b.data.borrow_mut();
        let before = data.capacity();
        let r = f(&mut data);
        if !super::objects::account_growth(before, data.capacity(), 1) {
            return Err(self.memory_error());
        }
        Ok(r)
    }

    /// A byte value from an int (`bytearray.append`, `ba[i] = v`, `bytes([..])`).
    /// An int subclass's instance (an `IntEnum` member) is its value.
    pub(crate) fn byte_value(&self, v: &Value, message: &str) -> PyResult<u8> {
        match super::builtin_subclass::number_of(v) {
            Value::Int(i) => {
                u8::try_from(*i).map_err(|_| self.new_error(ExcKind::ValueError, message))
            }
            Value::Bool(b) => Ok(*b as u8),
            Value::BigInt(_) => Err(self.new_error(ExcKind::ValueError, message)),
            other => Err(self.new_error(
                ExcKind::TypeError,
                &format!("'{}' object cannot be interpreted as an integer", self.type_name(other)),
            )),
        }
    }

    /// The bytes of an iterable of ints in range(256).
    pub(crate) fn bytes_from_iterable(&mut self, v: &Value, message: &str) -> PyResult<Vec<u8>> {
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.next(&it)? {
            out.push(self.byte_value(&item, message)?);
            if out.len() % 65536 == 0 && !crate::memory::fits(out.len()) {
                return Err(self.memory_error());
            }
        }
        Ok(out)
    }

    /// `+`, `*` and `%` when the left operand is bytes or a bytearray; `None` otherwise.
    pub(crate) fn bytes_binary(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        if !matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
            return Ok(None);
        }
        match op {
            BinOp::Add => {
                let Some(right) = self.bytes_arg(b)? else {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("can't concat {} to {}", self.type_name(b), self.type_name(a)),
                    ));
                };
                let right = right.to_vec();
                if let (Value::ByteArray(target), true) = (a, inplace) {
                    self.check_resizable(target)?;
                    self.bytearray_mutate(target, |d| d.extend_from_slice(&right))?;
                    return Ok(Some(a.clone()));
                }
                let left = buffer(a).map(|l| l.to_vec()).unwrap_or_default();
                if !crate::memory::fits(left.len() + right.len()) {
                    return Err(self.memory_error());
                }
                let mut out = left;
                out.extend_from_slice(&right);
                Ok(Some(same_kind(a, out)))
            }
            BinOp::Mod => {
                let template = buffer(a).map(|t| t.to_vec()).unwrap_or_default();
                let out = self.bytes_percent(&template, b)?;
                Ok(Some(same_kind(a, out)))
            }
            _ => Ok(None),
        }
    }

    /// `bytes * n` (and `bytearray *= n`).
    pub(crate) fn bytes_repeat(
        &mut self,
        seq: &Value,
        count: u64,
        inplace: bool,
    ) -> PyResult<Value> {
        let data = buffer(seq).map(|d| d.to_vec()).unwrap_or_default();
        if matches!(seq, Value::Bytes(_)) && super::ops::past_ssize_max(data.len(), count) {
            return Err(self.new_error(ExcKind::OverflowError, "repeated bytes are too long"));
        }
        let count = match usize::try_from(count) {
            Ok(count) => count,
            Err(_) if data.is_empty() => 0,
            Err(_) => return Err(self.memory_error()),
        };
        if data.len().checked_mul(count).is_none_or(|n| !crate::memory::fits(n)) {
            return Err(self.memory_error());
        }
        let out = data.repeat(count);
        if let (Value::ByteArray(target), true) = (seq, inplace) {
            if out.len() != data.len() {
                self.check_resizable(target)?;
            }
            self.bytearray_mutate(target, |d| *d = out.into())?;
            return Ok(seq.clone());
        }
        Ok(same_kind(seq, out))
    }

    /// Comparisons involving bytes-like values: bytes with bytes, a bytearray with any buffer
    /// (both ways), and `==`/`!=` between any two (a memoryview compares only for equality).
    pub(crate) fn bytes_compare(
        &mut self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<bool>> {
        if !is_bytes_like(a) || !is_bytes_like(b) {
            return Ok(None);
        }
        let equality = matches!(op, CmpOp::Eq | CmpOp::Ne);
        let ordered = matches!((a, b), (Value::Bytes(_), Value::Bytes(_)))
            || matches!(a, Value::ByteArray(_))
            || matches!(b, Value::ByteArray(_));
        if !equality && !ordered {
            return Ok(None);
        }
        // A released view equals only itself.
        let released = |v: &Value| matches!(v, Value::MemoryView(m) if m.released.get());
        if released(a) || released(b) {
            if !equality {
                return Err(self.released_view());
            }
            return Ok(Some(a.is(b) == (op == CmpOp::Eq)));
        }
        let (Some(x), Some(y)) = (buffer(a), buffer(b)) else { return Ok(None) };
        let ord = (*x).cmp(&*y);
        Ok(Some(match op {
            CmpOp::Lt => ord.is_lt(),
            CmpOp::Le => ord.is_le(),
            CmpOp::Eq => ord.is_eq(),
            CmpOp::Ne => ord.is_ne(),
            CmpOp::Gt => ord.is_gt(),
            CmpOp::Ge => ord.is_ge(),
        }))
    }

    /// `item in container` for a bytes-like container.
    pub(crate) fn bytes_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::MemoryView(m) = container {
            // A view's items are ints: `in` compares them with `==`, as for any sequence.
            if m.released.get() {
                return Err(self.released_view());
            }
            let data = m.contents().to_vec();
            for b in data {
                if self.eq(&Value::Int(b as i64), item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let hay = self.require_bytes(container)?.to_vec();
        match super::builtin_subclass::number_of(item) {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let b = self.byte_value(item, "byte must be in range(0, 256)")?;
                Ok(hay.contains(&b))
            }
            other => {
                let needle = self.require_bytes(other)?;
                Ok(find_sub(&hay, &needle, 0, hay.len()).is_some())
            }
        }
    }

    /// `container[key]` for bytes, bytearray and memoryview.
    pub(crate) fn bytes_get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Value::MemoryView(m) = container {
            return self.view_get_item(container, m, key);
        }
        let len = buffer(container).map_or(0, |d| d.len());
        // An int subclass's instance (an `IntEnum` member) is its value.
        match super::builtin_subclass::number_of(key) {
            Value::Slice(s) => {
                // The bounds are ints by now (`sequence_key` applied `__index__`), so nothing
                // runs between reading the length and the bytes: only the slice is copied,
                // and `b[i:i + 8]` over a long buffer stays linear.
                let (start, _, step, n) = self.slice_indices(s, len)?;
                // The whole bytes is the bytes itself, as in CPython (`b[:] is b`).
                if start == 0 && step == 1 && n == len && matches!(container, Value::Bytes(_)) {
                    return Ok(container.clone());
                }
                let out = match buffer(container) {
                    Some(data) if step == 1 => data[start as usize..start as usize + n].to_vec(),
                    Some(data) => {
                        (0..n).map(|k| data[(start + k as i64 * step) as usize]).collect()
                    }
                    None => Vec::new(),
                };
                Ok(same_kind(container, out))
            }
            index @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let what = if matches!(container, Value::ByteArray(_)) { "bytearray " } else { "" };
                let i = self.byte_index(index, len, what)?;
                // Read in place, not copied: `b[i]` in a loop stays linear.
                let byte = buffer(container).map_or(0, |d| d[i]);
                Ok(Value::Int(byte as i64))
            }
            other => {
                let what =
                    if matches!(container, Value::ByteArray(_)) { "bytearray" } else { "byte" };
                Err(self.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "{what} indices must be integers or slices, not {}",
                        self.type_name(other)
                    ),
                ))
            }
        }
    }

    /// An index into `len` bytes: `IndexError: index out of range` (or `bytearray index out of
    /// range`, per `what`).
    fn byte_index(&self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => {
                return Err(self.new_error(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.new_error(ExcKind::IndexError, &format!("{what}index out of range")));
        }
        Ok(j as usize)
    }

    fn view_get_item(
        &mut self,
        container: &Value,
        m: &MemoryViewObj,
        key: &Value,
    ) -> PyResult<Value> {
        if m.released.get() {
            return Err(self.released_view());
        }
        match key {
            Value::Slice(s) => {
                let (start, _, step, n) = self.slice_indices(s, m.len)?;
                let first = if n == 0 { m.start } else { m.position(start as usize) };
                let view = MemoryViewObj::new(m.source.clone(), first, n, m.step * step as isize);
                let _ = container;
                Ok(Value::MemoryView(Rc::new(view)))
            }
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let i = self.view_index(m, key)?;
                let b = buffer(&m.source).and_then(|d| d.get(m.position(i)).copied());
                Ok(Value::Int(b.unwrap_or(0) as i64))
            }
            // A tuple of indices addresses one item of a view with that many dimensions.
            Value::Tuple(t)
                if t.items
                    .iter()
                    .all(|k| matches!(k, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) =>
            {
                match &t.items[..] {
                    [] => Err(self
                        .new_error(ExcKind::NotImplementedError, "sub-views are not implemented")),
                    [index] => self.view_get_item(container, m, index),
                    many => {
                        let n = many.len();
                        let message =
                            format!("cannot index 1-dimension view with {n}-element tuple");
                        Err(self.new_error(ExcKind::TypeError, &message))
                    }
                }
            }
            Value::Tuple(t)
                if !t.items.is_empty() && t.items.iter().all(|k| matches!(k, Value::Slice(_))) =>
            {
                Err(self.new_error(
                    ExcKind::NotImplementedError,
                    "multi-dimensional slicing is not implemented",
                ))
            }
            _ => Err(self.new_error(ExcKind::TypeError, "memoryview: invalid slice key")),
        }
    }

    fn view_index(&self, m: &MemoryViewObj, key: &Value) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                let message = "cannot fit 'int' into an index-sized integer";
                return Err(self.new_error(ExcKind::IndexError, message));
            }
            _ => return Err(self.new_error(ExcKind::TypeError, "memoryview: invalid slice key")),
        };
        let j = if i < 0 { i + m.len as i64 } else { i };
        if j < 0 || j >= m.len as i64 {
            return Err(self.new_error(ExcKind::IndexError, "index out of bounds on dimension 1"));
        }
        Ok(j as usize)
    }

    /// `container[key] = value` for a bytearray or a writable memoryview.
    pub(crate) fn bytes_set_item(
        &mut self,
        container: &Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        match container {
            Value::ByteArray(b) => match &key {
                Value::Slice(s) => self.bytearray_set_slice(b, s, &value),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let len = b.data.borrow().len();
                    let i = self.byte_index(&key, len, "bytearray ")?;
                    let v = self.byte_value(&value, "byte must be in range(0, 256)")?;
                    b.data.borrow_mut()[i] = v;
                    Ok(())
                }
                other => Err(self.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "bytearray indices must be integers or slices, not {}",
                        self.type_name(other)
                    ),
                )),
            },
            Value::MemoryView(m) => {
                if m.released.get() {
                    return Err(self.released_view());
                }
                let Value::ByteArray(target) = &m.source else {
                    return Err(
                        self.new_error(ExcKind::TypeError, "cannot modify read-only memory")
                    );
                };
                match &key {
                    Value::Slice(s) => {
                        let (start, _, step, n) = self.slice_indices(s, m.len)?;
                        let new = self.bytes_arg(&value)?.map(|d| d.to_vec());
                        let Some(new) = new else {
                            return Err(self.new_error(
                                ExcKind::TypeError,
                                &format!(
                                    "a bytes-like object is required, not '{}'",
                                    self.type_name(&value)
                                ),
                            ));
                        };
                        if new.len() != n {
                            return Err(self.new_error(
                                ExcKind::ValueError,
                                "memoryview assignment: lvalue and rvalue have different structures",
                            ));
                        }
                        let mut data = target.data.borrow_mut();
                        for (k, byte) in new.into_iter().enumerate() {
                            let pos = m.position((start + k as i64 * step) as usize);
                            if let Some(slot) = data.get_mut(pos) {
                                *slot = byte;
                            }
                        }
                        Ok(())
                    }
                    _ => {
                        let i = self.view_index(m, &key)?;
                        let v = match &value {
                            Value::Int(i) => u8::try_from(*i).map_err(|_| {
                                self.new_error(
                                    ExcKind::ValueError,
                                    "memoryview: invalid value for format 'B'",
                                )
                            })?,
                            Value::Bool(b) => *b as u8,
                            _ => {
                                return Err(self.new_error(
                                    ExcKind::TypeError,
                                    "memoryview: invalid type for format 'B'",
                                ))
                            }
                        };
                        if let Some(slot) = target.data.borrow_mut().get_mut(m.position(i)) {
                            *slot = v;
                        }
                        Ok(())
                    }
                }
            }
            _ => Err(self.new_error(
                ExcKind::TypeError,
                &format!("'{}' object does not support item assignment", self.type_name(container)),
            )),
        }
    }

    fn bytearray_set_slice(
        &mut self,
        b: &ByteArrayObj,
        s: &SliceObj,
        value: &Value,
    ) -> PyResult<()> {
        let new = match value {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_) => {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            other => match self.bytes_arg(other)? {
                Some(d) => d.to_vec(),
                None => self.bytes_from_iterable(other, "byte must be in range(0, 256)")?,
            },
        };
        let len = b.data.borrow().len();
        let (start, stop, step, n) = self.slice_indices(s, len)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            let start = start as usize;
            if new.len() != stop - start {
                self.check_resizable(b)?;
            }
            self.bytearray_mutate(b, |d| {
                d.splice(start..stop, &new);
            })?;
            return Ok(());
        }
        if new.len() != n {
            return Err(self.new_error(
                ExcKind::ValueError,
                &format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    new.len()
                ),
            ));
        }
        let mut data = b.data.borrow_mut();
        for (k, v) in new.into_iter().enumerate() {
            data[(start + k as i64 * step) as usize] = v;
        }
        Ok(())
    }

    /// `del container[key]` for a bytearray.
    pub(crate) fn bytes_del_item(&mut self, b: &ByteArrayObj, key: &Value) -> PyResult<()> {
        let len = b.data.borrow().len();
        match key {
            Value::Slice(s) => {
                let (start, _, step, n) = self.slice_indices(s, len)?;
                if n == 0 {
                    return Ok(());
                }
                self.check_resizable(b)?;
                if step == 1 {
                    // One move of the tail (transports drop what they sent this way, from
                    // buffers of megabytes): removing byte by byte would be quadratic.
                    let first = start as usize;
                    return self.bytearray_mutate(b, |d| {
                        d.remove_range(first..first + n);
                    });
                }
                let mut doomed = vec![false; len];
                for k in 0..n {
                    if let Some(slot) = doomed.get_mut((start + k as i64 * step) as usize) {
                        *slot = true;
                    }
                }
                self.bytearray_mutate(b, |d| {
                    let mut i = 0;
                    d.retain(|_| {
                        let keep = !doomed.get(i).copied().unwrap_or(false);
                        i += 1;
                        keep
                    });
                })
            }
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let i = self.byte_index(key, len, "bytearray ")?;
                self.check_resizable(b)?;
                self.bytearray_mutate(b, |d| {
                    d.remove(i);
                })
            }
            other => Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "bytearray indices must be integers or slices, not {}",
                    self.type_name(other)
                ),
            )),
        }
    }

    /// `bytes(...)` and `bytearray(...)`: from nothing, a size, a str with an encoding, a
    /// buffer, an object with `__bytes__`, or an iterable of ints.
    pub(crate) fn construct_bytes(&mut self, args: Args, mutable: bool) -> PyResult<Value> {
        let name = if mutable { "bytearray" } else { "bytes" };
        let mut source = args.pos.first().cloned();
        let mut encoding = args.pos.get(1).cloned();
        let mut errors = args.pos.get(2).cloned();
        if args.pos.len() > 3 {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("{name}() takes at most 3 arguments ({} given)", args.pos.len()),
            ));
        }
        for (k, v) in args.keywords() {
            let slot = match k {
                "source" => &mut source,
                "encoding" => &mut encoding,
                "errors" => &mut errors,
                other => {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("'{other}' is an invalid keyword argument for {name}()"),
                    ))
                }
            };
            *slot = Some(v.clone());
        }
        // Argument Clinic converts `encoding` and `errors` before anything else.
        self.check_codec_arguments(name, encoding.as_ref(), errors.as_ref())?;
        let make = |data: Vec<u8>| {
            if mutable {
                Value::ByteArray(Rc::new(ByteArrayObj::new(data)))
            } else {
                Value::bytes(data)
            }
        };
        let Some(source) = source else {
            if encoding.is_some() || errors.is_some() {
                let what = if encoding.is_some() { "encoding" } else { "errors" };
                return Err(self
                    .new_error(ExcKind::TypeError, &format!("{what} without a string argument")));
            }
            return Ok(make(Vec::new()));
        };
        // A str subclass's instance (a `StrEnum` member) is its text.
        if let Some(text) = super::builtin_subclass::str_value(&source) {
            let Some(encoding) = encoding else {
                return Err(
                    self.new_error(ExcKind::TypeError, "string argument without an encoding")
                );
            };
            let encoded = self.encode_str(text, Some(&encoding), errors.as_ref(), name)?;
            return Ok(make(encoded));
        }
        if encoding.is_some() || errors.is_some() {
            let what = if encoding.is_some() { "encoding" } else { "errors" };
            return Err(
                self.new_error(ExcKind::TypeError, &format!("{what} without a string argument"))
            );
        }
        if !mutable {
            if let Value::Bytes(_) = source {
                return Ok(source);
            }
            if let Value::Instance(inst) = &source {
                if let Some(m) = inst.class.lookup("__bytes__") {
                    let r = self.call1(&m, source.clone())?;
                    return match r {
                        Value::Bytes(_) => Ok(r),
                        other => Err(self.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "__bytes__ returned non-bytes (type {})",
                                self.type_name(&other)
                            ),
                        )),
                    };
                }
            }
        }
        if let Some(data) = self.bytes_arg(&source)? {
            let data = data.to_vec();
            return Ok(make(data));
        }
        // An int subclass's instance (an `IntEnum` member) is its value, and an object with
        // `__index__` the int it gives: that many zeros.
        let source = self.indexed(&source)?;
        match super::builtin_subclass::number_of(&source) {
            Value::Int(n) => {
                if *n < 0 {
                    return Err(self.new_error(ExcKind::ValueError, "negative count"));
                }
                if !crate::memory::fits(*n as usize) {
                    return Err(self.memory_error());
                }
                Ok(make(vec![0; *n as usize]))
            }
            Value::Bool(b) => Ok(make(vec![0; *b as usize])),
            Value::BigInt(_) => Err(self
                .new_error(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")),
            other => {
                if self.get_iter(other).is_err() {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("cannot convert '{}' object to {name}", self.type_name(other)),
                    ));
                }
                let message = if mutable {
                    "byte must be in range(0, 256)"
                } else {
                    "bytes must be in range(0, 256)"
                };
                let data = self.bytes_from_iterable(other, message)?;
                Ok(make(data))
            }
        }
    }

    /// `memoryview(obj)`.
    pub(crate) fn construct_memoryview(&mut self, args: Args) -> PyResult<Value> {
        let object = match (args.pos, args.keyword("object")) {
            ([v], None) | ([], Some(v)) => v.clone(),
            _ => {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    "memoryview() missing required argument 'object' (pos 1)",
                ))
            }
        };
        match &object {
            Value::Bytes(b) => {
                let len = b.data.len();
                Ok(Value::MemoryView(Rc::new(MemoryViewObj::new(object.clone(), 0, len, 1))))
            }
            Value::ByteArray(b) => {
                let len = b.data.borrow().len();
                Ok(Value::MemoryView(Rc::new(MemoryViewObj::new(object.clone(), 0, len, 1))))
            }
            Value::MemoryView(m) => {
                if m.released.get() {
                    return Err(self.released_view());
                }
                let view = MemoryViewObj::new(m.source.clone(), m.start, m.len, m.step);
                Ok(Value::MemoryView(Rc::new(view)))
            }
            other => Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "memoryview: a bytes-like object is required, not '{}'",
                    self.type_name(other)
                ),
            )),
        }
    }

    /// A memoryview's data attributes (`nbytes`, `readonly`, ...); `None` for its methods.
    pub(crate) fn memoryview_attr(&self, m: &MemoryViewObj, name: &str) -> PyResult<Option<Value>> {
        let value = match name {
            "obj" => m.source.clone(),
            "nbytes" => Value::Int(m.len as i64),
            "readonly" => Value::Bool(m.readonly()),
            "format" => Value::str("B"),
            "itemsize" => Value::Int(1),
            "ndim" => Value::Int(1),
            "shape" => Value::tuple(vec![Value::Int(m.len as i64)]),
            "strides" => Value::tuple(vec![Value::Int(m.step as i64)]),
            "suboffsets" => Value::tuple(Vec::new()),
            "contiguous" | "c_contiguous" | "f_contiguous" => {
                Value::Bool(m.step == 1 || m.len <= 1)
            }
            _ => return Ok(None),
        };
        if m.released.get() {
            return Err(self.released_view());
        }
        Ok(Some(value))
    }

    /// `iter(b)`: the ints of a bytes, bytearray or memoryview.
    pub(crate) fn bytes_iter(&self, v: &Value) -> PyResult<Value> {
        if let Value::MemoryView(m) = v {
            if m.released.get() {
                return Err(self.released_view());
            }
        }
        Ok(super::iter::new_iter(IterState::Bytes { source: v.clone(), index: 0 }))
    }

    /// `template % values` for bytes: `%s` and `%b` take bytes-like objects (or `__bytes__`),
    /// `%r` and `%a` the ASCII repr, `%c` an int or one byte; numbers format as for str.
    fn bytes_percent(&mut self, template: &[u8], operand: &Value) -> PyResult<Vec<u8>> {
        // Bytes stand for the characters U+0000..U+00FF while pyfmt lays the text out.
        let text: String = template.iter().map(|&b| b as char).collect();
        let mut args = super::formatting::BytesPercent { vm: self, operand };
        let r = loopscope_pyfmt::percent_format(&text, &mut args);
        let out = r.map_err(|e| self.glue_error(e))?;
        out.chars()
            .map(|c| u8::try_from(c as u32))
            .collect::<Result<Vec<u8>, _>>()
            .map_err(|_| self.new_error(ExcKind::OverflowError, "%c arg not in range(256)"))
    }
}

/// The first position of `needle` in `hay[start..end]`.
pub fn find_sub(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(hay.len());
    if start > end {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..end].windows(needle.len()).position(|w| w == needle).map(|i| i + start)
}

/// The last position of `needle` in `hay[start..end]`.
pub fn rfind_sub(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(hay.len());
    if start > end {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end].windows(needle.len()).rposition(|w| w == needle).map(|i| i + start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_deletion_moves_the_head_and_keeps_the_contents() {
        let mut b = ByteBuf::from((0..10u8).collect::<Vec<_>>());
        b.remove_range(0..3);
        assert_eq!(&*b, &[3, 4, 5, 6, 7, 8, 9]);
        b.extend_from_slice(&[10, 11]);
        b.insert(1, 99);
        assert_eq!(b.remove(0), 3);
        assert_eq!(&*b, &[99, 4, 5, 6, 7, 8, 9, 10, 11]);
        b.remove_range(2..4);
        b.splice(0..1, &[1, 2]);
        assert_eq!(&*b, &[1, 2, 4, 7, 8, 9, 10, 11]);
        // Dead bytes outnumber live ones: the live ones move down once.
        b.remove_range(0..6);
        assert_eq!((b.head, &*b), (0, &[10u8, 11][..]));
        b.remove_range(0..5);
        assert!(b.is_empty());
    }

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(bytes_repr(b"GET /\r\n\x00\xff"), r"b'GET /\r\n\x00\xff'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"both ' and \""), r#"b'both \' and "'"#);
    }

    #[test]
    fn hex_groups_from_the_right() {
        assert_eq!(hex_of(b"abc", Some(':'), 2), "61:6263");
        assert_eq!(hex_of(b"abcde", Some(':'), -2), "6162:6364:65");
        assert_eq!(hex_of(b"abc", Some(':'), 1), "61:62:63");
    }
}
