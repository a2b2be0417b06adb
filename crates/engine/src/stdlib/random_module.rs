//! The `random` module: CPython's Mersenne Twister and algorithms (`random.rs`), seeded with 0
//! unless the program seeds it, so seeded output matches CPython's.

use super::modules_common::to_pyerr;
use crate::vm::builtins::small_int;
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

fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Float(f) => super::random::randrange_float_arg(*f, 0).map_err(|e| to_pyerr(vm, e)),
        other => to_bigint(other).ok_or_else(|| {
            vm.new_error(
                ExcKind::TypeError,
                &format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)),
            )
        }),
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
    check_arity(vm, "seed", &args, 0, 2)?;
    match args.pos.first() {
        None | Some(Value::None) => vm.random.seed_i64(0),
        Some(Value::Str(s)) => vm.random.seed_str(s.as_str()),
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
/// its default, so the functions below read positions only.
fn named_args(
    vm: &Vm,
    args: &Args,
    method: &str,
    params: &[(&str, Option<Value>)],
) -> PyResult<Vec<Value>> {
    if !args.has_keywords() {
        return Ok(args.pos.to_vec());
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
    let mut out = Vec::with_capacity(slots.len());
    for (i, slot) in slots.into_iter().enumerate() {
        match slot.or_else(|| params[i].1.clone()) {
            Some(v) => out.push(v),
            None => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "Random.{method}() missing 1 required positional argument: '{}'",
                        params[i].0
                    ),
                ))
            }
        }
    }
    Ok(out)
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "random", &args, 0, 0)?;
    Ok(Value::Float(vm.random.random()))
}

fn uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "uniform", &[("a", None), ("b", None)])?;
    let args = Args::positional(&pos);
    check_arity(vm, "uniform", &args, 2, 2)?;
    let (a, b) = (float_arg(vm, &args.pos[0])?, float_arg(vm, &args.pos[1])?);
    Ok(Value::Float(vm.random.uniform(a, b)))
}

fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "randint", &[("a", None), ("b", None)])?;
    let args = Args::positional(&pos);
    check_arity(vm, "randint", &args, 2, 2)?;
    let (a, b) = (int_arg(vm, &args.pos[0])?, int_arg(vm, &args.pos[1])?);
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
    check_arity(vm, "randrange", &args, 1, 3)?;
    let start = int_arg(vm, &args.pos[0])?;
    let stop = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    let step = match args.pos.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => BigInt::from(1),
    };
    let r = vm.random.randrange(&start, stop.as_ref(), &step).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::from_bigint(r))
}

fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "choice", &[("seq", None)])?;
    let args = Args::positional(&pos);
    check_arity(vm, "choice", &args, 1, 1)?;
    let seq = &args.pos[0];
    let n = vm.len_of(seq)?;
    let i = vm.random.choice(n).map_err(|e| to_pyerr(vm, e))?;
    vm.get_item(seq, &Value::Int(i as i64))
}

fn choices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let population = args.pos.first().cloned().unwrap_or(Value::None);
    let items = vm.collect(&population)?;
    let k = match args.keyword("k") {
        Some(v) => small_int(v).unwrap_or(1),
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
    check_arity(vm, "shuffle", &args, 1, 1)?;
    match &args.pos[0] {
        Value::List(l) => {
            let mut items = std::mem::take(&mut *l.items.borrow_mut());
            vm.random.shuffle(&mut items);
            *l.items.borrow_mut() = items;
            Ok(Value::None)
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'{}' object does not support item assignment", vm.type_name(other)),
        )),
    }
}

fn sample(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "sample", &[("population", None), ("k", None)])?;
    let args = Args::positional(&pos);
    check_arity(vm, "sample", &args, 2, 2)?;
    let population = &args.pos[0];
    if matches!(population, Value::Set(_) | Value::Dict(_)) {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let items = vm.collect(population)?;
    let k = small_int(&args.pos[1]).unwrap_or(0);
    let picks = vm.random.sample(items.len(), k).map_err(|e| to_pyerr(vm, e))?;
    let out = picks.into_iter().map(|i| items[i].clone()).collect();
    vm.new_list(out)
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A method written in C in CPython: positional only.
    crate::vm::call::no_keywords(vm, "Random.getrandbits", &args)?;
    check_arity(vm, "getrandbits", &args, 1, 1)?;
    let k = small_int(&args.pos[0]).unwrap_or(-1);
    let bits = vm.random.getrandbits(k).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::from_bigint(BigInt::from(bits)))
}

fn two_floats(vm: &mut Vm, args: &Args, name: &str, defaults: (f64, f64)) -> PyResult<(f64, f64)> {
    let params =
        [("mu", Some(Value::Float(defaults.0))), ("sigma", Some(Value::Float(defaults.1)))];
    let pos = named_args(vm, args, name, &params)?;
    let args = &Args::positional(&pos);
    check_arity(vm, name, args, 0, 2)?;
    let a = match args.pos.first() {
        Some(v) => float_arg(vm, v)?,
        None => defaults.0,
    };
    let b = match args.pos.get(1) {
        Some(v) => float_arg(vm, v)?,
        None => defaults.1,
    };
    Ok((a, b))
}

fn gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (mu, sigma) = two_floats(vm, &args, "gauss", (0.0, 1.0))?;
    vm.random.gauss(mu, sigma).map(Value::Float).map_err(|e| to_pyerr(vm, e))
}

fn normalvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (mu, sigma) = two_floats(vm, &args, "normalvariate", (0.0, 1.0))?;
    vm.random.normalvariate(mu, sigma).map(Value::Float).map_err(|e| to_pyerr(vm, e))
}

fn expovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = named_args(vm, &args, "expovariate", &[("lambd", None)])?;
    let args = Args::positional(&pos);
    check_arity(vm, "expovariate", &args, 1, 1)?;
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
    check_arity(vm, "triangular", &args, 0, 3)?;
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
    Ok(Value::Float(vm.random.triangular(low, high, mode)))
}
