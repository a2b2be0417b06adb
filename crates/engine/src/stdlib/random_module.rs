//! The `random` module: CPython's Mersenne Twister and algorithms (`random.rs`), seeded with 0
//! unless the program seeds it, so seeded output matches CPython's.

use super::modules_common::to_pyerr;
use crate::compiler::code::BinOp;
use crate::vm::builtins::{arg_i64, small_int};
use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native::{native_state, NativeClass, NativeState};
use crate::vm::numbers::to_bigint;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("uniform", uniform),
    ("randint", randint),
    ("randrange", randrange),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("getrandbits", getrandbits),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("expovariate", expovariate),
    ("triangular", triangular),
    ("lognormvariate", lognormvariate),
    ("vonmisesvariate", vonmisesvariate),
    ("gammavariate", gammavariate),
    ("betavariate", betavariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
    ("randbytes", randbytes),
    ("getstate", getstate),
    ("setstate", setstate),
];

/// `random.Random`: each method is the module function of the same name, run with the
/// instance's generator in place of the module's.
const RANDOM: NativeClass = NativeClass {
    module: "random",
    name: "Random",
    methods: &[
        ("seed", method_seed),
        ("random", method_random),
        ("uniform", method_uniform),
        ("randint", method_randint),
        ("randrange", method_randrange),
        ("choice", method_choice),
        ("choices", method_choices),
        ("shuffle", method_shuffle),
        ("sample", method_sample),
        ("getrandbits", method_getrandbits),
        ("gauss", method_gauss),
        ("normalvariate", method_normalvariate),
        ("expovariate", method_expovariate),
        ("triangular", method_triangular),
        ("lognormvariate", method_lognormvariate),
        ("vonmisesvariate", method_vonmisesvariate),
        ("gammavariate", method_gammavariate),
        ("betavariate", method_betavariate),
        ("paretovariate", method_paretovariate),
        ("weibullvariate", method_weibullvariate),
        ("randbytes", method_randbytes),
        ("getstate", method_getstate),
        ("setstate", method_setstate),
    ],
    new: Some(new_random),
};

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("random", FUNCTIONS);
    module.set("Random", Value::Class(vm.native_class(&RANDOM)));
    module
}

/// `Random(x=None)`: a generator seeded as `seed(x)` seeds (CPython seeds `Random()` from the
/// OS; Loopscope's world has no entropy, so it is seeded with 0 like the module).
fn new_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.pos.first() else {
        return Err(vm.new_error(ExcKind::TypeError, "Random.__new__(X): X is not a type object"));
    };
    let instance = vm.new_native(class.clone(), NativeState::Random(RefCell::new(Box::default())));
    let mut pos = vec![instance.clone()];
    pos.extend_from_slice(&args.pos[1..]);
    method_seed(vm, Args { pos: &pos, ..args })?;
    Ok(instance)
}

/// Runs the module function `f` with the instance's generator swapped in.
fn with_instance(vm: &mut Vm, args: Args, f: NativeFn) -> PyResult<Value> {
    let Some(NativeState::Random(rng)) = args.pos.first().and_then(native_state) else {
        return Err(vm.new_error(ExcKind::TypeError, "a random.Random instance is required"));
    };
    std::mem::swap(&mut vm.random, &mut **rng.borrow_mut());
    let r = f(vm, Args { pos: &args.pos[1..], ..args });
    std::mem::swap(&mut vm.random, &mut **rng.borrow_mut());
    r
}

macro_rules! methods {
    ($($method:ident => $function:ident),* $(,)?) => {
        $(fn $method(vm: &mut Vm, args: Args) -> PyResult<Value> {
            with_instance(vm, args, $function)
        })*
    };
}

methods! {
    method_seed => seed,
    method_random => random,
    method_uniform => uniform,
    method_randint => randint,
    method_randrange => randrange,
    method_choice => choice,
    method_choices => choices,
    method_shuffle => shuffle,
    method_sample => sample,
    method_getrandbits => getrandbits,
    method_gauss => gauss,
    method_normalvariate => normalvariate,
    method_expovariate => expovariate,
    method_triangular => triangular,
    method_lognormvariate => lognormvariate,
    method_vonmisesvariate => vonmisesvariate,
    method_gammavariate => gammavariate,
    method_betavariate => betavariate,
    method_paretovariate => paretovariate,
    method_weibullvariate => weibullvariate,
    method_randbytes => randbytes,
    method_getstate => getstate,
    method_setstate => setstate,
}

fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    match crate::vm::builtin_subclass::number_of(v) {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => Ok(num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY)),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("must be real number, not {}", vm.type_name(other)),
        )),
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match &vm.indexed(v)? {
        Value::Float(f) => super::random::randrange_float_arg(*f, 0).map_err(|e| to_pyerr(vm, e)),
        other => to_bigint(other).ok_or_else(|| {
            vm.new_error(
                ExcKind::TypeError,
                &format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)),
            )
        }),
    }
}

/// A `randrange` (or `randint`) argument, `position` 0, 1 or 2 for start, stop and step, as
/// 3.11 takes it: an int, or a finite float with a DeprecationWarning first (an integral one
/// is then used, any other raises ValueError).
fn randrange_arg(vm: &mut Vm, v: &Value, position: usize) -> PyResult<BigInt> {
    if let Value::Float(f) = vm.indexed(v)? {
        if f.is_finite() {
            let message = if f.fract() == 0.0 {
                "non-integer arguments to randrange() have been deprecated since Python 3.10 \
                 and will be removed in a subsequent version"
            } else {
                "randrange() will raise TypeError in the future"
            };
            vm.warn(ExcKind::DeprecationWarning, message)?;
        }
    }
    randrange_int(vm, v, position)
}

/// `randrange_arg` without the warning: what `randint` passes on, where CPython's warning is
/// attributed to `random.py` and so not shown.
fn randrange_int(vm: &mut Vm, v: &Value, position: usize) -> PyResult<BigInt> {
    match vm.indexed(v)? {
        Value::Float(f) => {
            super::random::randrange_float_arg(f, position).map_err(|e| to_pyerr(vm, e))
        }
        _ => int_arg(vm, v),
    }
}

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(
        vm,
        &args,
        "seed",
        &[("a", Some(Value::None)), ("version", Some(Value::Int(2)))],
    )?;
    let args = Args::positional(&pos);
    match args.pos.first() {
        None | Some(Value::None) => vm.random.seed_i64(0),
        Some(Value::Str(s)) => vm.random.seed_str(s.as_str()),
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
            let data = crate::vm::bytes::buffer(v).map(|b| b.to_vec()).unwrap_or_default();
            vm.random.seed_bytes(&data);
        }
        Some(Value::Float(f)) => vm.random.seed_float(*f),
        Some(v) => match to_bigint(v) {
            Some(n) => vm.random.seed_int(&n),
            None => return Err(vm.new_error(
                ExcKind::TypeError,
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        },
    }
    Ok(Value::None)
}

/// The arguments of `Random.<method>`, a Python method in CPython: keywords moved to their
/// parameters' positions (`sample(pop, k=2)`), a parameter skipped before a keyword given
/// its default, so the functions below read positions only. Too many or too few fail here,
/// in the words of binding a Python method's parameters: the functions need not count.
fn named_args(
    vm: &Vm,
    args: &Args,
    method: &str,
    params: &[(&str, Option<Value>)],
) -> PyResult<Vec<Value>> {
    if args.pos.len() > params.len() {
        // Counted as CPython counts a Python method's arguments: `self` included.
        let required = required_count(params) + 1;
        let (most, given) = (params.len() + 1, args.pos.len() + 1);
        let takes =
            if required == most { format!("{most}") } else { format!("from {required} to {most}") };
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("Random.{method}() takes {takes} positional arguments but {given} were given"),
        ));
    }
    let mut slots: Vec<Option<Value>> = args.pos.iter().cloned().map(Some).collect();
    for (name, value) in args.keywords() {
        let Some(i) = params.iter().position(|(p, _)| *p == name) else {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("Random.{method}() got an unexpected keyword argument '{name}'"),
            ));
        };
        if slots.get(i).is_some_and(Option::is_some) {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("Random.{method}() got multiple values for argument '{name}'"),
            ));
        }
        if slots.len() <= i {
            slots.resize(i + 1, None);
        }
        slots[i] = Some(value.clone());
    }
    // Every required parameter is filled (a later default stays unfilled: the functions
    // below read only the positions given).
    slots.resize(slots.len().max(required_count(params)), None);
    let mut out = Vec::with_capacity(slots.len());
    let mut missing = Vec::new();
    for (i, slot) in slots.into_iter().enumerate() {
        match slot.or_else(|| params[i].1.clone()) {
            Some(v) => out.push(v),
            None => missing.push(format!("'{}'", params[i].0)),
        }
    }
    if !missing.is_empty() {
        let n = missing.len();
        let plural = if n == 1 { "" } else { "s" };
        let names = crate::vm::py_signature::name_list(&missing);
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("Random.{method}() missing {n} required positional argument{plural}: {names}"),
        ));
    }
    Ok(out)
}

/// How many leading parameters have no default.
fn required_count(params: &[(&str, Option<Value>)]) -> usize {
    params.iter().take_while(|(_, default)| default.is_none()).count()
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "random", &args, 0, 0)?;
    Ok(Value::Float(vm.random.random()))
}

fn uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "uniform", &[("a", None), ("b", None)])?;
    let plain = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::BigInt(_));
    if plain(&pos[0]) && plain(&pos[1]) {
        let (a, b) = (float_arg(vm, &pos[0])?, float_arg(vm, &pos[1])?);
        return Ok(Value::Float(vm.random.uniform(a, b)));
    }
    // CPython's `a + (b - a) * self.random()` in Python arithmetic: a Fraction or a Decimal
    // meets float as it would there (and `b - a` fails before a number is drawn).
    let span = vm.binary_op(BinOp::Sub, &pos[1], &pos[0], false)?;
    let drawn = Value::Float(vm.random.random());
    let scaled = vm.binary_op(BinOp::Mul, &span, &drawn, false)?;
    vm.binary_op(BinOp::Add, &pos[0], &scaled, false)
}

fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "randint", &[("a", None), ("b", None)])?;
    let args = Args::positional(&pos);
    let (a, b) = (randrange_int(vm, &args.pos[0], 0)?, randrange_int(vm, &args.pos[1], 1)?);
    let r = vm.random.randint(&a, &b).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::from_bigint(r))
}

fn randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(
        vm,
        &args,
        "randrange",
        &[("start", None), ("stop", Some(Value::None)), ("step", Some(Value::Int(1)))],
    )?;
    let args = Args::positional(&pos);
    let start = randrange_arg(vm, &args.pos[0], 0)?;
    let stop = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(randrange_arg(vm, v, 1)?),
    };
    let step = match args.pos.get(2) {
        Some(v) => randrange_arg(vm, v, 2)?,
        None => BigInt::from(1),
    };
    let r = vm.random.randrange(&start, stop.as_ref(), &step).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::from_bigint(r))
}

fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "choice", &[("seq", None)])?;
    let args = Args::positional(&pos);
    let seq = &args.pos[0];
    let n = vm.len_of(seq)?;
    let i = vm.random.choice(n).map_err(|e| to_pyerr(vm, e))?;
    vm.get_item(seq, &Value::Int(i as i64))
}

fn choices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(population) = args.pos.first().or(args.keyword("population")).cloned() else {
        let message = "Random.choices() missing 1 required positional argument: 'population'";
        return Err(vm.new_error(ExcKind::TypeError, message));
    };
    let items = vm.collect(&population)?;
    // `_repeat(None, k)` takes an index only (a float is a TypeError); a negative k is none.
    let k = match args.keyword("k") {
        Some(v) => arg_i64(vm, v, "")?.max(0),
        None => 1,
    };
    let floats = |vm: &mut Vm, v: &Value| -> PyResult<Vec<f64>> {
        let list = vm.collect(v)?;
        list.iter().map(|x| float_arg(vm, x)).collect()
    };
    let weights = args.keyword("weights").or(args.pos.get(1)).cloned().filter(|w| !w.is_none());
    let cum = args.keyword("cum_weights").cloned().filter(|w| !w.is_none());
    let indices = match (weights, cum) {
        (Some(_), Some(_)) => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "Cannot specify both weights and cumulative weights",
            ))
        }
        (Some(w), None) => {
            let w = floats(vm, &w)?;
            vm.random.choices_weighted(items.len(), k, &w)
        }
        (None, Some(c)) => {
            let c = floats(vm, &c)?;
            vm.random.choices(items.len(), k, Some(&c))
        }
        (None, None) => vm.random.choices(items.len(), k, None),
    }
    .map_err(|e| to_pyerr(vm, e))?;
    let mut out = Vec::with_capacity(indices.len());
    for i in indices {
        match items.get(i) {
            Some(v) => out.push(v.clone()),
            None => return Err(vm.new_error(ExcKind::IndexError, "list index out of range")),
        }
    }
    vm.new_list(out)
}

fn shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "shuffle", &[("x", None)])?;
    let args = Args::positional(&pos);
    let x = &args.pos[0];
    let plain_list = match x {
        Value::List(l) => Some(l.clone()),
        // A list subclass that leaves item access to list (`class Deck(list)`).
        Value::Instance(inst)
            if inst.class.lookup_user("__getitem__").is_none()
                && inst.class.lookup_user("__setitem__").is_none() =>
        {
            match crate::vm::builtin_subclass::base_of(x) {
                Some(Value::List(l)) => Some(l.clone()),
                _ => None,
            }
        }
        _ => None,
    };
    if let Some(l) = plain_list {
        let mut items = std::mem::take(&mut *l.items.borrow_mut());
        vm.random.shuffle(&mut items);
        *l.items.borrow_mut() = items;
        return Ok(Value::None);
    }
    // Any other mutable sequence (a deque, a UserList): CPython's loop, swapping through
    // item access with the same draws.
    let n = vm.len_of(x)?;
    for i in (1..n).rev() {
        let j = vm.random.randbelow_usize(i + 1);
        let (at_i, at_j) = (Value::Int(i as i64), Value::Int(j as i64));
        let (a, b) = (vm.get_item(x, &at_j)?, vm.get_item(x, &at_i)?);
        vm.set_item(x, at_i, a)?;
        vm.set_item(x, at_j, b)?;
    }
    Ok(Value::None)
}

/// `isinstance(population, collections.abc.Sequence)`, which `sample` asks first.
fn is_sequence(vm: &mut Vm, population: &Value) -> PyResult<bool> {
    Ok(match population {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Range(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::MemoryView(_) => true,
        Value::Instance(_) => {
            let abc = vm.import_module("collections.abc")?;
            let sequence = vm.get_attr(&abc, "Sequence")?;
            vm.is_instance(population, &sequence)?
        }
        _ => false,
    })
}

fn sample(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `counts` is keyword-only (a Python method: `self` is counted).
    if args.pos.len() > 2 {
        let given = args.pos.len() + 1;
        let msg = format!("Random.sample() takes 3 positional arguments but {given} were given");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let params = [("population", None), ("k", None), ("counts", Some(Value::None))];
    let mut pos = named_args(vm, &args, "sample", &params)?;
    let counts = if pos.len() == 3 { pos.pop().unwrap_or(Value::None) } else { Value::None };
    let args = Args::positional(&pos);
    let population = &args.pos[0];
    if !counts.is_none() {
        return sample_with_counts(vm, population, &args.pos[1], &counts);
    }
    if !is_sequence(vm, population)? {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let k = small_int(&args.pos[1]).unwrap_or(0);
    // A range is indexed, never listed: `sample(range(10**9), 3)` is three picks.
    if let Value::Range(r) = population {
        let picks = vm.random.sample(r.len() as usize, k).map_err(|e| to_pyerr(vm, e))?;
        let out = picks.into_iter().map(|i| Value::Int(r.start + i as i64 * r.step)).collect();
        return vm.new_list(out);
    }
    let items = vm.collect(population)?;
    let picks = vm.random.sample(items.len(), k).map_err(|e| to_pyerr(vm, e))?;
    let out = picks.into_iter().map(|i| items[i].clone()).collect();
    vm.new_list(out)
}

/// `sample(population, k, counts=...)`: each element repeated its count of times, sampled
/// as CPython does it, through a sample of `range(total)` mapped back by bisection.
fn sample_with_counts(
    vm: &mut Vm,
    population: &Value,
    k: &Value,
    counts: &Value,
) -> PyResult<Value> {
    let items = vm.collect(population)?;
    let counts = vm.collect(counts)?;
    if counts.len() != items.len() {
        let msg = "The number of counts does not match the population";
        return Err(vm.new_error(ExcKind::ValueError, msg));
    }
    let mut cumulative: Vec<i64> = Vec::with_capacity(counts.len());
    for count in &counts {
        let Some(c) = small_int(count) else {
            return Err(vm.new_error(ExcKind::TypeError, "Counts must be integers"));
        };
        cumulative.push(cumulative.last().copied().unwrap_or(0) + c);
    }
    let total = cumulative.pop().unwrap_or(0);
    if total <= 0 {
        let msg = "Total of counts must be greater than zero";
        return Err(vm.new_error(ExcKind::ValueError, msg));
    }
    let k = small_int(k).unwrap_or(0);
    let picks = vm.random.sample(total as usize, k).map_err(|e| to_pyerr(vm, e))?;
    let out = picks
        .into_iter()
        .map(|s| items[cumulative.partition_point(|&c| c <= s as i64)].clone())
        .collect();
    vm.new_list(out)
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A method written in C in CPython: positional only.
    crate::vm::call::no_keywords(vm, "Random.getrandbits", &args)?;
    check_arity(vm, "getrandbits", &args, 1, 1)?;
    let k = arg_i64(vm, &args.pos[0], "")?;
    let bits = vm.random.getrandbits(k).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::from_bigint(BigInt::from(bits)))
}

/// The float parameters of a distribution method, by name, with their defaults (`None`:
/// required).
fn float_params<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    params: [(&str, Option<f64>); N],
) -> PyResult<[f64; N]> {
    let named = params.map(|(p, default)| (p, default.map(Value::Float)));
    let pos = named_args(vm, args, name, &named)?;
    let args = &Args::positional(&pos);
    let mut out = [0.0; N];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = match args.pos.get(i) {
            Some(v) => float_arg(vm, v)?,
            None => params[i].1.unwrap_or(0.0),
        };
    }
    Ok(out)
}

/// A distribution's draw as a Python float, or its error.
fn drawn(vm: &Vm, r: Result<f64, super::StdlibError>) -> PyResult<Value> {
    r.map(Value::Float).map_err(|e| to_pyerr(vm, e))
}

fn gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, sigma] = float_params(vm, &args, "gauss", [("mu", Some(0.0)), ("sigma", Some(1.0))])?;
    let r = vm.random.gauss(mu, sigma);
    drawn(vm, r)
}

fn normalvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let params = [("mu", Some(0.0)), ("sigma", Some(1.0))];
    let [mu, sigma] = float_params(vm, &args, "normalvariate", params)?;
    let r = vm.random.normalvariate(mu, sigma);
    drawn(vm, r)
}

fn lognormvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, sigma] = float_params(vm, &args, "lognormvariate", [("mu", None), ("sigma", None)])?;
    let r = vm.random.lognormvariate(mu, sigma);
    drawn(vm, r)
}

fn vonmisesvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, kappa] = float_params(vm, &args, "vonmisesvariate", [("mu", None), ("kappa", None)])?;
    let r = vm.random.vonmisesvariate(mu, kappa);
    drawn(vm, r)
}

fn gammavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha, beta] = float_params(vm, &args, "gammavariate", [("alpha", None), ("beta", None)])?;
    let r = vm.random.gammavariate(alpha, beta);
    drawn(vm, r)
}

fn betavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha, beta] = float_params(vm, &args, "betavariate", [("alpha", None), ("beta", None)])?;
    let r = vm.random.betavariate(alpha, beta);
    drawn(vm, r)
}

fn paretovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha] = float_params(vm, &args, "paretovariate", [("alpha", None)])?;
    let r = vm.random.paretovariate(alpha);
    drawn(vm, r)
}

fn weibullvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let params = [("alpha", None), ("beta", None)];
    let [alpha, beta] = float_params(vm, &args, "weibullvariate", params)?;
    let r = vm.random.weibullvariate(alpha, beta);
    drawn(vm, r)
}

/// `randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes, as `random.py` does.
fn randbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "randbytes", &[("n", None)])?;
    let args = Args::positional(&pos);
    // `getrandbits(n * 8)`: a float n is refused there.
    let n = arg_i64(vm, &args.pos[0], "")?;
    let bits = vm.random.getrandbits(n.saturating_mul(8)).map_err(|e| to_pyerr(vm, e))?;
    let mut bytes = bits.to_bytes_le();
    bytes.resize(n as usize, 0);
    Ok(Value::bytes(bytes))
}

/// `getstate()`: `(3, (624 state words..., position), gauss_next)`.
fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getstate", &args, 0, 0)?;
    let words = vm.random.state_words().into_iter().map(|w| Value::Int(w as i64)).collect();
    let gauss_next = vm.random.gauss_next().map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![Value::Int(3), Value::tuple(words), gauss_next]))
}

/// `setstate(state)`: a state `getstate()` made (version 3 only, as CPython 3.11 accepts
/// besides the long-gone version 2).
fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "setstate", &[("state", None)])?;
    let args = Args::positional(&pos);
    let state = vm.collect(&args.pos[0])?;
    let version = state.first().cloned().unwrap_or(Value::None);
    // Version 2 saved the words as signed ints; they are taken modulo 2**32.
    let signed_words = matches!(version, Value::Int(2));
    if !matches!(version, Value::Int(2 | 3)) || state.len() != 3 {
        let shown = vm.str_of(&version)?;
        let msg = format!("state with version {shown} passed to Random.setstate() of version 3");
        return Err(vm.new_error(ExcKind::ValueError, &msg));
    }
    let Value::Tuple(words) = &state[1] else {
        return Err(vm.new_error(ExcKind::TypeError, "state vector must be a tuple"));
    };
    let mut raw = Vec::with_capacity(words.items.len());
    for w in words.items.iter() {
        match small_int(w) {
            Some(w) if signed_words => raw.push(w.rem_euclid(1 << 32) as u64),
            Some(w) if w >= 0 => raw.push(w as u64),
            Some(_) => {
                let msg = "can't convert negative int to unsigned";
                return Err(vm.new_error(ExcKind::OverflowError, msg));
            }
            None => {
                let msg = format!("an integer is required (got type {})", vm.type_name(w));
                return Err(vm.new_error(ExcKind::TypeError, &msg));
            }
        }
    }
    let gauss_next = match &state[2] {
        Value::None => None,
        v => Some(float_arg(vm, v)?),
    };
    vm.random.set_state(&raw, gauss_next).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::None)
}

fn expovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "expovariate", &[("lambd", None)])?;
    let args = Args::positional(&pos);
    let lambd = float_arg(vm, &args.pos[0])?;
    vm.random.expovariate(lambd).map(Value::Float).map_err(|e| to_pyerr(vm, e))
}

fn triangular(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(
        vm,
        &args,
        "triangular",
        &[
            ("low", Some(Value::Float(0.0))),
            ("high", Some(Value::Float(1.0))),
            ("mode", Some(Value::None)),
        ],
    )?;
    let args = Args::positional(&pos);
    let low = match args.pos.first() {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    let high = match args.pos.get(1) {
        Some(v) => float_arg(vm, v)?,
        None => 1.0,
    };
    let mode = match args.pos.get(2) {
        Some(Value::None) | None => None,
        Some(v) => Some(float_arg(vm, v)?),
    };
    let drawn = vm.random.triangular(low, high, mode);
    if mode.is_some() && high - low == 0.0 {
        // CPython's `except ZeroDivisionError: return low`: the argument as given (an int
        // stays an int).
        return Ok(args.pos[0].clone());
    }
    Ok(Value::Float(drawn))
}
