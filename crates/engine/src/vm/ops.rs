//! Operators on every type: arithmetic, comparison, truth, `in`, subscripts and unpacking,
//! with CPython's results and error messages. Numbers are delegated to `numbers`; instances of
//! user classes get their dunder methods (`__add__`, `__eq__`, `__len__`, ...).

use super::hashing::HashedKey;
use super::numbers::{self, NumError};
use super::objects::{DictObj, SetObj};
use super::value::{StrObj, Value};
use super::{Args, PyErr, PyResult, Vm};
use crate::compiler::code::{BinOp, CmpOp, Instr};
use crate::memory;
use crate::ExcKind;
use std::cmp::Ordering;
use std::rc::Rc;

pub fn compare_i64(op: CmpOp, a: i64, b: i64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

fn ordering_satisfies(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::Le => ord != Ordering::Greater,
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::Ne => ord != Ordering::Equal,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::Ge => ord != Ordering::Less,
    }
}

/// The dunder names of binary operators: (normal, reflected, in-place).
fn dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

impl Vm {
    pub(crate) fn num_error(&self, e: NumError) -> PyErr {
        if e.out_of_range {
            let args = vec![Value::Int(34), Value::str("Numerical result out of range")];
            let class = self.types.exc(ExcKind::OverflowError);
            return PyErr::Exception(self.new_exception(class, args));
        }
        self.new_error(e.kind, &e.message)
    }

    /// `a ** b` for real `a` and `b` whose result is complex.
    #[cold]
    fn real_power_to_complex(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let float = |v: &Value| numbers::as_num(v).and_then(|n| numbers::int_to_float(n).ok());
        let (Some(base), Some(exponent)) = (float(a), float(b)) else {
            return Err(self.internal_error("a complex power of operands that are not numbers"));
        };
        super::complex_type::real_power_to_complex(self, base, exponent)
    }

    pub(crate) fn memory_error(&self) -> PyErr {
        self.new_error(ExcKind::MemoryError, "")
    }

    /// `a <op> b` (and `a <op>= b` when `inplace`).
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        if let Some(r) = numbers::binary(op, a, b) {
            return match r {
                Err(e) if e.complex_result => self.real_power_to_complex(a, b),
                r => r.map_err(|e| self.num_error(e)),
            };
        }
        self.binary_op_objects(op, a, b, inplace)
    }

    /// `binary_op` when an operand is not a number: containers, dunder methods, errors. Kept
    /// out of line so that the numeric path stays small.
    #[inline(never)]
    fn binary_op_objects(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let (name, rname, iname) = dunders(op);
        // A metaclass's operator methods come before the class's own meaning (`int | None`).
        if matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)) {
            if let Some(r) = self.meta_operator(a, b, name, rname)? {
                return Ok(r);
            }
        }
        if inplace && op == BinOp::Or && matches!(a, Value::Dict(_)) && !matches!(b, Value::Dict(_))
        {
            // `dict.__ior__` is `update`: any mapping or iterable of pairs (before a dict
            // view's set operators could answer).
            let update = self.get_attr(a, "update")?;
            self.call(&update, Args::positional(std::slice::from_ref(b)))?;
            return Ok(a.clone());
        }
        // A right operand whose class subclasses the left's and overrides the reflected
        // method is asked first (CPython's `binary_op1`, `method_is_overloaded`); against a
        // built-in left operand, before the built-in operation itself (`"%s" % MyStr(...)`).
        let reflected_first = self.is_subclass_operand(a, b)
            && match (self.class_of(a).lookup(rname), self.class_of(b).lookup(rname)) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some(left), Some(right)) => !left.is(&right),
            };
        let reflected_before_builtin =
            reflected_first && !inplace && !matches!(a, Value::Instance(_));
        if reflected_before_builtin {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.builtin_binary(op, a, b, inplace)? {
            return Ok(r);
        }
        if inplace {
            if let Some(r) = self.try_dunder(a, iname, b)? {
                return Ok(r);
            }
        }
        if reflected_first && !reflected_before_builtin {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_dunder(a, name, b)? {
            return Ok(r);
        }
        // A built-in number on the left answers first for a right operand whose class is not
        // a subclass of its type but subclasses a number (`1.5 + MyInt(1)`, `True + MyInt(1)`):
        // its slot takes any int-like operand, so the right's reflected method never runs.
        if !reflected_first && left_number_takes(a, b) {
            if let Some(r) = self.binary_op_on_bases(op, a, b, inplace)? {
                return Ok(r);
            }
        }
        // Operands of one class never get the reflected method (`binary_op1` has no slot
        // for the right one then).
        if !reflected_first && !self.same_user_class(a, b) {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.binary_op_on_bases(op, a, b, inplace)? {
            return Ok(r);
        }
        if let Some(r) = self.type_union(op, a, b)? {
            return Ok(r);
        }
        let symbol = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        if op == BinOp::Add && matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("can't concat {} to {}", self.type_name(b), self.type_name(a)),
            ));
        }
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("can only concatenate str (not \"{}\") to str", self.type_name(b)),
            ));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("can only concatenate list (not \"{}\") to list", self.type_name(b)),
            ));
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b)),
            ));
        }
        if op == BinOp::Mul && (is_sequence(a) || is_sequence(b)) {
            let other = if is_sequence(a) { b } else { a };
            if let Some(n) = self.index_of_object(other)? {
                let (x, y) = if is_sequence(a) { (a.clone(), n) } else { (n, b.clone()) };
                return self.binary_op(op, &x, &y, inplace);
            }
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("can't multiply sequence by non-int of type '{}'", self.type_name(other)),
            ));
        }
        // (`**=` is named alone: CPython's in-place message has no "or pow()".)
        if op == BinOp::Pow && !inplace {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "unsupported operand type(s) for {symbol} or pow(): '{}' and '{}'",
                    self.type_name(a),
                    self.type_name(b)
                ),
            ));
        }
        // Python 2's `print >>sys.stderr, "x"`: CPython names the fix.
        let hint = match a {
            Value::Builtin(f)
                if op == BinOp::RShift && !inplace && f.name == "print" && f.bound.is_none() =>
            {
                ". Did you mean \"print(<message>, file=<output_stream>)\"?"
            }
            _ => "",
        };
        Err(self.new_error(
            ExcKind::TypeError,
            &format!(
                "unsupported operand type(s) for {symbol}: '{}' and '{}'{hint}",
                self.type_name(a),
                self.type_name(b)
            ),
        ))
    }

    /// An operator the program's subclass of a built-in type inherits: it applies to the
    /// built-in values (so `Cents(2) + 1` is a plain int), except that `+=` on a list
    /// subclass extends its list and keeps the instance.
    fn binary_op_on_bases(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let base_a = super::builtin_subclass::base_of(a).cloned();
        let base_b = super::builtin_subclass::base_of(b).cloned();
        if base_a.is_none() && base_b.is_none() {
            return Ok(None);
        }
        let x = base_a.clone().unwrap_or_else(|| a.clone());
        let y = base_b.unwrap_or_else(|| b.clone());
        let r = match self.binary_op(op, &x, &y, inplace) {
            // The base type has no such operator either: the error names the operands' own
            // types (`'Counter' and 'int'`), as CPython's does.
            Err(PyErr::Exception(exc)) if is_unsupported_operand(&exc) => return Ok(None),
            r => r?,
        };
        if inplace && base_a.is_some() && r.is(&x) && !x.is_inline() {
            return Ok(Some(a.clone()));
        }
        Ok(Some(r))
    }

    /// Calls `obj.<name>(other)` if the object's class defines it; `None` if it does not or it
    /// returned `NotImplemented`.
    /// `right` is an instance of the program's class that strictly subclasses `left`'s: its
    /// reflected operator or comparison goes first.
    fn is_subclass_operand(&self, left: &Value, right: &Value) -> bool {
        let Value::Instance(inst) = right else { return false };
        let left_class = self.class_of(left);
        inst.class.is_user
            && !Rc::ptr_eq(&inst.class, &left_class)
            && inst.class.is_subclass_of(&left_class)
    }

    /// Two instances of one class of the program's (no reflected method between them).
    pub(crate) fn same_user_class(&self, a: &Value, b: &Value) -> bool {
        matches!((a, b), (Value::Instance(x), Value::Instance(y)) if Rc::ptr_eq(&x.class, &y.class))
    }

    pub(crate) fn try_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        other: &Value,
    ) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = obj else { return Ok(None) };
        let Some(method) = inst.class.lookup(name) else { return Ok(None) };
        let r = self.call(&method, Args::positional(&[obj.clone(), other.clone()]))?;
        Ok(if matches!(r, Value::NotImplemented) { None } else { Some(r) })
    }

    /// `a <op> b` by a metaclass's methods: `a`'s metaclass's `name`, then `b`'s metaclass's
    /// `reflected`, the first answer that is not NotImplemented (None without one).
    fn meta_operator(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        reflected: &str,
    ) -> PyResult<Option<Value>> {
        for (owner, other, dunder) in [(a, b, name), (b, a, reflected)] {
            if let Some(f) = self.meta_method(owner, dunder) {
                let r = self.call(&f, Args::positional(&[owner.clone(), other.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// `a <op> b` where a class's metaclass defines the comparison (`__eq__`, `__lt__`, ...):
    /// the left operand's, then the right one's reflected; `!=` without `__ne__` inverts
    /// `__eq__`. None when no metaclass answers.
    fn metaclass_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (name, reflected) = cmp_dunders(op);
        if let Some(r) = self.meta_operator(a, b, name, reflected)? {
            return Ok(Some(r));
        }
        if op == CmpOp::Ne {
            if let Some(Value::Bool(equal)) = self.metaclass_compare(CmpOp::Eq, a, b)? {
                return Ok(Some(Value::Bool(!equal)));
            }
        }
        Ok(None)
    }

    /// `obj != other` by `__ne__`, or as `object.__ne__` does without one: the inverse of
    /// `__eq__` (unless that returns NotImplemented).
    fn try_ne(&mut self, obj: &Value, other: &Value) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = obj else { return Ok(None) };
        if inst.class.lookup("__ne__").is_some() {
            return self.try_dunder(obj, "__ne__", other);
        }
        // `object.__ne__` inverts `__eq__` only when it is the `__ne__` the MRO finds: a
        // subclass of `str`, `int`, `tuple`, ... inherits its base type's own `__ne__`, which
        // compares the built-in values whatever `__eq__` the subclass defines.
        if super::builtin_subclass::base_of(obj).is_some() {
            if let Some(ne) = super::builtin_subclass::slot_wrapper(inst.class.builtin, "__ne__") {
                let r = self.call(&ne, Args::positional(&[obj.clone(), other.clone()]))?;
                return Ok(if matches!(r, Value::NotImplemented) { None } else { Some(r) });
            }
        }
        match self.try_dunder(obj, "__eq__", other)? {
            Some(r) => Ok(Some(Value::Bool(!self.truthy(&r)?))),
            None => Ok(None),
        }
    }

    /// Operators the built-in containers define.
    fn builtin_binary(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            // Adding nothing gives the other string itself, as in CPython (`s + "" is s`).
            (BinOp::Add, Value::Str(x), Value::Str(_)) if x.text.is_empty() => b.clone(),
            (BinOp::Add, Value::Str(_), Value::Str(y)) if y.text.is_empty() => a.clone(),
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.text.len() + y.text.len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                self.big_string(s)?
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                if inplace {
                    let extra = y.items.borrow().clone();
                    let ((), ok) = x.mutate(|items| items.extend(extra));
                    if !ok {
                        return Err(self.memory_error());
                    }
                    a.clone()
                } else {
                    let mut items = x.items.borrow().clone();
                    items.extend(y.items.borrow().iter().cloned());
                    self.new_list(items)?
                }
            }
            // `list += x` extends by any iterable (`sq_inplace_concat`), once an `__radd__`
            // of the right operand's class has had its turn.
            (BinOp::Add, Value::List(x), other)
                if inplace
                    && !matches!(other, Value::Instance(i) if i.class.lookup("__radd__").is_some()) =>
            {
                self.list_extend_by(x, other)?;
                a.clone()
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(_)) if x.items.is_empty() => b.clone(),
            (BinOp::Add, Value::Tuple(_), Value::Tuple(y)) if y.items.is_empty() => a.clone(),
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut items = x.items.to_vec();
                items.extend(y.items.iter().cloned());
                Value::tuple(items)
            }
            (BinOp::Mul, seq, n) | (BinOp::Mul, n, seq)
                if is_sequence(seq)
                    && matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) =>
            {
                return self.repeat(seq, n, inplace && is_sequence(a)).map(Some);
            }
            (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), other)
                if super::bytes::is_bytes_like(other) =>
            {
                return self.bytes_binary(op, a, b, inplace);
            }
            (BinOp::Mod, Value::Bytes(_) | Value::ByteArray(_), _) => {
                return self.bytes_binary(op, a, b, inplace);
            }
            (BinOp::Mod, Value::Str(template), args) => {
                return self
                    .percent_format(template.as_str(), args)
                    .map(|s| Some(Value::string(s)));
            }
            (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
                let target = if inplace {
                    x.clone()
                } else if y.is_defaultdict() && !x.is_defaultdict() {
                    // `dict | defaultdict`: the subclass's reflected `__ror__` goes first and
                    // makes a defaultdict like it from the left operand.
                    let copy = self.copy_dict(y);
                    *copy.map.borrow_mut() = x.map.borrow().clone();
                    copy.vm_keys.set(x.vm_keys.get());
                    Rc::new(copy)
                } else {
                    Rc::new(self.copy_dict(x))
                };
                self.dict_update(&Value::Dict(target.clone()), &Value::Dict(y.clone()))?;
                Value::Dict(target)
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(x), Value::Set(_)) => {
                return self.set_operator(op, x, b, inplace).map(Some);
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, _, _)
                if is_set_like_view(a) || is_set_like_view(b) =>
            {
                return self.dict_view_operator(op, a, b).map(Some);
            }
            _ => return Ok(None),
        }))
    }

    /// A string that may be large: counted against the memory budget.
    /// `MemoryError` unless a value of `bytes` may be made: checked before building one
    /// whose size the program chose (`"x".ljust(2**40)`), which would otherwise abort the
    /// run or, where the allocator overcommits, get the process killed.
    pub(crate) fn check_fits(&self, bytes: u128) -> PyResult<()> {
        match usize::try_from(bytes) {
            Ok(bytes) if memory::fits(bytes) => Ok(()),
            _ => Err(self.memory_error()),
        }
    }

    pub(crate) fn big_string(&self, s: String) -> PyResult<Value> {
        if !memory::fits(s.len()) {
            return Err(self.memory_error());
        }
        Ok(Value::string(s))
    }

    fn repeat(&mut self, seq: &Value, n: &Value, inplace: bool) -> PyResult<Value> {
        // A `Py_ssize_t` count, as on CPython's 64-bit platforms, whatever `usize` is here
        // (32 bits in the page's worker, where `"ab" * 2**62` must not wrap to `""`).
        let count = match n {
            Value::Int(i) => (*i).max(0) as u64,
            Value::Bool(b) => u64::from(*b),
            _ => {
                return Err(self.new_error(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        // Once is the object itself for the immutable ones, as in CPython (`t * 1 is t`).
        if count == 1 && matches!(seq, Value::Str(_) | Value::Tuple(_) | Value::Bytes(_)) {
            return Ok(seq.clone());
        }
        if let Value::Bytes(_) | Value::ByteArray(_) = seq {
            return self.bytes_repeat(seq, count, inplace);
        }
        if let Value::Str(s) = seq {
            // Longer than an index can say: CPython refuses before trying to allocate.
            if past_ssize_max(s.text.len(), count)
                && past_ssize_max(s.as_str().chars().count(), count)
            {
                return Err(self.new_error(ExcKind::OverflowError, "repeated string is too long"));
            }
        }
        // More than this machine can address is more memory than there is (an empty
        // sequence repeated any number of times stays empty).
        let empty = match seq {
            Value::Str(s) => s.text.is_empty(),
            Value::List(l) => l.items.borrow().is_empty(),
            Value::Tuple(t) => t.items.is_empty(),
            _ => false,
        };
        let count = match usize::try_from(count) {
            Ok(count) => count,
            Err(_) if empty => 0,
            Err(_) => return Err(self.memory_error()),
        };
        let unit = match seq {
            Value::Str(s) => s.text.len(),
            Value::List(l) => l.items.borrow().len() * 16,
            Value::Tuple(t) => t.items.len() * 16,
            _ => 0,
        };
        if unit.checked_mul(count).is_none_or(|total| !memory::fits(total)) {
            return Err(self.memory_error());
        }
        Ok(match seq {
            Value::Str(s) => Value::string(s.as_str().repeat(count)),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                let mut out = Vec::with_capacity(items.len() * count);
                for _ in 0..count {
                    out.extend(items.iter().cloned());
                }
                if inplace {
                    let ((), ok) = l.mutate(|v| *v = out);
                    if !ok {
                        return Err(self.memory_error());
                    }
                    seq.clone()
                } else {
                    self.new_list(out)?
                }
            }
            Value::Tuple(t) => {
                let mut out = Vec::with_capacity(t.items.len() * count);
                for _ in 0..count {
                    out.extend(t.items.iter().cloned());
                }
                Value::tuple(out)
            }
            _ => Value::None,
        })
    }

    pub(crate) fn unary_op(&mut self, instr: Instr, v: &Value) -> PyResult<Value> {
        let (result, name, symbol) = match instr {
            Instr::UnaryNegative => (numbers::negate(v), "__neg__", "-"),
            Instr::UnaryPositive => (
                match v {
                    Value::Bool(b) => Some(Value::Int(*b as i64)),
                    Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Some(v.clone()),
                    _ => None,
                },
                "__pos__",
                "+",
            ),
            _ => (
                match v {
                    Value::Float(_) => None,
                    other => numbers::invert(other),
                },
                "__invert__",
                "~",
            ),
        };
        if let Some(r) = result {
            return Ok(r);
        }
        if let Value::Instance(inst) = v {
            if let Some(m) = inst.class.lookup(name) {
                return self.call(&m, Args::positional(std::slice::from_ref(v)));
            }
            if let Some(base) = self.base_for(v, name) {
                return self.unary_op(instr, &base);
            }
        }
        Err(self.new_error(
            ExcKind::TypeError,
            &format!("bad operand type for unary {symbol}: '{}'", self.type_name(v)),
        ))
    }

    /// Python truth value.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.text.is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::ByteArray(b) => !b.data.borrow().is_empty(),
            Value::MemoryView(_) => self.len_of(v)? > 0,
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Dict(d) => !d.map.borrow().is_empty(),
            Value::Set(s) => !s.items.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            // `keys()`, `values()`, `items()`: as long as their dict.
            Value::DictView(view) => !view.dict.map.borrow().is_empty(),
            Value::NotImplemented => {
                self.warn(
                    ExcKind::DeprecationWarning,
                    "NotImplemented should not be used in a boolean context",
                )?;
                true
            }
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__bool__") {
                    self.call_bool_method(&m, v)?
                } else if inst.class.lookup("__len__").is_some() {
                    self.len_of(v)? > 0
                } else if let Some(base) = super::builtin_subclass::base_of(v) {
                    let base = base.clone();
                    self.truthy(&base)?
                } else {
                    true
                }
            }
            // A metaclass's `__bool__` (or `__len__`) decides for its classes.
            Value::Class(_) => {
                if let Some(m) = self.meta_method(v, "__bool__") {
                    self.call_bool_method(&m, v)?
                } else if self.meta_method(v, "__len__").is_some() {
                    self.len_of(v)? > 0
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    /// Calls a `__bool__`, which must return a bool.
    fn call_bool_method(&mut self, method: &Value, v: &Value) -> PyResult<bool> {
        match self.call(method, Args::positional(std::slice::from_ref(v)))? {
            Value::Bool(b) => Ok(b),
            other => Err(self.new_error(
                ExcKind::TypeError,
                &format!("__bool__ should return bool, returned {}", self.type_name(&other)),
            )),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x == y);
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            return Ok(x.as_str() == y.as_str());
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// A rich comparison, with CPython's fallbacks: identity for `==`/`!=`, TypeError for
    /// ordering between unrelated types.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(ord) = numbers::compare(a, b) {
            // CPython 3.11 specialises a comparison of two small ints or two floats, which
            // then counts nothing toward the recursion limit; any other pair of numbers goes
            // through `PyObject_RichCompare`, which does (at the limit: "in comparison").
            if !specialised_numbers(a, b) {
                self.nested(" in comparison", |_| Ok(()))?;
            }
            return Ok(Value::Bool(match ord {
                Some(o) => ordering_satisfies(op, o),
                None => op == CmpOp::Ne,
            }));
        }
        // `==`/`!=` of two strings is specialised too (`COMPARE_OP_STR_JUMP`).
        if let (Value::Str(x), Value::Str(y), CmpOp::Eq | CmpOp::Ne) = (a, b, op) {
            return Ok(Value::Bool((x.as_str() == y.as_str()) == (op == CmpOp::Eq)));
        }
        // A metaclass's comparison methods decide for its classes (identity otherwise).
        if matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)) {
            if let Some(r) = self.metaclass_compare(op, a, b)? {
                return Ok(r);
            }
        }
        // Counted toward the recursion limit as CPython's `PyObject_RichCompare` counts
        // itself: a container compares its items inside.
        if let Some(result) = self.nested(" in comparison", |vm| vm.builtin_compare(op, a, b))? {
            return Ok(Value::Bool(result));
        }
        if let Some(result) = self.bytes_compare(op, a, b)? {
            return Ok(Value::Bool(result));
        }
        // User-defined comparisons, then the reflected one; the reflected one first when
        // the right operand's class subclasses the left's (`do_richcompare`).
        let (first, second) = if self.is_subclass_operand(a, b) { (b, a) } else { (a, b) };
        let swapped = !std::ptr::eq(first, a);
        if op == CmpOp::Ne {
            if let Some(r) = self.try_ne(first, second)? {
                return Ok(r);
            }
            if let Some(r) = self.try_ne(second, first)? {
                return Ok(r);
            }
        } else {
            let (name, reflected) = cmp_dunders(op);
            let (first_name, second_name) =
                if swapped { (reflected, name) } else { (name, reflected) };
            if let Some(r) = self.try_dunder(first, first_name, second)? {
                return Ok(r);
            }
            if let Some(r) = self.try_dunder(second, second_name, first)? {
                return Ok(r);
            }
        }
        let base_a = super::builtin_subclass::base_of(a).cloned();
        let base_b = super::builtin_subclass::base_of(b).cloned();
        if base_a.is_some() || base_b.is_some() {
            let x = base_a.unwrap_or_else(|| a.clone());
            let y = base_b.unwrap_or_else(|| b.clone());
            match self.compare(op, &x, &y) {
                // Unordered as their base types too: the error below names their own types.
                Err(PyErr::Exception(exc)) if is_unsupported_operand(&exc) => {}
                r => return r,
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                ),
            )),
        }
    }

    /// Comparisons of built-in values of the same kind; `None` when not applicable.
    fn builtin_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        Ok(Some(match (a, b) {
            (Value::Str(x), Value::Str(y)) => ordering_satisfies(op, x.as_str().cmp(y.as_str())),
            (Value::None, Value::None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => op == CmpOp::Eq,
            (Value::Tuple(_), Value::Tuple(_)) => self.compare_live_sequences(op, a, b)?,
            // Lists of different lengths are unequal without a look at their items.
            (Value::List(x), Value::List(y))
                if matches!(op, CmpOp::Eq | CmpOp::Ne)
                    && x.items.borrow().len() != y.items.borrow().len() =>
            {
                op == CmpOp::Ne
            }
            (Value::List(_), Value::List(_)) => self.compare_live_sequences(op, a, b)?,
            // Slices compare as the tuples (start, stop, step), as CPython's do.
            (Value::Slice(x), Value::Slice(y)) => {
                let x = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let y = [y.start.clone(), y.stop.clone(), y.step.clone()];
                self.compare_sequences(op, &x, &y)?
            }
            (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let equal = self.dicts_equal(x, y)?;
                equal == (op == CmpOp::Eq)
            }
            // As CPython's `set_richcompare`: sizes first, then one subset test (each item's
            // `__eq__` runs once).
            (Value::Set(x), Value::Set(y)) => {
                let (lx, ly) = (x.items.borrow().len(), y.items.borrow().len());
                match op {
                    CmpOp::Eq => lx == ly && self.set_is_subset(x, y)?,
                    CmpOp::Ne => !(lx == ly && self.set_is_subset(x, y)?),
                    CmpOp::Le => self.set_is_subset(x, y)?,
                    CmpOp::Lt => lx < ly && self.set_is_subset(x, y)?,
                    CmpOp::Ge => self.set_is_subset(y, x)?,
                    CmpOp::Gt => lx > ly && self.set_is_subset(y, x)?,
                }
            }
            (x, y)
                if (is_set_like_view(x) || is_set_like_view(y))
                    && is_set_like(x)
                    && is_set_like(y) =>
            {
                self.compare_set_like(op, x, y)?
            }
            (Value::TimerHandle(x), Value::TimerHandle(y)) => {
                self.compare_timer_handles(op, x, y)?
            }
            (Value::BoundMethod(_), Value::BoundMethod(_))
            | (Value::Builtin(_), Value::Builtin(_))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                super::hashing::methods_equal(a, b).unwrap_or(false) == (op == CmpOp::Eq)
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = x.len() == y.len()
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                same == (op == CmpOp::Eq)
            }
            _ => return Ok(None),
        }))
    }

    /// A dict's keys or items view compared with a set or another view, as sets compare
    /// (`dictview_richcompare`).
    fn compare_set_like(&mut self, op: CmpOp, x: &Value, y: &Value) -> PyResult<bool> {
        let (lx, ly) = (self.len_of(x)?, self.len_of(y)?);
        let contained = |vm: &mut Vm, a: &Value, b: &Value| -> PyResult<bool> {
            for item in vm.collect(a)? {
                if !vm.contains(b, &item)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => lx == ly && contained(self, x, y)?,
            CmpOp::Ne => !(lx == ly && contained(self, x, y)?),
            CmpOp::Lt => lx < ly && contained(self, x, y)?,
            CmpOp::Le => lx <= ly && contained(self, x, y)?,
            CmpOp::Gt => lx > ly && contained(self, y, x)?,
            CmpOp::Ge => lx >= ly && contained(self, y, x)?,
        })
    }

    /// Lexicographic comparison of two lists or two tuples, one pair of items at a time as
    /// they are then (an `__eq__` may change a list): copying both first made a comparison
    /// settled at the first item cost their whole length.
    fn compare_live_sequences(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let mut i = 0;
        loop {
            let item_at = super::methods::list::item_at;
            let (Some(p), Some(q)) = (item_at(a, i), item_at(b, i)) else {
                let (la, lb) = (self.len_of(a)?, self.len_of(b)?);
                return Ok(ordering_satisfies(op, la.cmp(&lb)));
            };
            i += 1;
            if p.is(&q) || self.eq(&p, &q)? {
                continue;
            }
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = self.compare(op, &p, &q)?;
                    self.truthy(&r)
                }
            };
        }
    }

    /// Lexicographic comparison of items in hand (a slice's start, stop and step).
    fn compare_sequences(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) {
                continue;
            }
            if !self.eq(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(op, p, q)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(ordering_satisfies(op, x.len().cmp(&y.len())))
    }

    fn dicts_equal(&mut self, x: &Rc<DictObj>, y: &Rc<DictObj>) -> PyResult<bool> {
        let xs: Vec<(HashedKey, Value)> =
            x.map.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        if xs.len() != y.map.borrow().len() {
            return Ok(false);
        }
        for (k, v) in xs {
            let other = match self.dict_stored_key(y, &k)? {
                Some(stored) => y.map.borrow().get(&stored).cloned(),
                None => None,
            };
            match other {
                Some(w) => {
                    // Identical values are equal without asking them (`d["d"] = d`).
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = self.meta_method(container, "__contains__") {
            let r = self.call(&f, Args::positional(&[container.clone(), item.clone()]))?;
            return self.truthy(&r);
        }
        match container {
            Value::Str(s) => match super::builtin_subclass::str_value(item) {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => Err(self.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(item)
                    ),
                )),
            },
            Value::Dict(d) => {
                let key = self.dict_key(d, item.clone())?;
                Ok(d.map.borrow().contains_key(&key))
            }
            Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
                self.bytes_contains(container, item)
            }
            Value::Set(s) => {
                let key = self.set_lookup_key(s, item.clone())?;
                Ok(s.items.borrow().contains(&key))
            }
            // An int subclass's instance (an IntEnum member) is its value.
            Value::Range(r) => match numbers::to_bigint(super::builtin_subclass::number_of(item)) {
                Some(_) => {
                    let i = match super::builtin_subclass::number_of(item) {
                        Value::Int(i) => *i,
                        Value::Bool(b) => *b as i64,
                        _ => return Ok(false),
                    };
                    let len = r.len();
                    if len == 0 {
                        return Ok(false);
                    }
                    let offset = (i as i128) - (r.start as i128);
                    let step = r.step as i128;
                    Ok(offset % step == 0 && offset / step >= 0 && offset / step < len as i128)
                }
                None => {
                    let items: Vec<Value> = (0..r.len()).map(|k| Value::Int(r.get(k))).collect();
                    self.sequence_contains(&items, item)
                }
            },
            Value::List(_) | Value::Tuple(_) => {
                let mut i = 0;
                while let Some(v) = super::methods::list::item_at(container, i) {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            Value::Instance(_) if self.base_for(container, "__contains__").is_some() => {
                let base = self.base_for(container, "__contains__").unwrap_or(Value::None);
                self.contains(&base, item)
            }
            Value::Instance(inst) if inst.class.lookup("__contains__").is_some() => {
                let m = inst.class.lookup("__contains__").unwrap_or(Value::None);
                // `__contains__ = None` blocks `in` (CPython's `slot_sq_contains`).
                if m.is_none() {
                    let msg = format!("'{}' object is not a container", self.type_name(container));
                    return Err(self.new_error(ExcKind::TypeError, &msg));
                }
                let r = self.call(&m, Args::positional(&[container.clone(), item.clone()]))?;
                self.truthy(&r)
            }
            other => {
                let it = self.get_iter(other).map_err(|_| {
                    self.new_error(
                        ExcKind::TypeError,
                        &format!("argument of type '{}' is not iterable", self.type_name(other)),
                    )
                })?;
                while let Some(v) = self.next(&it)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    fn sequence_contains(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The TypeError for an unhashable value; for a tuple, the item that makes it unhashable
    /// is the one named.
    pub(crate) fn unhashable(&self, v: &Value) -> PyErr {
        let mut culprit = v.clone();
        // A tuple subclass (a namedtuple) that hashes as its tuple names the item too.
        let tuple_of = |v: &Value| match v {
            Value::Tuple(t) => Some(t.clone()),
            Value::Instance(_) => match super::builtin_subclass::key_base(v) {
                Some(Value::Tuple(t)) => Some(t.clone()),
                _ => None,
            },
            _ => None,
        };
        while let Some(t) = tuple_of(&culprit) {
            match t.items.iter().find(|item| super::hashing::py_hash(item).is_none()) {
                Some(item) => culprit = item.clone(),
                None => break,
            }
        }
        // A memoryview has a hash only while it is read-only and not released.
        if let Value::MemoryView(m) = &culprit {
            let message = if m.released.get() {
                "operation forbidden on released memoryview object"
            } else {
                "cannot hash writable memoryview object"
            };
            return self.new_error(ExcKind::ValueError, message);
        }
        self.new_error(
            ExcKind::TypeError,
            &format!("unhashable type: '{}'", self.type_name(&culprit)),
        )
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if matches!(key, Value::Instance(_) | Value::Slice(_)) {
            if let Some(k) = self.sequence_key(container, key)? {
                return self.get_item(container, &k);
            }
        }
        if let Value::Class(c) = container {
            if let Some(f) = self.meta_method(container, "__getitem__") {
                return self.call(&f, Args::positional(&[container.clone(), key.clone()]));
            }
            if c.is_user {
                if let Some(hook) = c.lookup("__class_getitem__") {
                    let bound = self.descriptor_get(hook, None, c)?;
                    return self.call(&bound, Args::positional(std::slice::from_ref(key)));
                }
            }
        }
        match container {
            Value::List(l) => match key {
                Value::Slice(s) => {
                    let items = l.items.borrow();
                    let (start, _, step, n) = self.slice_indices(s, items.len())?;
                    let out =
                        (0..n).map(|k| items[(start + k as i64 * step) as usize].clone()).collect();
                    drop(items);
                    self.new_list(out)
                }
                _ => {
                    let items = l.items.borrow();
                    let i = self.sequence_index(key, items.len(), "list")?;
                    Ok(items[i].clone())
                }
            },
            Value::Tuple(t) => match key {
                Value::Slice(s) => {
                    let (start, _, step, n) = self.slice_indices(s, t.items.len())?;
                    // The whole tuple is the tuple itself, as in CPython (`t[:] is t`).
                    if start == 0 && step == 1 && n == t.items.len() {
                        return Ok(container.clone());
                    }
                    Ok(Value::tuple(
                        (0..n)
                            .map(|k| t.items[(start + k as i64 * step) as usize].clone())
                            .collect(),
                    ))
                }
                _ => {
                    let i = self.sequence_index(key, t.items.len(), "tuple")?;
                    Ok(t.items[i].clone())
                }
            },
            Value::Str(s) => self.str_subscript(s, key),
            Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
                self.bytes_get_item(container, key)
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, key.clone())?;
                let found = d.map.borrow().get(&k).cloned();
                match found {
                    Some(v) => Ok(v),
                    None if d.is_defaultdict() => self.dict_missing(d, key),
                    None => Err(PyErr::Exception(
                        self.new_exception(self.types.exc(ExcKind::KeyError), vec![key.clone()]),
                    )),
                }
            }
            Value::Range(r) => match key {
                Value::Slice(s) => {
                    // CPython maps the slice's own bounds through the range, so the stop
                    // keeps its value (`range(5)[::2]` is `range(0, 5, 2)`).
                    let (start, stop, step, _) = self.slice_indices(s, r.len() as usize)?;
                    Ok(Value::Range(Rc::new(super::objects::RangeObj {
                        start: r.start + start * r.step,
                        stop: r.start + stop * r.step,
                        step: r.step * step,
                    })))
                }
                _ => {
                    let i = self.sequence_index(key, r.len() as usize, "range object")?;
                    Ok(Value::Int(r.get(i as i64)))
                }
            },
            Value::Instance(inst) => match inst.class.lookup("__getitem__") {
                Some(m) => self.call(&m, Args::positional(&[container.clone(), key.clone()])),
                None => match super::builtin_subclass::base_of(container).cloned() {
                    Some(base) => self.get_item_of_base(container, &base, key),
                    None => Err(self.not_subscriptable(container)),
                },
            },
            Value::Class(c) if c.builtin != super::objects::BuiltinType::Object || !c.is_user => {
                self.class_subscript(c, key)
            }
            _ => Err(self.not_subscriptable(container)),
        }
    }

    /// `int | None`: a `types.UnionType` (library code), as `type.__or__` makes.
    fn type_union(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let is_type = |v: &Value| matches!(v, Value::Class(_) | Value::None);
        if op != BinOp::Or
            || !(matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)))
            || !is_type(a)
            || !is_type(b)
        {
            return Ok(None);
        }
        let types = self.import_module("types")?;
        let union_of = self.get_attr(&types, "_union_of")?;
        let r = self.call(&union_of, Args::positional(&[a.clone(), b.clone()]))?;
        Ok(Some(r))
    }

    /// `list[int]` and the other built-in classes with CPython's `__class_getitem__`: a
    /// `types.GenericAlias` (library code); `int[str]` is CPython's TypeError.
    fn class_subscript(
        &mut self,
        c: &Rc<super::objects::ClassObj>,
        key: &Value,
    ) -> PyResult<Value> {
        use super::objects::BuiltinType as B;
        let generic = match c.builtin {
            B::Type | B::List | B::Tuple | B::Dict | B::Set | B::FrozenSet => true,
            B::Future | B::Task | B::Native => true,
            B::BaseException => c.is_subclass_of(self.types.exc(ExcKind::BaseExceptionGroup)),
            // Built-in classes of other kinds that CPython makes generic too.
            _ => &*c.module == "builtins" && matches!(&*c.name, "enumerate" | "mappingproxy"),
        };
        if !generic {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("type '{}' is not subscriptable", c.name),
            ));
        }
        let types = self.import_module("types")?;
        let alias = self.get_attr(&types, "GenericAlias")?;
        self.call(&alias, Args::positional(&[Value::Class(c.clone()), key.clone()]))
    }

    /// `d[key]` on a dict subclass: a missing key goes to its `__missing__`, if any.
    pub(crate) fn get_item_of_base(
        &mut self,
        container: &Value,
        base: &Value,
        key: &Value,
    ) -> PyResult<Value> {
        let missing = match (base, container) {
            (Value::Dict(_), Value::Instance(inst)) => inst.class.lookup_user("__missing__"),
            _ => None,
        };
        let Some(missing) = missing else { return self.get_item(base, key) };
        if let Value::Dict(d) = base {
            let k = self.dict_key(d, key.clone())?;
            let found = d.map.borrow().get(&k).cloned();
            if let Some(v) = found {
                return Ok(v);
            }
        }
        self.call(&missing, Args::positional(&[container.clone(), key.clone()]))
    }

    fn not_subscriptable(&self, v: &Value) -> PyErr {
        let message = match v {
            // A class without `__class_getitem__` (whatever its metaclass), as `PyObject_GetItem`.
            Value::Class(c) => format!("type '{}' is not subscriptable", c.name),
            _ => format!("'{}' object is not subscriptable", self.type_name(v)),
        };
        self.new_error(ExcKind::TypeError, &message)
    }

    fn str_subscript(&mut self, s: &Rc<StrObj>, key: &Value) -> PyResult<Value> {
        match key {
            Value::Slice(sl) => {
                let text = s.as_str();
                let (start, _, step, n) = self.slice_indices(sl, s.char_len())?;
                // A contiguous slice copies a byte range; ASCII text indexes bytes directly.
                // (Collecting every char on each slice made `s[i:i+2]` over a long text
                // linear in its length.)
                if step == 1 {
                    // The whole string is the string itself, as in CPython (`s[:] is s`).
                    if start == 0 && n == s.char_len() {
                        return Ok(Value::Str(s.clone()));
                    }
                    let start = start as usize;
                    let range = s.byte_of_char(start)..s.byte_of_char(start + n);
                    return Ok(Value::str(&text[range]));
                }
                let at = |k: usize| (start + k as i64 * step) as usize;
                let out: String = if s.is_ascii() {
                    (0..n).map(|k| text.as_bytes()[at(k)] as char).collect()
                } else {
                    let chars: Vec<char> = text.chars().collect();
                    (0..n).map(|k| chars[at(k)]).collect()
                };
                Ok(Value::string(out))
            }
            _ => {
                let len = s.char_len();
                let i = self.sequence_index(key, len, "string")?;
                Ok(Value::string(s.char_at(i).to_string()))
            }
        }
    }

    /// An index into a sequence of `len` items, negative counting from the end.
    pub(crate) fn sequence_index(&self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.new_error(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            // An instance of an int subclass indexes by its value.
            Value::Instance(_)
                if matches!(super::builtin_subclass::base_of(key), Some(Value::Int(_))) =>
            {
                let base = super::builtin_subclass::base_of(key).cloned().unwrap_or(Value::None);
                return self.sequence_index(&base, len, what);
            }
            other if what == "string" => {
                // 3.11 words this one differently from the other sequences.
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("string indices must be integers, not '{}'", self.type_name(other)),
                ));
            }
            other => {
                let plural = match what {
                    "range object" => "range indices",
                    "tuple" => "tuple indices",
                    _ => "list indices",
                };
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("{plural} must be integers or slices, not {}", self.type_name(other)),
                ));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.new_error(ExcKind::IndexError, &format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length) for a sequence of `len`.
    pub(crate) fn slice_indices(
        &self,
        s: &super::objects::SliceObj,
        len: usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let as_index = |v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                Value::BigInt(b) => {
                    Ok(Some(if numbers::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 }))
                }
                // An int subclass's instance (an IntEnum member) indexes as its value.
                other => match super::builtin_subclass::number_of(other) {
                    Value::Int(i) => Ok(Some(*i)),
                    _ => Err(self.new_error(
                        ExcKind::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            }
        };
        let step = as_index(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.new_error(ExcKind::ValueError, "slice step cannot be zero"));
        }
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64, lower: i64, upper: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < lower {
                            x = lower;
                        }
                    } else if x > upper {
                        x = upper;
                    }
                    x
                }
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(as_index(&s.start)?, 0, 0, len), clamp(as_index(&s.stop)?, len, 0, len))
        } else {
            (
                clamp(as_index(&s.start)?, len - 1, -1, len - 1),
                clamp(as_index(&s.stop)?, -1, -1, len - 1),
            )
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }

    /// `container[key] = value`.
    pub fn set_item(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if matches!(key, Value::Instance(_) | Value::Slice(_)) {
            if let Some(k) = self.sequence_key(container, &key)? {
                return self.set_item(container, k, value);
            }
        }
        match container {
            Value::List(l) => match &key {
                Value::Slice(s) => self.list_set_slice(l, s, &value),
                _ => {
                    let len = l.items.borrow().len();
                    let i = self.sequence_index(&key, len, "list assignment")?;
                    l.items.borrow_mut()[i] = value;
                    Ok(())
                }
            },
            Value::Dict(d) => {
                d.mirror_store(&key, &value);
                let k = self.dict_key(d, key)?;
                let (old, ok) = d.mutate(|m| m.insert(k, value));
                drop(old);
                if !ok {
                    return Err(self.memory_error());
                }
                Ok(())
            }
            Value::ByteArray(_) | Value::MemoryView(_) => {
                self.bytes_set_item(container, key, value)
            }
            Value::Instance(inst) => match inst.class.lookup("__setitem__") {
                Some(m) => {
                    self.call(&m, Args::positional(&[container.clone(), key, value])).map(|_| ())
                }
                None => match super::builtin_subclass::base_of(container).cloned() {
                    // (An immutable base's own error would name the base, not the subclass.)
                    Some(base) if is_mutable_container(&base) => self.set_item(&base, key, value),
                    _ => Err(self.no_item_assignment(container)),
                },
            },
            _ => Err(self.no_item_assignment(container)),
        }
    }

    #[cold]
    fn no_item_assignment(&self, v: &Value) -> PyErr {
        self.new_error(
            ExcKind::TypeError,
            &format!("'{}' object does not support item assignment", self.type_name(v)),
        )
    }

    fn list_set_slice(
        &mut self,
        l: &Rc<super::objects::ListObj>,
        s: &super::objects::SliceObj,
        value: &Value,
    ) -> PyResult<()> {
        let step = self.slice_indices(s, l.items.borrow().len())?.2;
        // `PySequence_Fast`: a value that cannot be iterated gets the slice's own message;
        // an error raised while iterating it propagates.
        let new_items = match value {
            Value::List(_) | Value::Tuple(_) => self.collect(value)?,
            _ => {
                let it = self.get_iter(value).map_err(|e| match &e {
                    super::PyErr::Exception(x) if self.exception_is(x, ExcKind::TypeError) => {
                        let message = if step == 1 {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        };
                        self.new_error(ExcKind::TypeError, message)
                    }
                    _ => e,
                })?;
                self.collect_iterator(&it)?
            }
        };
        let len = l.items.borrow().len();
        let (start, stop, step, n) = self.slice_indices(s, len)?;
        if step == 1 {
            let stop = stop.max(start);
            let ((), ok) = l.mutate(|items| {
                items.splice(start as usize..stop as usize, new_items);
            });
            if !ok {
                return Err(self.memory_error());
            }
            return Ok(());
        }
        if new_items.len() != n {
            return Err(self.new_error(
                ExcKind::ValueError,
                &format!(
                    "attempt to assign sequence of size {} to extended slice of size {n}",
                    new_items.len()
                ),
            ));
        }
        let mut items = l.items.borrow_mut();
        for (k, v) in new_items.into_iter().enumerate() {
            items[(start + k as i64 * step) as usize] = v;
        }
        Ok(())
    }

    /// `del container[key]`.
    pub fn del_item(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if matches!(key, Value::Instance(_) | Value::Slice(_)) {
            if let Some(k) = self.sequence_key(container, key)? {
                return self.del_item(container, &k);
            }
        }
        match container {
            // Readonly or not, a view never changes its size.
            Value::MemoryView(m) if !m.readonly() => {
                Err(self.new_error(ExcKind::TypeError, "cannot delete memory"))
            }
            Value::List(l) => match key {
                Value::Slice(s) => {
                    let len = l.items.borrow().len();
                    let (start, _, step, n) = self.slice_indices(s, len)?;
                    let mut remove: Vec<usize> =
                        (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    remove.sort_unstable();
                    let mut items = l.items.borrow_mut();
                    for i in remove.into_iter().rev() {
                        items.remove(i);
                    }
                    Ok(())
                }
                _ => {
                    let len = l.items.borrow().len();
                    let i = self.sequence_index(key, len, "list assignment")?;
                    let removed = l.items.borrow_mut().remove(i);
                    drop(removed);
                    Ok(())
                }
            },
            Value::Dict(d) => {
                d.mirror_delete(key);
                let k = self.dict_key(d, key.clone())?;
                let removed = d.map.borrow_mut().shift_remove(&k);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(PyErr::Exception(
                        self.new_exception(self.types.exc(ExcKind::KeyError), vec![key.clone()]),
                    )),
                }
            }
            Value::ByteArray(b) => self.bytes_del_item(b, key),
            Value::Instance(inst) => match inst.class.lookup("__delitem__") {
                Some(m) => {
                    self.call(&m, Args::positional(&[container.clone(), key.clone()])).map(|_| ())
                }
                None => match super::builtin_subclass::base_of(container).cloned() {
                    Some(base) if is_mutable_container(&base) => self.del_item(&base, key),
                    _ => Err(self.no_item_deletion(container, key)),
                },
            },
            other => Err(self.no_item_deletion(other, key)),
        }
    }

    /// CPython's `PyObject_DelItem` error: types with sequence slots (every class defined in
    /// Python has them) say "doesn't" for an integer key, the rest "does not".
    fn no_item_deletion(&self, container: &Value, key: &Value) -> PyErr {
        let sequence_like = matches!(
            container,
            Value::Instance(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::Range(_)
                | Value::Set(_)
        );
        let index = matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
        let verb = if sequence_like && index { "doesn't" } else { "does not" };
        let name = self.type_name(container);
        self.new_error(ExcKind::TypeError, &format!("'{name}' object {verb} support item deletion"))
    }

    /// Unpacks an iterable for `a, b = v` (`after` is set for `a, *b, c = v`).
    pub(crate) fn unpack(
        &mut self,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            other => {
                let it = self.get_iter_or(other, |vm| {
                    let message =
                        format!("cannot unpack non-iterable {} object", vm.type_name(other));
                    vm.new_error(ExcKind::TypeError, &message)
                })?;
                match after {
                    // Without a star, one item more than the targets is all CPython reads:
                    // `a, b = endless()` fails at the third item.
                    None => {
                        let mut items = Vec::with_capacity(before + 1);
                        while items.len() <= before {
                            match self.next(&it)? {
                                Some(item) => items.push(item),
                                None => break,
                            }
                        }
                        items
                    }
                    Some(_) => self.collect_iterator(&it)?,
                }
            }
        };
        match after {
            None => {
                if items.len() < before {
                    return Err(self.new_error(
                        ExcKind::ValueError,
                        &format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        ),
                    ));
                }
                if items.len() > before {
                    return Err(self.new_error(
                        ExcKind::ValueError,
                        &format!("too many values to unpack (expected {before})"),
                    ));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.new_error(
                        ExcKind::ValueError,
                        &format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ),
                    ));
                }
                let mut out = items[..before].to_vec();
                let middle = items[before..items.len() - after].to_vec();
                out.push(self.new_list(middle)?);
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    /// A new list, counted against the memory budget.
    pub fn new_list(&self, items: Vec<Value>) -> PyResult<Value> {
        if !memory::fits(items.len() * super::objects::LIST_SLOT_BYTES) {
            return Err(self.memory_error());
        }
        Ok(Value::list(items))
    }

    pub(crate) fn list_append(&mut self, target: &Value, v: Value) -> PyResult<()> {
        if let Value::List(l) = target {
            let ((), ok) = l.mutate(|items| items.push(v));
            if !ok {
                return Err(self.memory_error());
            }
        }
        Ok(())
    }

    /// `list.extend(x)` and `list += x`: a list or tuple is copied at once (so `l.extend(l)`
    /// doubles it); anything else is read an item at a time, as CPython's `list_extend`: a
    /// generator sees the list grow, and what was added before an error stays.
    pub(crate) fn list_extend_by(
        &mut self,
        l: &Rc<super::objects::ListObj>,
        iterable: &Value,
    ) -> PyResult<()> {
        if let Value::List(_) | Value::Tuple(_) = iterable {
            let items = self.collect(iterable)?;
            let ((), ok) = l.mutate(|v| v.extend(items));
            return if ok { Ok(()) } else { Err(self.memory_error()) };
        }
        let it = self.get_iter(iterable)?;
        self.ask_length_hint(iterable)?;
        while let Some(item) = self.next(&it)? {
            let ((), ok) = l.mutate(|v| v.push(item));
            if !ok {
                return Err(self.memory_error());
            }
        }
        Ok(())
    }

    /// `LIST_EXTEND` (`[*a]`, `f(x, *a)`): a non-iterable gets CPython's "Value after *".
    pub(crate) fn list_extend(&mut self, target: &Value, iterable: &Value) -> PyResult<()> {
        let items = match iterable {
            Value::List(_) | Value::Tuple(_) => self.collect(iterable)?,
            _ => {
                let it = self.get_iter_or(iterable, |vm| {
                    let message = format!(
                        "Value after * must be an iterable, not {}",
                        vm.type_name(iterable)
                    );
                    vm.new_error(ExcKind::TypeError, &message)
                })?;
                self.ask_length_hint(iterable)?;
                self.collect_iterator(&it)?
            }
        };
        if let Value::List(l) = target {
            let ((), ok) = l.mutate(|v| v.extend(items));
            if !ok {
                return Err(self.memory_error());
            }
        }
        Ok(())
    }

    /// A new set (or frozenset) of the given items, added one by one as `BUILD_SET` does.
    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let set = Value::Set(Rc::new(SetObj::new(frozen)));
        for v in items {
            self.set_add(&set, v)?;
        }
        Ok(set)
    }

    pub(crate) fn set_add(&mut self, target: &Value, v: Value) -> PyResult<()> {
        if let Value::Set(s) = target {
            let k = self.set_key(s, v)?;
            let (_, ok) = s.mutate(|items| items.insert(k));
            if !ok {
                return Err(self.memory_error());
            }
        }
        Ok(())
    }

    /// `SET_UPDATE` (`{*a, *b}`): as `set.update`.
    pub(crate) fn set_update(&mut self, target: &Value, iterable: &Value) -> PyResult<()> {
        match target {
            Value::Set(s) => self.set_update_from(s, iterable),
            _ => Ok(()),
        }
    }

    /// A dict from alternating keys and values.
    pub(crate) fn dict_from_pairs(&mut self, flat: Vec<Value>) -> PyResult<Value> {
        let d = Rc::new(DictObj::new());
        let mut it = flat.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            let key = self.dict_key(&d, k)?;
            let (_, ok) = d.mutate(|m| m.insert(key, v));
            if !ok {
                return Err(self.memory_error());
            }
        }
        Ok(Value::Dict(d))
    }

    pub(crate) fn copy_dict(&self, d: &DictObj) -> DictObj {
        let copy = match d.extra.as_ref().filter(|_| d.is_defaultdict()) {
            Some(extra) => DictObj::with_default_factory(
                extra.class.clone(),
                extra.default_factory.borrow().clone(),
            ),
            None => DictObj::new(),
        };
        *copy.map.borrow_mut() = d.map.borrow().clone();
        copy.vm_keys.set(d.vm_keys.get());
        copy
    }

    /// `target.update(other)`: from a dict, or from an iterable of key/value pairs. (`f(**a)`'s
    /// merge, where a repeated key is an error, is `merge_kwargs`.)
    pub(crate) fn dict_update(&mut self, target: &Value, other: &Value) -> PyResult<()> {
        let Value::Dict(t) = target else { return Ok(()) };
        let pairs: Vec<(HashedKey, Value)> = match other {
            Value::Dict(o) => o.map.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            // A mapping of the program (`collections.abc.Mapping` subclass): its keys() and
            // `[key]`, as CPython's `PyDict_Merge` does for any object with `keys`.
            Value::Instance(inst) if inst.class.lookup("keys").is_some() => {
                let method = self.get_attr(other, "keys")?;
                let keys = self.call(&method, Args::positional(&[]))?;
                let mut out = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.get_item(other, &k)?;
                    out.push((self.dict_key(t, k)?, v));
                }
                out
            }
            // Pairs are stored as they come, as CPython's `PyDict_MergeFromSeq2`: a
            // generator sees the dict grow, and what was stored before an error stays.
            other => {
                let it = self.get_iter(other)?;
                let mut i = 0;
                while let Some(item) = self.next(&it)? {
                    let kv = self.collect(&item).map_err(|_| {
                        self.new_error(
                            ExcKind::TypeError,
                            &format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                        )
                    })?;
                    if kv.len() != 2 {
                        return Err(self.new_error(
                            ExcKind::ValueError,
                            &format!(
                                "dictionary update sequence element #{i} has length {}; 2 is required",
                                kv.len()
                            ),
                        ));
                    }
                    let mut kv = kv.into_iter();
                    let (k, v) =
                        (kv.next().unwrap_or(Value::None), kv.next().unwrap_or(Value::None));
                    self.dict_store_merged(t, k, v)?;
                    i += 1;
                }
                return Ok(());
            }
        };
        for (k, v) in pairs {
            self.dict_store_merged(t, k.value, v)?;
        }
        Ok(())
    }

    /// One pair of a `dict_update` stored.
    fn dict_store_merged(&mut self, t: &DictObj, k: Value, v: Value) -> PyResult<()> {
        let k = self.dict_key(t, k)?;
        t.mirror_store(&k.value, &v);
        let (_, ok) = t.mutate(|m| m.insert(k, v));
        if !ok {
            return Err(self.memory_error());
        }
        Ok(())
    }
}

/// A set, or a dict's keys or items view: what compares as a set.
fn is_set_like(v: &Value) -> bool {
    matches!(v, Value::Set(_)) || is_set_like_view(v)
}

/// A dict's keys or items view, which supports the set operators.
fn is_set_like_view(v: &Value) -> bool {
    matches!(v, Value::DictView(d) if d.view != super::objects::DictView::Values)
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

/// Whether `exc` is the TypeError of an operator or ordering no operand supports.
fn is_unsupported_operand(exc: &Value) -> bool {
    super::exceptions::state_of(exc).is_some_and(|state| {
        matches!(state.borrow().args.first(), Some(Value::Str(s))
            if s.as_str().starts_with("unsupported operand type(s) for")
                || s.as_str().contains("' not supported between instances of '"))
    })
}

/// Whether `len * count` items is more than `Py_ssize_t` holds.
pub(crate) fn past_ssize_max(len: usize, count: u64) -> bool {
    len as u128 * count as u128 > i64::MAX as u128
}

/// Whether built-in number `a`'s own operator slot accepts `b`, an instance of a program's
/// subclass of a number: `int`'s takes ints, `float`'s ints and floats (`1 + MyFloat(2.0)`
/// is `int`'s NotImplemented, so the right's `__radd__` runs).
fn left_number_takes(a: &Value, b: &Value) -> bool {
    if !matches!(b, Value::Instance(_)) {
        return false;
    }
    let int_like = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    match (a, super::builtin_subclass::base_of(b)) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(base)) => int_like(base),
        (Value::Float(_), Some(base)) => int_like(base) || matches!(base, Value::Float(_)),
        _ => false,
    }
}

/// Whether CPython 3.11's specialised `COMPARE_OP` handles `a` and `b` without the generic
/// rich comparison: two ints of one digit (below 2**30 in magnitude), or two floats.
fn specialised_numbers(a: &Value, b: &Value) -> bool {
    const ONE_DIGIT: i64 = 1 << 30;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.abs() < ONE_DIGIT && y.abs() < ONE_DIGIT,
        (Value::Float(_), Value::Float(_)) => true,
        _ => false,
    }
}

/// Whether a built-in value supports item assignment and deletion (a subclass of it then
/// does too).
fn is_mutable_container(v: &Value) -> bool {
    matches!(v, Value::List(_) | Value::Dict(_) | Value::ByteArray(_))
}
