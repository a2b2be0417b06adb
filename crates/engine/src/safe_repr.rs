//! Short reprs for the trace (locals, results) that never run the program's code: a user
//! `__repr__` could print or raise, and recording must not change what the program does.

use crate::vm::value::Value;
use loopscope_pyfmt as pyfmt;
use std::fmt::Write as _;

/// Longest repr kept in the trace; longer ones end with `...`.
pub const MAX_REPR: usize = 80;

/// A repr of `v` of at most about `MAX_REPR` characters.
pub fn safe_repr(v: &Value) -> String {
    let mut out = String::new();
    safe_repr_into(v, &mut out);
    out
}

/// `safe_repr(v)` written into `out` (emptied first): the trace renders every local this way,
/// and reusing one buffer saves an allocation per value.
pub fn safe_repr_into(v: &Value, out: &mut String) {
    out.clear();
    write(v, out, 0, TRACE);
    truncate(out);
}

/// How far a repr goes: characters written before it stops, nesting depth.
#[derive(Clone, Copy)]
struct Limits {
    chars: usize,
    depth: usize,
}

const TRACE: Limits = Limits { chars: MAX_REPR * 2, depth: 2 };

/// The repr of an exception as CPython prints it in "exception=..." of a dying task or
/// future (never truncated there): nested exception groups in full, within generous limits.
pub fn exception_repr(exc: &Value) -> String {
    let mut out = String::new();
    write(exc, &mut out, 0, Limits { chars: 4000, depth: 12 });
    out
}

/// Cuts `s` to `MAX_REPR` characters, the last three `...`.
fn truncate(s: &mut String) {
    // A string has at least as many bytes as characters.
    if s.len() <= MAX_REPR || s.chars().count() <= MAX_REPR {
        return;
    }
    let cut = s.char_indices().nth(MAX_REPR - 3).map_or(s.len(), |(i, _)| i);
    s.truncate(cut);
    s.push_str("...");
}

/// The first `n` characters of `s`.
fn prefix(s: &str, n: usize) -> &str {
    &s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)]
}

fn write(v: &Value, out: &mut String, depth: usize, lim: Limits) {
    if out.len() > lim.chars {
        return;
    }
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Value::Int(i) => pyfmt::push_i64(out, *i),
        Value::BigInt(b) => {
            let bits = b.bits();
            let _ =
                if bits > 256 { write!(out, "<int of {bits} bits>") } else { write!(out, "{b}") };
        }
        Value::Float(f) => out.push_str(&pyfmt::float_repr(*f)),
        Value::Str(s) => pyfmt::str_repr_into(prefix(s.as_str(), MAX_REPR), out),
        Value::Bytes(b) => {
            let n = b.data.len().min(MAX_REPR);
            crate::vm::bytes::bytes_repr_into(&b.data[..n], out);
        }
        Value::ByteArray(b) => match b.data.try_borrow() {
            Ok(data) => {
                let n = data.len().min(MAX_REPR);
                out.push_str("bytearray(");
                crate::vm::bytes::bytes_repr_into(&data[..n], out);
                out.push(')');
            }
            Err(_) => out.push_str("bytearray(...)"),
        },
        Value::MemoryView(_) => out.push_str("<memory>"),
        Value::Tuple(t) => seq(t.items.iter(), "(", ")", t.items.len() == 1, out, depth, lim),
        Value::List(l) => match l.items.try_borrow() {
            Ok(items) => seq(items.iter(), "[", "]", false, out, depth, lim),
            Err(_) => out.push_str("[...]"),
        },
        Value::Dict(d) => match d.map.try_borrow() {
            Ok(map) => {
                out.push('{');
                for (i, (k, val)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if depth > lim.depth || out.len() > lim.chars {
                        out.push_str("...");
                        break;
                    }
                    write(&k.value, out, depth + 1, lim);
                    out.push_str(": ");
                    write(val, out, depth + 1, lim);
                }
                out.push('}');
            }
            Err(_) => out.push_str("{...}"),
        },
        Value::Set(s) => match s.items.try_borrow() {
            Ok(items) if items.is_empty() => out.push_str("set()"),
            Ok(items) => seq(items.iter().map(|k| &k.value), "{", "}", false, out, depth, lim),
            Err(_) => out.push_str("{...}"),
        },
        Value::Function(f) => enclose(out, "<function ", &f.display_qualname(), ">"),
        Value::Class(c) => enclose(out, "<class '", &c.qualname, "'>"),
        Value::Instance(i) => match &i.exception {
            Some(state) => {
                out.push_str(&i.class.name);
                out.push('(');
                if let Ok(s) = state.try_borrow() {
                    for (n, a) in s.args.iter().enumerate() {
                        if n > 0 {
                            out.push_str(", ");
                        }
                        write(a, out, depth + 1, lim);
                    }
                }
                out.push(')');
            }
            None => match i.native.as_deref() {
                // Deques hold asyncio's waiters: the trace shows their items.
                Some(crate::vm::native::NativeState::Deque(d)) => match d.try_borrow() {
                    Ok(d) => {
                        out.push_str("deque(");
                        seq(d.items.iter(), "[", "]", false, out, depth, lim);
                        if let Some(m) = d.maxlen {
                            let _ = write!(out, ", maxlen={m}");
                        }
                        out.push(')');
                    }
                    Err(_) => out.push_str("deque([...])"),
                },
                Some(crate::vm::native::NativeState::Complex(re, im)) if !i.class.is_user => {
                    out.push_str(&crate::vm::complex_type::complex_repr(*re, *im))
                }
                _ => enclose(out, "<", &i.class.qualname, " object>"),
            },
        },
        Value::Gen(g) => {
            let _ = write!(out, "<{} object {}>", g.kind.type_name(), g.qualname);
        }
        // `asend`/`athrow`/`anext` awaitables are objects of their own types in CPython.
        Value::NativeCoro(c) if crate::vm::async_gen::AWAITABLE_TYPES.contains(&c.name) => {
            enclose(out, "<", c.name, " object>")
        }
        Value::NativeCoro(c) => enclose(out, "<coroutine object ", c.qualname, ">"),
        Value::Future(f) => f.write_short_label(out),
        Value::Range(r) => {
            let _ = if r.step == 1 {
                write!(out, "range({}, {})", r.start, r.stop)
            } else {
                write!(out, "range({}, {}, {})", r.start, r.stop, r.step)
            };
        }
        other => enclose(out, "<", label_of_kind(other), ">"),
    }
}

/// What a value labelled by its kind shows: the kind's name, and for an iterator its type as
/// CPython's frames show it (`<enumerate object>`; the built-in `*iterator` types are all
/// `<iterator>`).
fn label_of_kind(v: &Value) -> &'static str {
    let Value::Iter(it) = v else { return v.kind_name() };
    let Ok(state) = it.state.try_borrow() else { return "iterator" };
    match state.type_name() {
        "enumerate" => "enumerate object",
        "zip" => "zip object",
        "map" => "map object",
        "filter" => "filter object",
        "coroutine_wrapper" => "coroutine_wrapper object",
        "_asyncio.FutureIter" => "FutureIter object",
        _ => "iterator",
    }
}

/// The repr `write` gives every value of `v`'s kind (`<Handle>`, `<method>`, the loop's
/// `<_UnixSelectorEventLoop>`), for the kinds it labels by name alone: the trace remembers
/// that repr's string id per label instead of writing it again. The match lists every
/// variant, so a new one must say whether its repr is its kind's label.
pub fn kind_label(v: &Value) -> Option<&'static str> {
    match v {
        Value::Ellipsis
        | Value::NotImplemented
        | Value::Null
        | Value::Slice(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::Module(_)
        | Value::Code(_)
        | Value::Iter(_)
        | Value::Handle(_)
        | Value::TimerHandle(_)
        | Value::Loop(_)
        | Value::Cell(_)
        | Value::DictView(_)
        | Value::Super(_) => Some(label_of_kind(v)),
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::MemoryView(_)
        | Value::Tuple(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Function(_)
        | Value::Class(_)
        | Value::Instance(_)
        | Value::Gen(_)
        | Value::NativeCoro(_)
        | Value::Future(_)
        | Value::Range(_) => None,
    }
}

/// `open`, `text`, `close` (what `format!` would make, without a string of its own).
fn enclose(out: &mut String, open: &str, text: &str, close: &str) {
    out.push_str(open);
    out.push_str(text);
    out.push_str(close);
}

fn seq<'a>(
    items: impl Iterator<Item = &'a Value>,
    open: &str,
    close: &str,
    one_tuple: bool,
    out: &mut String,
    depth: usize,
    lim: Limits,
) {
    out.push_str(open);
    for (i, v) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if depth > lim.depth || out.len() > lim.chars {
            out.push_str("...");
            break;
        }
        write(v, out, depth + 1, lim);
    }
    if one_tuple {
        out.push(',');
    }
    out.push_str(close);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deques_show_their_items() {
        let mut vm = crate::vm::Vm::new(
            std::rc::Rc::new(crate::frontend::SourceText::new("t.py", "")),
            crate::config::RunConfig::default(),
        );
        let deque = vm.import_module("_collections").and_then(|m| vm.get_attr(&m, "deque"));
        let d = deque.and_then(|c| vm.call1(&c, Value::list(vec![Value::Int(1), Value::Int(2)])));
        assert_eq!(safe_repr(&d.expect("deque([1, 2])")), "deque([1, 2])");
    }

    #[test]
    fn long_values_are_truncated() {
        let v = Value::list((0..1000).map(Value::Int).collect());
        let r = safe_repr(&v);
        assert!(r.starts_with("[0, 1, 2"));
        assert!(r.ends_with("..."));
        assert!(r.chars().count() <= MAX_REPR);
        assert_eq!(safe_repr(&Value::tuple(vec![Value::Int(1)])), "(1,)");
    }

    #[test]
    fn a_kind_label_is_the_repr_of_every_value_of_its_kind() {
        let mut vm = crate::vm::Vm::new(
            std::rc::Rc::new(crate::frontend::SourceText::new("t.py", "")),
            crate::config::RunConfig::default(),
        );
        let list = Value::list(vec![Value::Int(1)]);
        let append = vm.get_attr(&list, "append").expect("list.append");
        let len = vm.builtins.get("len").expect("len");
        for v in [append, len, Value::Ellipsis, Value::NotImplemented] {
            let label = kind_label(&v).expect("labelled by its kind");
            assert_eq!(safe_repr(&v), format!("<{label}>"));
        }
        for v in [Value::Int(7), Value::str("x"), list] {
            assert_eq!(kind_label(&v), None, "{} shows its value", safe_repr(&v));
        }
    }
}
