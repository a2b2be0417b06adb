//! The `itertools` module: its lazy iterators as native classes, each step following
//! CPython 3.11's `Modules/itertoolsmodule.c` (so `islice` consumes exactly the items CPython
//! consumes, `groupby`'s groups expire when the next group starts, and the combinatoric
//! iterators produce CPython's order).

use crate::compiler::code::BinOp;
use crate::vm::clinic::ClinicSignature;
use crate::vm::modules::native_module;
use crate::vm::native::{NativeClass, NativeIterator};
use crate::vm::objects::{BuiltinObj, ClassObj, ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

/// The class of each itertools iterator: `__iter__` returns itself, `__next__` steps it.
const fn class(name: &'static str, new: NativeFn) -> NativeClass {
    NativeClass { module: "itertools", name, methods: ITER_METHODS, new: Some(new) }
}

const ITER_METHODS: &[(&str, NativeFn)] = &[("__iter__", iter_self), ("__next__", next_item)];

const COUNT: NativeClass = class("count", new_count);
const CYCLE: NativeClass = class("cycle", new_cycle);
const REPEAT: NativeClass = class("repeat", new_repeat);
const ISLICE: NativeClass = class("islice", new_islice);
const CHAIN: NativeClass = class("chain", new_chain);
const GROUPBY: NativeClass = class("groupby", new_groupby);
const GROUPER: NativeClass =
    NativeClass { module: "itertools", name: "_grouper", methods: ITER_METHODS, new: None };
const PRODUCT: NativeClass = class("product", new_product);
const PERMUTATIONS: NativeClass = class("permutations", new_permutations);
const COMBINATIONS: NativeClass = class("combinations", new_combinations);
const COMBINATIONS_WR: NativeClass = class("combinations_with_replacement", new_combinations_wr);
const ACCUMULATE: NativeClass = class("accumulate", new_accumulate);
const ZIP_LONGEST: NativeClass = class("zip_longest", new_zip_longest);
const STARMAP: NativeClass = class("starmap", new_starmap);
const TAKEWHILE: NativeClass = class("takewhile", new_takewhile);
const DROPWHILE: NativeClass = class("dropwhile", new_dropwhile);
const FILTERFALSE: NativeClass = class("filterfalse", new_filterfalse);
const COMPRESS: NativeClass = class("compress", new_compress);
const PAIRWISE: NativeClass = class("pairwise", new_pairwise);
const TEE: NativeClass =
    NativeClass { module: "itertools", name: "_tee", methods: ITER_METHODS, new: None };

const CLASSES: &[&NativeClass] = &[
    &COUNT,
    &CYCLE,
    &REPEAT,
    &ISLICE,
    &CHAIN,
    &GROUPBY,
    &PRODUCT,
    &PERMUTATIONS,
    &COMBINATIONS,
    &COMBINATIONS_WR,
    &ACCUMULATE,
    &ZIP_LONGEST,
    &STARMAP,
    &TAKEWHILE,
    &DROPWHILE,
    &FILTERFALSE,
    &COMPRESS,
    &PAIRWISE,
];

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("itertools", &[("tee", tee)]);
    for spec in CLASSES {
        let class = vm.native_class(spec);
        module.set(spec.name, Value::Class(class));
    }
    let chain = vm.native_class(&CHAIN);
    let f = BuiltinObj {
        name: "from_iterable",
        func: chain_from_iterable,
        bound: None,
        owner: "classmethod",
    };
    chain.dict.borrow_mut().insert("from_iterable".into(), Value::Builtin(Rc::new(f)));
    crate::vm::lookup_cache::class_dicts_changed();
    module.set("_grouper", Value::Class(vm.native_class(&GROUPER)));
    module.set("_tee", Value::Class(vm.native_class(&TEE)));
    module
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.pos.first().cloned().ok_or_else(|| vm.new_error(ExcKind::TypeError, "__iter__ needs self"))
}

fn next_item(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(it) = args.pos.first() else {
        return Err(vm.new_error(ExcKind::TypeError, "__next__ needs self"));
    };
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// The positional arguments after the class, refusing keywords (most itertools take none).
fn positional<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    crate::vm::call::no_keywords(vm, name, args)?;
    Ok(&args.pos[1..])
}

/// A constructor's arguments bound as its C parser binds them (`args.pos[0]` is the class),
/// so a wrong call fails with CPython's words; `None` for a parameter left at its default.
fn bind_constructor(
    vm: &Vm,
    args: &Args,
    signature: &ClinicSignature,
) -> PyResult<Vec<Option<Value>>> {
    let without_class = Args { pos: &args.pos[1..], ..*args };
    Ok(signature.bind(vm, &without_class)?.into_iter().map(|v| v.cloned()).collect())
}

/// An Argument Clinic signature with no positional-only parameters.
const fn signature(
    name: &'static str,
    params: &'static [&'static str],
    positional: usize,
    required: usize,
) -> ClinicSignature {
    ClinicSignature { name, params, posonly: 0, positional, required }
}

fn make(vm: &mut Vm, spec: &NativeClass, it: impl NativeIterator + 'static) -> PyResult<Value> {
    let class: Rc<ClassObj> = vm.native_class(spec);
    Ok(vm.new_native_iter(class, it))
}

/// Argument Clinic's count check: `cycle expected 1 argument, got 0`.
fn clinic_arity(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let message = if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", plural(min))
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", plural(max))
    };
    Err(vm.new_error(ExcKind::TypeError, &message))
}

/// A non-negative index argument (`r`, `n`) or the error CPython gives.
fn count_arg(vm: &mut Vm, v: &Value, negative: &str) -> PyResult<usize> {
    let n = crate::vm::builtins::arg_i64(vm, v, "")?;
    if n < 0 {
        return Err(vm.new_error(ExcKind::ValueError, negative));
    }
    Ok(n as usize)
}

// count(start=0, step=1)

struct Count {
    next: Value,
    step: Value,
}

impl NativeIterator for Count {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let current = self.next.clone();
        self.next = vm.binary_op(BinOp::Add, &current, &self.step, false)?;
        Ok(Some(current))
    }

    fn repr(&self, vm: &mut Vm) -> PyResult<Option<String>> {
        let start = vm.repr(&self.next)?;
        if matches!(self.step, Value::Int(1)) {
            return Ok(Some(format!("count({start})")));
        }
        Ok(Some(format!("count({start}, {})", vm.repr(&self.step)?)))
    }
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_))
        || crate::vm::builtin_subclass::base_of(v).is_some_and(is_number)
        || matches!(v, Value::Instance(i) if i.class.lookup("__add__").is_some())
}

fn new_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const COUNT_ARGS: ClinicSignature = signature("count", &["start", "step"], 2, 0);
    let mut bound = bind_constructor(vm, &args, &COUNT_ARGS)?.into_iter();
    let mut start = bound.next().flatten().unwrap_or(Value::Int(0));
    let mut step = bound.next().flatten().unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(vm.new_error(ExcKind::TypeError, "a number is required"));
    }
    // CPython counts a small int start by a step of 1 in a C integer: bools and an int
    // subclass's members (an `IntEnum`) become plain ints.
    let small_start = match &start {
        Value::Int(_) | Value::Bool(_) => Some(start.clone()),
        other => crate::vm::builtin_subclass::base_of(other)
            .filter(|b| matches!(b, Value::Int(_) | Value::Bool(_)))
            .cloned(),
    };
    if let (Some(small), Value::Int(1) | Value::Bool(true)) = (small_start, &step) {
        start = match small {
            Value::Bool(b) => Value::Int(b as i64),
            n => n,
        };
        step = Value::Int(1);
    }
    make(vm, &COUNT, Count { next: start, step })
}

// cycle(iterable)

struct Cycle {
    source: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}

impl NativeIterator for Cycle {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(source) = &self.source {
            if let Some(v) = vm.next(source)? {
                self.saved.push(v.clone());
                return Ok(Some(v));
            }
            self.source = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.index % self.saved.len()].clone();
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(v))
    }
}

fn new_cycle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = positional(vm, &args, "cycle")?;
    clinic_arity(vm, "cycle", pos.len(), 1, 1)?;
    let source = vm.get_iter(&pos[0])?;
    make(vm, &CYCLE, Cycle { source: Some(source), saved: Vec::new(), index: 0 })
}

// repeat(object[, times])

struct Repeat {
    item: Value,
    left: Option<usize>,
}

impl NativeIterator for Repeat {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        match &mut self.left {
            None => Ok(Some(self.item.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.item.clone()))
            }
        }
    }

    fn repr(&self, vm: &mut Vm) -> PyResult<Option<String>> {
        let item = vm.repr(&self.item)?;
        Ok(Some(match self.left {
            None => format!("repeat({item})"),
            Some(n) => format!("repeat({item}, {n})"),
        }))
    }
}

fn new_repeat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const REPEAT_ARGS: ClinicSignature = signature("repeat", &["object", "times"], 2, 1);
    let mut bound = bind_constructor(vm, &args, &REPEAT_ARGS)?.into_iter();
    let item = bound.next().flatten().unwrap_or(Value::None);
    let times = bound.next().flatten();
    let left = match times {
        None => None,
        Some(t) => Some(crate::vm::builtins::arg_i64(vm, &t, "")?.max(0) as usize),
    };
    make(vm, &REPEAT, Repeat { item, left })
}

// islice(iterable, stop) / islice(iterable, start, stop[, step])

struct Islice {
    source: Option<Value>,
    next: usize,
    stop: Option<usize>,
    step: usize,
    count: usize,
}

impl NativeIterator for Islice {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(source) = self.source.clone() else { return Ok(None) };
        while self.count < self.next {
            if vm.next(&source)?.is_none() {
                self.source = None;
                return Ok(None);
            }
            self.count += 1;
        }
        if self.stop.is_some_and(|stop| self.count >= stop) {
            self.source = None;
            return Ok(None);
        }
        let Some(item) = vm.next(&source)? else {
            self.source = None;
            return Ok(None);
        };
        self.count += 1;
        let old = self.next;
        self.next = self.next.saturating_add(self.step);
        if let Some(stop) = self.stop {
            if self.next < old || self.next > stop {
                self.next = stop;
            }
        }
        Ok(Some(item))
    }
}

fn islice_bound(vm: &mut Vm, v: &Value, message: &str) -> PyResult<Option<usize>> {
    let v = &vm.indexed(v)?;
    match crate::vm::builtin_subclass::number_of(v) {
        Value::None => Ok(None),
        Value::Int(i) if *i >= 0 => Ok(Some(*i as usize)),
        Value::Bool(b) => Ok(Some(*b as usize)),
        _ => Err(vm.new_error(ExcKind::ValueError, message)),
    }
}

fn new_islice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = positional(vm, &args, "islice")?;
    crate::vm::call::check_arity(vm, "islice", &Args::positional(pos), 2, 4)?;
    let stop_message =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let start_message = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if pos.len() == 2 {
        (0, islice_bound(vm, &pos[1], stop_message)?, 1)
    } else {
        let start = islice_bound(vm, &pos[1], start_message)?.unwrap_or(0);
        let stop = islice_bound(vm, &pos[2], stop_message)?;
        let step = match pos.get(3) {
            None | Some(Value::None) => 1,
            Some(v) => {
                match islice_bound(vm, v, "Step for islice() must be a positive integer or None.")?
                {
                    Some(s) if s > 0 => s,
                    _ => {
                        return Err(vm.new_error(
                            ExcKind::ValueError,
                            "Step for islice() must be a positive integer or None.",
                        ))
                    }
                }
            }
        };
        (start, stop, step)
    };
    let source = vm.get_iter(&pos[0])?;
    make(vm, &ISLICE, Islice { source: Some(source), next: start, stop, step, count: 0 })
}

// chain(*iterables), chain.from_iterable(iterable)

struct Chain {
    /// Yields the iterables (a `from_iterable` argument's iterator, or the arguments).
    sources: Option<Value>,
    active: Option<Value>,
}

impl NativeIterator for Chain {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(active) = self.active.clone() {
                if let Some(v) = vm.next(&active)? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(sources) = self.sources.clone() else { return Ok(None) };
            match vm.next(&sources)? {
                Some(iterable) => self.active = Some(vm.get_iter(&iterable)?),
                None => {
                    self.sources = None;
                    return Ok(None);
                }
            }
        }
    }
}

fn new_chain(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = positional(vm, &args, "chain")?;
    let sources = vm.get_iter(&Value::tuple(pos.to_vec()))?;
    make(vm, &CHAIN, Chain { sources: Some(sources), active: None })
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::check_arity(vm, "from_iterable", &args, 2, 2)?;
    let sources = vm.get_iter(&args.pos[1])?;
    make(vm, &CHAIN, Chain { sources: Some(sources), active: None })
}

// groupby(iterable, key=None) and its _grouper objects

struct GroupbyState {
    source: Value,
    key: Value,
    target_key: Option<Value>,
    current_key: Option<Value>,
    current_value: Option<Value>,
    /// Which grouper is live: earlier ones are exhausted.
    current_grouper: u64,
}

type Shared = Rc<RefCell<GroupbyState>>;

/// `groupby_step`: the next value and its key; false when the source is exhausted.
fn groupby_step(vm: &mut Vm, state: &Shared) -> PyResult<bool> {
    let (source, key) = {
        let s = state.borrow();
        (s.source.clone(), s.key.clone())
    };
    let Some(value) = vm.next(&source)? else { return Ok(false) };
    let k = if key.is_none() { value.clone() } else { vm.call1(&key, value.clone())? };
    let mut s = state.borrow_mut();
    s.current_value = Some(value);
    s.current_key = Some(k);
    Ok(true)
}

struct Groupby {
    state: Shared,
}

impl NativeIterator for Groupby {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.state.borrow_mut().current_grouper += 1;
        loop {
            let (target, current) = {
                let s = self.state.borrow();
                (s.target_key.clone(), s.current_key.clone())
            };
            match (target, current) {
                (_, None) => {}
                (None, Some(_)) => break,
                // `PyObject_RichCompareBool`: a key is its own group (a NaN too).
                (Some(t), Some(c)) => {
                    if !(t.is(&c) || vm.eq(&t, &c)?) {
                        break;
                    }
                }
            }
            if !groupby_step(vm, &self.state)? {
                return Ok(None);
            }
        }
        let (key, id) = {
            let mut s = self.state.borrow_mut();
            s.target_key = s.current_key.clone();
            (s.target_key.clone().unwrap_or(Value::None), s.current_grouper)
        };
        let grouper = Grouper { state: self.state.clone(), target_key: key.clone(), id };
        let grouper = make(vm, &GROUPER, grouper)?;
        Ok(Some(Value::tuple(vec![key, grouper])))
    }
}

struct Grouper {
    state: Shared,
    target_key: Value,
    id: u64,
}

impl NativeIterator for Grouper {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.state.borrow().current_grouper != self.id {
            return Ok(None);
        }
        if self.state.borrow().current_value.is_none() && !groupby_step(vm, &self.state)? {
            return Ok(None);
        }
        let current = self.state.borrow().current_key.clone().unwrap_or(Value::None);
        if !(self.target_key.is(&current) || vm.eq(&self.target_key, &current)?) {
            return Ok(None);
        }
        // The key goes with the value, as in CPython: the next group's search then steps
        // without comparing it again.
        let mut s = self.state.borrow_mut();
        s.current_key = None;
        Ok(s.current_value.take())
    }
}

fn new_groupby(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const GROUPBY_ARGS: ClinicSignature = signature("groupby", &["iterable", "key"], 2, 1);
    let mut bound = bind_constructor(vm, &args, &GROUPBY_ARGS)?.into_iter();
    let iterable = bound.next().flatten().unwrap_or(Value::None);
    let key = bound.next().flatten().unwrap_or(Value::None);
    let source = vm.get_iter(&iterable)?;
    let state = GroupbyState {
        source,
        key,
        target_key: None,
        current_key: None,
        current_value: None,
        current_grouper: 0,
    };
    make(vm, &GROUPBY, Groupby { state: Rc::new(RefCell::new(state)) })
}

// product(*iterables, repeat=1)

struct Product {
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    started: bool,
    done: bool,
}

impl NativeIterator for Product {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            if self.pools.iter().any(Vec::is_empty) {
                self.done = true;
                return Ok(None);
            }
        } else {
            // Advance the rightmost index that can move, resetting those after it.
            let mut i = self.pools.len();
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                self.indices[i] += 1;
                if self.indices[i] < self.pools[i].len() {
                    break;
                }
                self.indices[i] = 0;
            }
        }
        let items =
            self.indices.iter().zip(&self.pools).map(|(&j, pool)| pool[j].clone()).collect();
        Ok(Some(Value::tuple(items)))
    }
}

fn new_product(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut repeat = 1usize;
    for (k, v) in args.keywords() {
        match k {
            "repeat" => repeat = count_arg(vm, v, "repeat argument cannot be negative")?,
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("'{other}' is an invalid keyword argument for product()"),
                ))
            }
        }
    }
    let mut base = Vec::new();
    for v in &args.pos[1..] {
        base.push(vm.collect(v)?);
    }
    let mut pools = Vec::with_capacity(base.len() * repeat);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    make(vm, &PRODUCT, Product { pools, indices: vec![0; n], started: false, done: false })
}

// permutations(iterable, r=None)

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

impl NativeIterator for Permutations {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.pool.len();
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            if self.r > n {
                self.done = true;
                return Ok(None);
            }
        } else {
            if n == 0 {
                self.done = true;
                return Ok(None);
            }
            let mut i = self.r;
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                self.cycles[i] -= 1;
                if self.cycles[i] == 0 {
                    // Rotate indices[i:] left by one.
                    let moved = self.indices.remove(i);
                    self.indices.push(moved);
                    self.cycles[i] = n - i;
                } else {
                    let j = self.cycles[i];
                    self.indices.swap(i, n - j);
                    break;
                }
            }
        }
        let items = self.indices[..self.r].iter().map(|&j| self.pool[j].clone()).collect();
        Ok(Some(Value::tuple(items)))
    }
}

fn new_permutations(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const PERMUTATIONS_ARGS: ClinicSignature = signature("permutations", &["iterable", "r"], 2, 1);
    let mut bound = bind_constructor(vm, &args, &PERMUTATIONS_ARGS)?.into_iter();
    let iterable = bound.next().flatten().unwrap_or(Value::None);
    let r = bound.next().flatten().unwrap_or(Value::None);
    let pool = vm.collect(&iterable)?;
    let n = pool.len();
    // `PyLong_Check` after the pool is made: an int (a bool, an IntEnum member) or None.
    let is_int = matches!(
        crate::vm::builtin_subclass::number_of(&r),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
    );
    if !r.is_none() && !is_int {
        return Err(vm.new_error(ExcKind::TypeError, "Expected int as r"));
    }
    let r = if r.is_none() { n } else { count_arg(vm, &r, "r must be non-negative")? };
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    make(
        vm,
        &PERMUTATIONS,
        Permutations { pool, r, indices: (0..n).collect(), cycles, started: false, done: false },
    )
}

// combinations(iterable, r) and combinations_with_replacement(iterable, r)

struct Combinations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    with_replacement: bool,
    started: bool,
    done: bool,
}

impl NativeIterator for Combinations {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.pool.len();
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            let impossible = if self.with_replacement { n == 0 && self.r > 0 } else { self.r > n };
            if impossible {
                self.done = true;
                return Ok(None);
            }
        } else {
            // The rightmost index not at its maximum.
            let limit = |i: usize| if self.with_replacement { n - 1 } else { i + n - self.r };
            let Some(i) = (0..self.r).rev().find(|&i| self.indices[i] != limit(i)) else {
                self.done = true;
                return Ok(None);
            };
            self.indices[i] += 1;
            for j in i + 1..self.r {
                self.indices[j] =
                    if self.with_replacement { self.indices[i] } else { self.indices[j - 1] + 1 };
            }
        }
        let items = self.indices.iter().map(|&j| self.pool[j].clone()).collect();
        Ok(Some(Value::tuple(items)))
    }
}

fn combinations_impl(
    vm: &mut Vm,
    args: Args,
    name: &'static str,
    with_replacement: bool,
) -> PyResult<Value> {
    let mut bound =
        bind_constructor(vm, &args, &signature(name, &["iterable", "r"], 2, 2))?.into_iter();
    let iterable = bound.next().flatten().unwrap_or(Value::None);
    let r = bound.next().flatten().unwrap_or(Value::None);
    let pool = vm.collect(&iterable)?;
    let r = count_arg(vm, &r, "r must be non-negative")?;
    let indices = if with_replacement { vec![0; r] } else { (0..r).collect() };
    let spec = if with_replacement { &COMBINATIONS_WR } else { &COMBINATIONS };
    make(vm, spec, Combinations { pool, r, indices, with_replacement, started: false, done: false })
}

fn new_combinations(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combinations_impl(vm, args, "combinations", false)
}

fn new_combinations_wr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combinations_impl(vm, args, "combinations_with_replacement", true)
}

// accumulate(iterable, func=None, *, initial=None)

struct Accumulate {
    source: Value,
    func: Value,
    total: Option<Value>,
    initial: Option<Value>,
}

impl NativeIterator for Accumulate {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(initial) = self.initial.take() {
            self.total = Some(initial.clone());
            return Ok(Some(initial));
        }
        let Some(v) = vm.next(&self.source)? else { return Ok(None) };
        let total = match self.total.take() {
            None => v,
            Some(t) if self.func.is_none() => vm.binary_op(BinOp::Add, &t, &v, false)?,
            Some(t) => vm.call(&self.func, Args::positional(&[t, v]))?,
        };
        self.total = Some(total.clone());
        Ok(Some(total))
    }
}

fn new_accumulate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const ACCUMULATE_ARGS: ClinicSignature =
        signature("accumulate", &["iterable", "func", "initial"], 2, 1);
    let mut bound = bind_constructor(vm, &args, &ACCUMULATE_ARGS)?.into_iter();
    let iterable = bound.next().flatten().unwrap_or(Value::None);
    let func = bound.next().flatten().unwrap_or(Value::None);
    let initial = bound.next().flatten().unwrap_or(Value::None);
    let source = vm.get_iter(&iterable)?;
    let initial = (!initial.is_none()).then_some(initial);
    make(vm, &ACCUMULATE, Accumulate { source, func, total: None, initial })
}

// zip_longest(*iterables, fillvalue=None)

struct ZipLongest {
    sources: Vec<Option<Value>>,
    active: usize,
    fill: Value,
}

impl NativeIterator for ZipLongest {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.sources.is_empty() || self.active == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.sources.len());
        for i in 0..self.sources.len() {
            let Some(source) = self.sources[i].clone() else {
                items.push(self.fill.clone());
                continue;
            };
            match vm.next(&source)? {
                Some(v) => items.push(v),
                None => {
                    self.sources[i] = None;
                    self.active -= 1;
                    if self.active == 0 {
                        return Ok(None);
                    }
                    items.push(self.fill.clone());
                }
            }
        }
        Ok(Some(Value::tuple(items)))
    }
}

fn new_zip_longest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in args.keywords() {
        if k != "fillvalue" {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "zip_longest() got an unexpected keyword argument",
            ));
        }
        fill = v.clone();
    }
    let mut sources = Vec::new();
    for v in &args.pos[1..] {
        let it = vm.get_iter(v)?;
        sources.push(Some(it));
    }
    let active = sources.len();
    make(vm, &ZIP_LONGEST, ZipLongest { sources, active, fill })
}

// starmap(function, iterable)

struct Starmap {
    func: Value,
    source: Value,
}

impl NativeIterator for Starmap {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(item) = vm.next(&self.source)? else { return Ok(None) };
        let call_args = vm.collect(&item)?;
        vm.call(&self.func, Args::positional(&call_args)).map(Some)
    }
}

fn two(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    let pos = positional(vm, args, name)?;
    crate::vm::call::check_arity(vm, name, &Args::positional(pos), 2, 2)?;
    Ok((pos[0].clone(), pos[1].clone()))
}

fn new_starmap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, iterable) = two(vm, &args, "starmap")?;
    let source = vm.get_iter(&iterable)?;
    make(vm, &STARMAP, Starmap { func, source })
}

// takewhile, dropwhile, filterfalse

struct Takewhile {
    predicate: Value,
    source: Value,
    stopped: bool,
}

impl NativeIterator for Takewhile {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.stopped {
            return Ok(None);
        }
        let Some(v) = vm.next(&self.source)? else { return Ok(None) };
        let keep = vm.call1(&self.predicate, v.clone())?;
        if vm.truthy(&keep)? {
            return Ok(Some(v));
        }
        self.stopped = true;
        Ok(None)
    }
}

fn new_takewhile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (predicate, iterable) = two(vm, &args, "takewhile")?;
    let source = vm.get_iter(&iterable)?;
    make(vm, &TAKEWHILE, Takewhile { predicate, source, stopped: false })
}

struct Dropwhile {
    predicate: Value,
    source: Value,
    dropping: bool,
}

impl NativeIterator for Dropwhile {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(v) = vm.next(&self.source)? else { return Ok(None) };
            if !self.dropping {
                return Ok(Some(v));
            }
            let drop = vm.call1(&self.predicate, v.clone())?;
            if !vm.truthy(&drop)? {
                self.dropping = false;
                return Ok(Some(v));
            }
        }
    }
}

fn new_dropwhile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (predicate, iterable) = two(vm, &args, "dropwhile")?;
    let source = vm.get_iter(&iterable)?;
    make(vm, &DROPWHILE, Dropwhile { predicate, source, dropping: true })
}

struct Filterfalse {
    predicate: Value,
    source: Value,
}

impl NativeIterator for Filterfalse {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(v) = vm.next(&self.source)? else { return Ok(None) };
            let verdict = if self.predicate.is_none() {
                v.clone()
            } else {
                vm.call1(&self.predicate, v.clone())?
            };
            if !vm.truthy(&verdict)? {
                return Ok(Some(v));
            }
        }
    }
}

fn new_filterfalse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (predicate, iterable) = two(vm, &args, "filterfalse")?;
    let source = vm.get_iter(&iterable)?;
    make(vm, &FILTERFALSE, Filterfalse { predicate, source })
}

// compress(data, selectors)

struct Compress {
    data: Value,
    selectors: Value,
}

impl NativeIterator for Compress {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = vm.next(&self.data)? else { return Ok(None) };
            let Some(s) = vm.next(&self.selectors)? else { return Ok(None) };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

fn new_compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const COMPRESS_ARGS: ClinicSignature = signature("compress", &["data", "selectors"], 2, 2);
    let mut bound = bind_constructor(vm, &args, &COMPRESS_ARGS)?.into_iter();
    let data = bound.next().flatten().unwrap_or(Value::None);
    let selectors = bound.next().flatten().unwrap_or(Value::None);
    let data = vm.get_iter(&data)?;
    let selectors = vm.get_iter(&selectors)?;
    make(vm, &COMPRESS, Compress { data, selectors })
}

// pairwise(iterable)

struct Pairwise {
    source: Option<Value>,
    previous: Option<Value>,
}

impl NativeIterator for Pairwise {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(source) = self.source.clone() else { return Ok(None) };
        if self.previous.is_none() {
            match vm.next(&source)? {
                Some(v) => self.previous = Some(v),
                None => {
                    self.source = None;
                    return Ok(None);
                }
            }
        }
        let Some(v) = vm.next(&source)? else {
            self.source = None;
            self.previous = None;
            return Ok(None);
        };
        let old = self.previous.replace(v.clone()).unwrap_or(Value::None);
        Ok(Some(Value::tuple(vec![old, v])))
    }
}

fn new_pairwise(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = positional(vm, &args, "pairwise")?;
    clinic_arity(vm, "pairwise", pos.len(), 1, 1)?;
    let source = vm.get_iter(&pos[0])?;
    make(vm, &PAIRWISE, Pairwise { source: Some(source), previous: None })
}

// tee(iterable, n=2)

struct TeeShared {
    source: Value,
    items: Vec<Value>,
    done: bool,
}

struct Tee {
    shared: Rc<RefCell<TeeShared>>,
    index: usize,
}

impl NativeIterator for Tee {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let buffered = self.shared.borrow().items.get(self.index).cloned();
        if let Some(v) = buffered {
            self.index += 1;
            return Ok(Some(v));
        }
        if self.shared.borrow().done {
            return Ok(None);
        }
        let source = self.shared.borrow().source.clone();
        match vm.next(&source)? {
            Some(v) => {
                self.shared.borrow_mut().items.push(v.clone());
                self.index += 1;
                Ok(Some(v))
            }
            None => {
                self.shared.borrow_mut().done = true;
                Ok(None)
            }
        }
    }
}

fn tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::no_keywords(vm, "tee", &args)?;
    clinic_arity(vm, "tee", args.pos.len(), 1, 2)?;
    let n = match args.pos.get(1) {
        Some(v) => count_arg(vm, v, "n must be >= 0")?,
        None => 2,
    };
    let source = vm.get_iter(&args.pos[0])?;
    let shared = Rc::new(RefCell::new(TeeShared { source, items: Vec::new(), done: false }));
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(make(vm, &TEE, Tee { shared: shared.clone(), index: 0 })?);
    }
    Ok(Value::tuple(out))
}
