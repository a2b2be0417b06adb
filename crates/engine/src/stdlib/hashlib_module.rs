//! `_hashlib` and `_blake2` (C in CPython: OpenSSL's digests and the `_blake2` module; the
//! library's `hashlib.py` and `hmac.py` sit on them): hash objects (`HASH`, `HASHXOF`,
//! `blake2b`, `blake2s`) with `update`/`digest`/`hexdigest`/`copy`, the `openssl_*`
//! constructors, `new`, `pbkdf2_hmac`, `hmac_digest`, `compare_digest`, with CPython's
//! argument errors. The algorithms are `stdlib::digests`.

use super::digests::{
    pbkdf2_hmac as derive, Algorithm, Blake2Params, Blake2b, Blake2s, Hasher, Hmac,
};
use crate::vm::builtins::arg_i64;
use crate::vm::bytes::buffer;
use crate::vm::call::{check_method, MethodArity};
use crate::vm::modules::native_module;
use crate::vm::native::{native_state, NativeClass, NativeState};
use crate::vm::objects::{BuiltinType, ClassObj, ModuleObj, NativeFn};
use crate::vm::types::new_builtin_class;
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("new", new),
    ("openssl_md5", openssl_md5),
    ("openssl_sha1", openssl_sha1),
    ("openssl_sha224", openssl_sha224),
    ("openssl_sha256", openssl_sha256),
    ("openssl_sha384", openssl_sha384),
    ("openssl_sha512", openssl_sha512),
    ("openssl_sha3_224", openssl_sha3_224),
    ("openssl_sha3_256", openssl_sha3_256),
    ("openssl_sha3_384", openssl_sha3_384),
    ("openssl_sha3_512", openssl_sha3_512),
    ("openssl_shake_128", openssl_shake_128),
    ("openssl_shake_256", openssl_shake_256),
    ("pbkdf2_hmac", pbkdf2_hmac),
    ("hmac_digest", hmac_digest),
    ("compare_digest", compare_digest),
    ("get_fips_mode", get_fips_mode),
];

const HASH_METHODS: &[(&str, NativeFn)] =
    &[("update", update), ("digest", digest), ("hexdigest", hexdigest), ("copy", copy)];

const HASH: NativeClass =
    NativeClass { module: "_hashlib", name: "HASH", methods: HASH_METHODS, new: Some(no_new) };

/// `HASHXOF` subclasses `HASH`; its `digest`/`hexdigest` take a length.
const HASHXOF: NativeClass = NativeClass {
    module: "_hashlib",
    name: "HASHXOF",
    methods: &[("digest", digest), ("hexdigest", hexdigest)],
    new: Some(no_new),
};

/// Hash objects come from the constructors only: `type(h)()` is CPython's error.
fn no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Class(c)) => c.name.to_string(),
        _ => "HASH".to_string(),
    };
    let m = format!("cannot create '_hashlib.{name}' instances");
    Err(vm.new_error(ExcKind::TypeError, &m))
}

const BLAKE2B: NativeClass = NativeClass {
    module: "_blake2",
    name: "blake2b",
    methods: HASH_METHODS,
    new: Some(blake2b_new),
};

const BLAKE2S: NativeClass = NativeClass {
    module: "_blake2",
    name: "blake2s",
    methods: HASH_METHODS,
    new: Some(blake2s_new),
};

/// Hash names OpenSSL knows that Loopscope does not compute: asking for one is "not
/// supported yet", not CPython's "unsupported hash type".
const OPENSSL_ONLY: &[&str] = &["md4", "mdc2", "ripemd", "ripemd160", "rmd160", "sm3", "whirlpool"];

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_hashlib", FUNCTIONS);
    let hash = vm.native_class(&HASH);
    module.set("HASH", Value::Class(hash));
    module.set("HASHXOF", Value::Class(xof_class(vm)));
    module.set("UnsupportedDigestmodError", Value::Class(unsupported_digestmod(vm)));
    module
}

pub fn make_blake2_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_blake2", &[]);
    for (spec, prefix, sizes) in
        [(&BLAKE2B, "BLAKE2B", [16, 16, 64, 64]), (&BLAKE2S, "BLAKE2S", [8, 8, 32, 32])]
    {
        let class = vm.native_class(spec);
        let names = ["SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE", "MAX_DIGEST_SIZE"];
        for (name, size) in names.iter().zip(sizes) {
            class.dict.borrow_mut().insert((*name).into(), Value::Int(size));
            module.set(&format!("{prefix}_{name}"), Value::Int(size));
        }
        module.set(spec.name, Value::Class(class));
    }
    module
}

fn xof_class(vm: &mut Vm) -> Rc<ClassObj> {
    let hash = vm.native_class(&HASH);
    vm.native_class_with_base(&HASHXOF, Some((hash, BuiltinType::Native)))
}

/// `_hashlib.UnsupportedDigestmodError`, a `ValueError`, made once per run.
fn unsupported_digestmod(vm: &mut Vm) -> Rc<ClassObj> {
    if let Some(c) = vm.native_classes.get(&("_hashlib", "UnsupportedDigestmodError")) {
        return c.clone();
    }
    let base = vm.types.exc(ExcKind::ValueError).clone();
    let class = new_builtin_class(
        "UnsupportedDigestmodError",
        "_hashlib",
        vec![base],
        BuiltinType::BaseException,
    );
    vm.native_classes.insert(("_hashlib", "UnsupportedDigestmodError"), class.clone());
    class
}

/// What OpenSSL says of a name it does not know.
fn unsupported_error(vm: &mut Vm) -> PyErr {
    let class = unsupported_digestmod(vm);
    let message = Value::str("[digital envelope routines] unsupported");
    PyErr::Exception(vm.new_exception(&class, vec![message]))
}

/// The algorithm a name stands for; an OpenSSL-only one stops the run as unsupported.
fn algorithm_named(vm: &mut Vm, name: &str, caller: &str) -> PyResult<Algorithm> {
    if let Some(a) = Algorithm::from_name(name) {
        return Ok(a);
    }
    if OPENSSL_ONLY.contains(&name.to_ascii_lowercase().as_str()) {
        return Err(vm.unsupported_now(&format!("{caller}('{name}')")));
    }
    Err(unsupported_error(vm))
}

/// The bytes a hash is fed: CPython's `GET_BUFFER_VIEW_OR_ERROUT` messages.
fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer(v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(not_hashable(vm, v)),
    }
}

fn not_hashable(vm: &Vm, v: &Value) -> PyErr {
    let message = if matches!(v, Value::Str(_)) {
        "Strings must be encoded before hashing"
    } else {
        "object supporting the buffer API required"
    };
    vm.new_error(ExcKind::TypeError, message)
}

/// A bytes-like argument (`y*`): a key, a salt, a password.
fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let name = vm.type_name(v);
            let m = format!("a bytes-like object is required, not '{name}'");
            Err(vm.new_error(ExcKind::TypeError, &m))
        }
    }
}

/// A new hash object for `hasher`: `HASH` or `HASHXOF` (OpenSSL's, also for a BLAKE2 that
/// `_hashlib.new` made) unless `class` says otherwise.
fn hash_object(vm: &mut Vm, hasher: Hasher, class: Option<Rc<ClassObj>>) -> Value {
    let algorithm = hasher.algorithm();
    let class = match class {
        Some(c) => c,
        None if algorithm.is_xof() => xof_class(vm),
        None => vm.native_class(&HASH),
    };
    let digest_size = hasher.digest_size() as i64;
    let v = vm.new_native(class, NativeState::Digest(Box::new(RefCell::new(hasher))));
    if let Value::Instance(inst) = &v {
        // Read-only getters in CPython; plain attributes here.
        let mut d = inst.dict.borrow_mut();
        d.insert("name".into(), Value::str(algorithm.name()));
        d.insert("digest_size".into(), Value::Int(digest_size));
        d.insert("block_size".into(), Value::Int(algorithm.block_size() as i64));
    }
    v
}

/// `<sha256 _hashlib.HASH object @ 0x...>`; `None` (the default repr) for `_blake2`'s.
pub fn hash_repr(v: &Value, hasher: &RefCell<Hasher>) -> Option<String> {
    let Value::Instance(inst) = v else { return None };
    if &*inst.class.module != "_hashlib" {
        return None;
    }
    let address = crate::vm::repr::address_of(v);
    let name = hasher.borrow().algorithm().name();
    Some(format!("<{name} _hashlib.{} object @ {address}>", inst.class.name))
}

/// The `string` argument of a constructor (`name(string=b'', *, usedforsecurity=True)`),
/// after `skip` leading positional ones.
fn constructor_data(vm: &Vm, fname: &str, args: &Args, skip: usize) -> PyResult<Vec<u8>> {
    let pos = &args.pos[skip.min(args.pos.len())..];
    if pos.len() > 1 {
        let m = format!(
            "{fname}() takes at most {} positional argument{} ({} given)",
            skip + 1,
            if skip == 0 { "" } else { "s" },
            args.pos.len()
        );
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    let mut data = pos.first();
    for (k, v) in args.keywords() {
        match k {
            "usedforsecurity" => {}
            "string" if data.is_none() => data = Some(v),
            "string" => {
                let m = format!(
                    "argument for {fname}() given by name ('string') and position ({})",
                    skip + 1
                );
                return Err(vm.new_error(ExcKind::TypeError, &m));
            }
            "name" if skip == 1 => {
                let m = format!("argument for {fname}() given by name ('name') and position (1)");
                return Err(vm.new_error(ExcKind::TypeError, &m));
            }
            _ => {
                let m = format!("'{k}' is an invalid keyword argument for {fname}()");
                return Err(vm.new_error(ExcKind::TypeError, &m));
            }
        }
    }
    match data {
        Some(v) => data_arg(vm, v),
        None => Ok(Vec::new()),
    }
}

fn construct(vm: &mut Vm, algorithm: Algorithm, fname: &str, args: &Args) -> PyResult<Value> {
    let data = constructor_data(vm, fname, args, 0)?;
    let mut hasher = Hasher::new(algorithm);
    hasher.update(&data);
    Ok(hash_object(vm, hasher, None))
}

macro_rules! constructors {
    ($($fname:ident => $alg:ident),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            construct(vm, Algorithm::$alg, stringify!($fname), &args)
        })*
    };
}

constructors! {
    openssl_md5 => Md5,
    openssl_sha1 => Sha1,
    openssl_sha224 => Sha224,
    openssl_sha256 => Sha256,
    openssl_sha384 => Sha384,
    openssl_sha512 => Sha512,
    openssl_sha3_224 => Sha3_224,
    openssl_sha3_256 => Sha3_256,
    openssl_sha3_384 => Sha3_384,
    openssl_sha3_512 => Sha3_512,
    openssl_shake_128 => Shake128,
    openssl_shake_256 => Shake256,
}

/// `_hashlib.new(name, string=b'', *, usedforsecurity=True)`.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.pos.first().or(args.keyword("name")).cloned();
    let Some(name) = name else {
        return Err(
            vm.new_error(ExcKind::TypeError, "new() missing required argument 'name' (pos 1)")
        );
    };
    let skip = usize::from(!args.pos.is_empty());
    let data = constructor_data(vm, "new", &args, skip)?;
    let Some(name) = name.as_str() else {
        return Err(vm.new_error(ExcKind::TypeError, "name must be a string"));
    };
    let algorithm = algorithm_named(vm, name, "hashlib.new")?;
    let mut hasher = Hasher::new(algorithm);
    hasher.update(&data);
    Ok(hash_object(vm, hasher, None))
}

/// The hasher behind a method's receiver.
fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a RefCell<Hasher>> {
    match args.pos.first().and_then(native_state) {
        Some(NativeState::Digest(h)) => Ok(h.as_ref()),
        _ => Err(vm.new_error(ExcKind::TypeError, "descriptor requires a '_hashlib.HASH' object")),
    }
}

/// The class name CPython's argument errors give a method of this hash object: `_blake2`'s
/// own, else OpenSSL's `HASH`.
fn owner(args: &Args) -> &'static str {
    match args.pos.first() {
        Some(Value::Instance(inst)) if &*inst.class.module == "_blake2" => {
            if &*inst.class.name == "blake2s" {
                "blake2s"
            } else {
                "blake2b"
            }
        }
        _ => "HASH",
    }
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let hasher = this(vm, &args)?;
    check_method(vm, owner(&args), "update", &args, MethodArity::One, &[])?;
    // Hashed in place: a loop feeding megabytes should not copy them first.
    let Some(data) = buffer(&args.pos[1]) else {
        return Err(not_hashable(vm, &args.pos[1]));
    };
    hasher.borrow_mut().update(&data);
    Ok(Value::None)
}

/// The digest a `digest()`/`hexdigest()` call asks for: a SHAKE's takes its length.
fn digest_bytes(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Vec<u8>> {
    let hasher = this(vm, args)?;
    if !hasher.borrow().algorithm().is_xof() {
        check_method(vm, owner(args), method, args, MethodArity::NoArgs, &[])?;
        return Ok(hasher.borrow().digest(0));
    }
    check_method(vm, "HASHXOF", method, args, MethodArity::Parsed(0, 1), &["length"])?;
    let Some(length) = args.pos.get(1).or(args.keyword("length")) else {
        let m = format!("{method}() missing required argument 'length' (pos 1)");
        return Err(vm.new_error(ExcKind::TypeError, &m));
    };
    let length = arg_i64(vm, length, "")?;
    if length < 0 {
        let m = "Negative size passed to PyBytes_FromStringAndSize";
        return Err(vm.new_error(ExcKind::SystemError, m));
    }
    let length = length as usize;
    if !crate::memory::fits(length.saturating_mul(2)) {
        return Err(vm.memory_error());
    }
    Ok(hasher.borrow().digest(length))
}

fn digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bytes(digest_bytes(vm, &args, "digest")?))
}

fn hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bytes = digest_bytes(vm, &args, "hexdigest")?;
    Ok(Value::str(&hex(&bytes)))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let hasher = this(vm, &args)?;
    check_method(vm, owner(&args), "copy", &args, MethodArity::NoArgs, &[])?;
    let copied = hasher.borrow().clone();
    let class = match &args.pos[0] {
        Value::Instance(inst) => Some(inst.class.clone()),
        _ => None,
    };
    Ok(hash_object(vm, copied, class))
}

/// A positional-or-keyword argument of a native function.
fn arg<'a>(args: &'a Args, index: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(index).or_else(|| args.keyword(name))
}

fn missing(vm: &Vm, fname: &str, name: &str, pos: usize) -> PyErr {
    let m = format!("{fname}() missing required argument '{name}' (pos {pos})");
    vm.new_error(ExcKind::TypeError, &m)
}

/// More HMAC computations than this in one `pbkdf2_hmac` call would hold the page for
/// minutes: such a call is "not supported yet" rather than a frozen run.
const MAX_PBKDF2_ROUNDS: u64 = 50_000_000;

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const F: &str = "pbkdf2_hmac";
    if args.pos.len() > 5 {
        let m = format!("{F}() takes at most 5 arguments ({} given)", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    let params = ["hash_name", "password", "salt", "iterations", "dklen"];
    if let Some((bad, _)) = args.keywords().find(|(k, _)| !params.contains(k)) {
        let m = format!("'{bad}' is an invalid keyword argument for {F}()");
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    let mut given = Vec::with_capacity(4);
    for (i, name) in params[..4].iter().enumerate() {
        given.push(arg(&args, i, name).ok_or_else(|| missing(vm, F, name, i + 1))?);
    }
    let Some(hash_name) = given[0].as_str() else {
        let name = vm.type_name(given[0]);
        let m = format!("{F}() argument 'hash_name' must be str, not {name}");
        return Err(vm.new_error(ExcKind::TypeError, &m));
    };
    let password = bytes_arg(vm, given[1])?;
    let salt = bytes_arg(vm, given[2])?;
    let iterations = arg_i64(vm, given[3], "")?;
    if iterations < 1 {
        return Err(vm.new_error(ExcKind::ValueError, "iteration value must be greater than 0."));
    }
    if iterations > i64::from(i32::MAX) {
        return Err(vm.new_error(ExcKind::OverflowError, "iteration value is too great."));
    }
    let algorithm = match Algorithm::from_name(hash_name) {
        Some(a) if !a.is_xof() => a,
        _ if OPENSSL_ONLY.contains(&hash_name.to_ascii_lowercase().as_str()) => {
            return Err(vm.unsupported_now(&format!("hashlib.pbkdf2_hmac('{hash_name}')")));
        }
        _ => return Err(unsupported_error(vm)),
    };
    let dklen = match arg(&args, 4, "dklen") {
        None | Some(Value::None) => algorithm.digest_size() as i64,
        Some(v) => arg_i64(vm, v, "")?,
    };
    if dklen < 1 {
        return Err(vm.new_error(ExcKind::ValueError, "key length must be greater than 0."));
    }
    if dklen > i64::from(i32::MAX) {
        return Err(vm.new_error(ExcKind::OverflowError, "key length is too great."));
    }
    let blocks = (dklen as u64).div_ceil(algorithm.digest_size() as u64);
    if blocks.saturating_mul(iterations as u64) > MAX_PBKDF2_ROUNDS {
        let what = format!("hashlib.pbkdf2_hmac with more than {MAX_PBKDF2_ROUNDS} rounds");
        return Err(vm.unsupported_now(&what));
    }
    let prf = Hmac::new(algorithm, &password).ok_or_else(|| unsupported_error(vm))?;
    Ok(Value::bytes(derive(&prf, &salt, iterations as u64, dklen as usize)))
}

/// `hmac_digest(key, msg, digest)`: one HMAC, what `hmac.digest` asks first.
fn hmac_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const F: &str = "hmac_digest";
    let params = ["key", "msg", "digest"];
    if args.pos.len() > 3 {
        let m = format!("{F}() takes at most 3 arguments ({} given)", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    if let Some((bad, _)) = args.keywords().find(|(k, _)| !params.contains(k)) {
        let m = format!("'{bad}' is an invalid keyword argument for {F}()");
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    let mut given = Vec::with_capacity(3);
    for (i, name) in params.iter().enumerate() {
        given.push(arg(&args, i, name).ok_or_else(|| missing(vm, F, name, i + 1))?);
    }
    let key = bytes_arg(vm, given[0])?;
    let msg = bytes_arg(vm, given[1])?;
    let Some(name) = given[2].as_str() else {
        return Err(unsupported_error(vm));
    };
    let algorithm = algorithm_named(vm, name, "hmac.digest")?;
    let mac = Hmac::new(algorithm, &key).ok_or_else(|| unsupported_error(vm))?;
    Ok(Value::bytes(mac.mac(&msg)))
}

/// `compare_digest(a, b)`: two ASCII strs or two bytes-like objects, compared without an
/// early exit (CPython's `_operator._compare_digest`).
pub fn compare_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.new_error(ExcKind::TypeError, "compare_digest() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        let m = format!("compare_digest expected 2 arguments, got {}", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let (left, right) = match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                let m = "comparing strings with non-ASCII characters is not supported";
                return Err(vm.new_error(ExcKind::TypeError, m));
            }
            (x.as_str().as_bytes().to_vec(), y.as_str().as_bytes().to_vec())
        }
        _ => {
            if buffer(a).is_none() && buffer(b).is_none() {
                let m = format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    vm.type_name(a),
                    vm.type_name(b)
                );
                return Err(vm.new_error(ExcKind::TypeError, &m));
            }
            (bytes_arg(vm, a)?, bytes_arg(vm, b)?)
        }
    };
    // Every byte of `right` is read whatever the answer, as CPython does.
    let mut diff = u8::from(left.len() != right.len());
    let padded = if left.len() == right.len() { &left } else { &right };
    for (x, y) in padded.iter().zip(&right) {
        diff |= x ^ y;
    }
    Ok(Value::Bool(diff == 0))
}

fn get_fips_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::check_arity(vm, "get_fips_mode", &args, 0, 0)?;
    Ok(Value::Int(0))
}

/// The limits of one BLAKE2 variant: (name, max digest/key size, salt/person size, max
/// node offset).
struct Variant {
    name: &'static str,
    max_size: i64,
    salt_size: usize,
    max_offset: u64,
}

const B: Variant = Variant { name: "blake2b", max_size: 64, salt_size: 16, max_offset: u64::MAX };
const S: Variant =
    Variant { name: "blake2s", max_size: 32, salt_size: 8, max_offset: (1 << 48) - 1 };

fn blake2b_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let params = blake2_params(vm, &B, &args)?;
    let mut hasher = Hasher::Blake2b(Blake2b::new(&params));
    blake2_finish(vm, &mut hasher, &args)?;
    let class = class_arg(&args);
    Ok(hash_object(vm, hasher, class))
}

fn blake2s_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let params = blake2_params(vm, &S, &args)?;
    let mut hasher = Hasher::Blake2s(Blake2s::new(&params));
    blake2_finish(vm, &mut hasher, &args)?;
    let class = class_arg(&args);
    Ok(hash_object(vm, hasher, class))
}

/// The class `__new__` was called for (a subclass of `blake2b` keeps its class).
fn class_arg(args: &Args) -> Option<Rc<ClassObj>> {
    match args.pos.first() {
        Some(Value::Class(c)) => Some(c.clone()),
        _ => None,
    }
}

/// Feeds the positional `data` (after the class) to a new BLAKE2 hasher.
fn blake2_finish(vm: &mut Vm, hasher: &mut Hasher, args: &Args) -> PyResult<()> {
    if let Some(data) = args.pos.get(1) {
        let data = data_arg(vm, data)?;
        hasher.update(&data);
    }
    Ok(())
}

/// `blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
/// node_offset, node_depth, inner_size, last_node, usedforsecurity)`, checked in CPython's
/// order with its messages.
fn blake2_params(vm: &mut Vm, v: &Variant, args: &Args) -> PyResult<Blake2Params> {
    const KEYWORDS: &[&str] = &[
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
    ];
    let given = args.pos.len().saturating_sub(1);
    if given > 1 {
        let m = format!("{}() takes at most 1 positional argument ({given} given)", v.name);
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    if let Some((bad, _)) = args.keywords().find(|(k, _)| !KEYWORDS.contains(k)) {
        let m = format!("'{bad}' is an invalid keyword argument for {}()", v.name);
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    let int = |vm: &mut Vm, name: &str, default: i64| match args.keyword(name) {
        Some(x) => arg_i64(vm, x, ""),
        None => Ok(default),
    };
    let bytes = |vm: &mut Vm, name: &str| match args.keyword(name) {
        Some(x) => bytes_arg(vm, x),
        None => Ok(Vec::new()),
    };
    let value_error = |vm: &Vm, m: &str| vm.new_error(ExcKind::ValueError, m);
    let mut p = Blake2Params::defaults(v.max_size as usize);
    let digest_size = int(vm, "digest_size", v.max_size)?;
    if !(1..=v.max_size).contains(&digest_size) {
        let m = format!("digest_size must be between 1 and {} bytes", v.max_size);
        return Err(value_error(vm, &m));
    }
    p.digest_size = digest_size as usize;
    p.salt = bytes(vm, "salt")?;
    if p.salt.len() > v.salt_size {
        let m = format!("maximum salt length is {} bytes", v.salt_size);
        return Err(value_error(vm, &m));
    }
    p.person = bytes(vm, "person")?;
    if p.person.len() > v.salt_size {
        let m = format!("maximum person length is {} bytes", v.salt_size);
        return Err(value_error(vm, &m));
    }
    let fanout = int(vm, "fanout", 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(value_error(vm, "fanout must be between 0 and 255"));
    }
    p.fanout = fanout as u8;
    let depth = int(vm, "depth", 1)?;
    if !(1..=255).contains(&depth) {
        return Err(value_error(vm, "depth must be between 1 and 255"));
    }
    p.depth = depth as u8;
    let leaf_size = int(vm, "leaf_size", 0)?;
    if leaf_size < 0 {
        return Err(value_error(vm, "value must be positive"));
    }
    p.leaf_size = u32::try_from(leaf_size)
        .map_err(|_| vm.new_error(ExcKind::OverflowError, "leaf_size is too large"))?;
    let node_offset = int(vm, "node_offset", 0)?;
    if node_offset < 0 {
        return Err(value_error(vm, "value must be positive"));
    }
    if node_offset as u64 > v.max_offset {
        return Err(vm.new_error(ExcKind::OverflowError, "node_offset is too large"));
    }
    p.node_offset = node_offset as u64;
    let node_depth = int(vm, "node_depth", 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(value_error(vm, "node_depth must be between 0 and 255"));
    }
    p.node_depth = node_depth as u8;
    let inner_size = int(vm, "inner_size", 0)?;
    if !(0..=v.max_size).contains(&inner_size) {
        let m = format!("inner_size must be between 0 and is {}", v.max_size);
        return Err(value_error(vm, &m));
    }
    p.inner_size = inner_size as u8;
    p.key = bytes(vm, "key")?;
    if p.key.len() > v.max_size as usize {
        let m = format!("maximum key length is {} bytes", v.max_size);
        return Err(value_error(vm, &m));
    }
    p.last_node = match args.keyword("last_node") {
        Some(x) => vm.truthy(x)?,
        None => false,
    };
    Ok(p)
}

/// `os.urandom(size)`: bytes from the run's own generator, seeded the same way in every run
/// (a run is a pure function of the program; CPython's come from the kernel).
pub fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::check_arity(vm, "urandom", &args, 1, 1)?;
    crate::vm::call::no_keywords(vm, "urandom", &args)?;
    let size = arg_i64(vm, &args.pos[0], "")?;
    if size < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "negative argument not allowed"));
    }
    if !crate::memory::fits(size as usize) {
        return Err(vm.memory_error());
    }
    let bytes = vm.urandom.randbytes(size).map_err(|e| super::modules_common::to_pyerr(vm, e))?;
    Ok(Value::bytes(bytes))
}
