//! `str` methods.

use super::super::builtins::arg_i64;
use super::super::call::{check_method, MethodArity};
use super::super::objects::NativeFn;
use super::super::types::Types;
use super::super::value::{StrObj, Value};
use super::super::{Args, PyResult, Vm};
use crate::ExcKind;
use loopscope_pyfmt as pyfmt;

const METHODS: &[(&str, NativeFn)] = &[
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("format", format),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isascii", isascii),
    ("expandtabs", expandtabs),
    ("encode", encode),
    ("isprintable", isprintable),
    ("format_map", format_map),
    ("translate", translate),
    ("__format__", dunder_format),
];

pub fn install(types: &Types) {
    Types::add_methods(&types.str_, "str", METHODS);
    let maketrans = super::super::objects::BuiltinObj {
        name: "maketrans",
        func: maketrans,
        bound: None,
        owner: "staticmethod",
    };
    let maketrans = Value::Builtin(std::rc::Rc::new(maketrans));
    types.str_.dict.borrow_mut().insert("maketrans".into(), maketrans);
    crate::vm::lookup_cache::class_dicts_changed();
}

/// The receiver as text, or the TypeError CPython gives for a non-str `self`.
fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a str> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "descriptor '{method}' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(other)
            ),
        )),
        None => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("unbound method str.{method}() needs an argument"),
        )),
    }
}

/// `str.__format__(self, spec)`.
fn dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::object::builtin_format(vm, &args, "str", |v| matches!(v, Value::Str(_)))
}

/// A str argument, or CPython's "must be str, not X" TypeError.
fn str_arg<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.new_error(ExcKind::TypeError, &format!("{method} arg must be None or str"))
    })
}

fn text(s: String) -> PyResult<Value> {
    Ok(Value::string(s))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "upper", &args, MethodArity::NoArgs, &[])?;
    text(this(vm, &args, "upper")?.to_uppercase())
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "lower", &args, MethodArity::NoArgs, &[])?;
    text(this(vm, &args, "lower")?.to_lowercase())
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "casefold", &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, "casefold")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        pyfmt::push_casefold(c, &mut out);
    }
    text(out)
}

/// Lowercases one character of a text the way CPython's `lower_ucs4` does: a capital sigma
/// becomes final `ς` at the end of a word, which depends on its neighbours.
struct Lowerer {
    /// What `str::to_lowercase` (which applies the Final_Sigma rule) made of each `Σ`, in
    /// order; empty when the text has none.
    sigmas: std::vec::IntoIter<char>,
}

impl Lowerer {
    fn new(s: &str) -> Self {
        let mut sigmas = Vec::new();
        if s.contains('Σ') {
            let lowered = s.to_lowercase();
            let mut out = lowered.chars();
            for c in s.chars() {
                let n = if c == 'Σ' { 1 } else { c.to_lowercase().count() };
                let mapped: Vec<char> = out.by_ref().take(n).collect();
                if c == 'Σ' {
                    sigmas.push(mapped.first().copied().unwrap_or('σ'));
                }
            }
        }
        Lowerer { sigmas: sigmas.into_iter() }
    }

    /// Appends the lowercase of `c`; every `Σ` of the text must pass through here in order.
    fn push(&mut self, c: char, out: &mut String) {
        if c == 'Σ' {
            out.push(self.sigmas.next().unwrap_or('σ'));
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "capitalize", &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, "capitalize")?;
    let mut lower = Lowerer::new(s);
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            pyfmt::push_title(c, &mut out);
            if c == 'Σ' {
                lower.sigmas.next();
            }
        } else {
            lower.push(c, &mut out);
        }
    }
    text(out)
}

/// `title()`: a character after a cased one is lowercased, any other is titlecased.
fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "title", &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, "title")?;
    let mut lower = Lowerer::new(s);
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            lower.push(c, &mut out);
        } else {
            pyfmt::push_title(c, &mut out);
            if c == 'Σ' {
                lower.sigmas.next();
            }
        }
        prev_cased = pyfmt::is_cased(c);
    }
    text(out)
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "swapcase", &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, "swapcase")?;
    let mut lower = Lowerer::new(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            lower.push(c, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    text(out)
}

/// The characters `strip` removes: whitespace by default.
fn strip_set(vm: &Vm, args: &Args, method: &str) -> PyResult<Option<Vec<char>>> {
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(str_arg(vm, v, method)?.chars().collect())),
    }
}

/// Which ends `strip`, `lstrip` and `rstrip` trim.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ends {
    Both,
    Left,
    Right,
}

fn strip_impl(vm: &mut Vm, args: Args, method: &str, ends: Ends) -> PyResult<Value> {
    check_method(vm, "str", method, &args, MethodArity::Clinic(0, 1), &[])?;
    let s = this(vm, &args, method)?;
    let set = strip_set(vm, &args, method)?;
    let matches = |c: char| match &set {
        None => pyfmt::is_space(c),
        Some(chars) => chars.contains(&c),
    };
    let mut out = s;
    if ends != Ends::Right {
        out = out.trim_start_matches(matches);
    }
    if ends != Ends::Left {
        out = out.trim_end_matches(matches);
    }
    Ok(same_or_new(&args, s, out))
}

/// A method's result: the receiver itself when nothing changed and it is an exact str, as
/// CPython returns it (`s.strip() is s` when there is nothing to strip).
fn same_or_new(args: &Args, before: &str, after: &str) -> Value {
    match &args.pos[0] {
        receiver @ Value::Str(_) if before.len() == after.len() => receiver.clone(),
        _ => Value::str(after),
    }
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", Ends::Both)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", Ends::Left)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", Ends::Right)
}

/// `sep` and `maxsplit` from positional or keyword arguments.
fn split_args(vm: &mut Vm, args: &Args) -> PyResult<(Option<String>, i64)> {
    let sep = args.keyword("sep").or(args.pos.get(1));
    let maxsplit = args.keyword("maxsplit").or(args.pos.get(2));
    // Argument Clinic converts `maxsplit` before it looks at `sep`.
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => arg_i64(vm, v, "")?,
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.text.is_empty() {
                return Err(vm.new_error(ExcKind::ValueError, "empty separator"));
            }
            Some(s.as_str().to_string())
        }
        Some(other) => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("must be str or None, not {}", vm.type_name(other)),
            ))
        }
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "split", &args, MethodArity::Parsed(0, 2), &["sep", "maxsplit"])?;
    let s = this(vm, &args, "split")?;
    let (sep, maxsplit) = split_args(vm, &args)?;
    let parts: Vec<Value> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(Value::str).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str()).map(Value::str).collect()
            }
        }
        None => split_whitespace(s, maxsplit).into_iter().map(Value::str).collect(),
    };
    vm.new_list(parts)
}

/// Whitespace splitting with a maximum number of splits; the remainder keeps its inner spaces.
fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(pyfmt::is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            out.push(rest);
            break;
        }
        let end = rest.find(pyfmt::is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(pyfmt::is_space);
    }
    out
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "rsplit", &args, MethodArity::Parsed(0, 2), &["sep", "maxsplit"])?;
    let s = this(vm, &args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, &args)?;
    let mut parts: Vec<&str> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep.as_str()).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(pyfmt::is_space);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest);
                    break;
                }
                let start = rest
                    .rfind(pyfmt::is_space)
                    .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
                    .unwrap_or(0);
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(pyfmt::is_space);
            }
            out
        }
    };
    parts.reverse();
    let values = parts.into_iter().map(Value::str).collect();
    vm.new_list(values)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "splitlines", &args, MethodArity::Parsed(0, 1), &["keepends"])?;
    let s = this(vm, &args, "splitlines")?;
    let keepends = match args.keyword("keepends").or(args.pos.get(1)) {
        Some(v) => arg_i64(vm, v, "")? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    // Walked in place: a copy of the characters with their offsets would be 16 bytes each.
    let mut chars = s.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && chars.peek().map(|x| x.1) == Some('\n') {
                end += 1;
                chars.next();
            }
            out.push(Value::str(if keepends { &s[start..end] } else { &s[start..pos] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    vm.new_list(out)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "join", &args, MethodArity::One, &[])?;
    let sep = this(vm, &args, "join")?.to_string();
    let items = vm.join_items(&args.pos[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        // A str subclass's instance joins as its string (`str` mix-in enum members).
        let text = super::super::builtin_subclass::base_of(item).unwrap_or(item);
        match text {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => {
                let other = item;
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(other)
                    ),
                ));
            }
        }
    }
    vm.big_string(out)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "replace", &args, MethodArity::Clinic(2, 3), &[])?;
    let s = this(vm, &args, "replace")?;
    let old = args.pos[1].as_str().ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("replace() argument 1 must be str, not {}", vm.arg_type_name(&args.pos[1])),
        )
    })?;
    let new = args.pos[2].as_str().ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("replace() argument 2 must be str, not {}", vm.arg_type_name(&args.pos[2])),
        )
    })?;
    let count = match args.pos.get(3) {
        Some(v) => arg_i64(vm, v, "")?,
        None => -1,
    };
    // Nothing to replace: the receiver itself, as CPython returns it.
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(same_or_new(&args, s, s));
    }
    let out = if count < 0 {
        if old.is_empty() {
            // CPython inserts the replacement between every character and at both ends.
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            out
        } else {
            s.replace(old, new)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        out
    } else {
        s.replacen(old, new, count as usize)
    };
    vm.big_string(out)
}

/// `s[start:end]` for a method's `start`/`end` arguments, as its first char's index and its
/// byte range, as CPython's `ADJUST_INDICES` makes it; `None` when start lies past end (a
/// start past the end of the text is not clamped, so even the empty string is not found
/// there). ASCII text maps chars to bytes directly, and no arguments is the whole text:
/// scanning the text on every call made `s.find(x, i)` in a loop quadratic.
fn char_window(
    vm: &mut Vm,
    s: &StrObj,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, std::ops::Range<usize>)>> {
    let absent = |v: Option<&Value>| matches!(v, None | Some(Value::None));
    if absent(start) && absent(end) {
        return Ok(Some((0, 0..s.text.len())));
    }
    let len = s.char_len() as i64;
    let mut norm = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(x) => {
                let i = slice_index(vm, x)?;
                Ok(if i < 0 { (i + len).max(0) } else { i })
            }
        }
    };
    let a = norm(start, 0)?;
    let b = norm(end, len)?.min(len);
    if a > b {
        return Ok(None);
    }
    let (a, b) = (a as usize, b as usize);
    Ok(Some((a, s.byte_of_char(a)..s.byte_of_char(b))))
}

/// The receiver of a str method, as the object (its char positions are kept there).
fn this_obj<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a StrObj> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s),
        // Not a str: `this` says so in CPython's words.
        _ => Err(this(vm, args, method)
            .err()
            .unwrap_or_else(|| vm.internal_error("a str method's receiver is not a str"))),
    }
}

/// A `start`/`end` argument (`_PyEval_SliceIndex`): an int, clipped to the machine range.
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.clamped_slice_index(v)?.ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            "slice indices must be integers or None or have an __index__ method",
        )
    })
}

/// The end of a string a method works from: `find` and `rfind`, `partition` and
/// `rpartition`, `startswith` and `endswith`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

fn affix_check(vm: &mut Vm, args: Args, method: &str, side: Side) -> PyResult<Value> {
    check_method(vm, "str", method, &args, MethodArity::Parsed(1, 3), &[])?;
    let s = this_obj(vm, &args, method)?;
    let window =
        char_window(vm, s, args.pos.get(2), args.pos.get(3))?.map(|(_, bytes)| &s.as_str()[bytes]);
    let test = |affix: &str| match window {
        Some(w) if side == Side::Left => w.starts_with(affix),
        Some(w) => w.ends_with(affix),
        None => false,
    };
    match &args.pos[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                match item {
                    Value::Str(p) if test(p.as_str()) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(vm.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "tuple for {method} must only contain str, not {}",
                                vm.type_name(other)
                            ),
                        ))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "{method} first arg must be str or a tuple of str, not {}",
                vm.type_name(other)
            ),
        )),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, args, "startswith", Side::Left)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, args, "endswith", Side::Right)
}

/// Char index of `sub` within `s[start:end]`, searching from the left or right.
fn search(vm: &mut Vm, args: &Args, method: &str, from: Side) -> PyResult<Option<usize>> {
    check_method(vm, "str", method, args, MethodArity::Parsed(1, 3), &[])?;
    let s = this_obj(vm, args, method)?;
    let window = char_window(vm, s, args.pos.get(2), args.pos.get(3))?;
    let sub = args.pos[1].as_str().ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("must be str, not {}", vm.type_name(&args.pos[1])),
        )
    })?;
    let Some((_, bytes)) = window else {
        return Ok(None);
    };
    let window = &s.as_str()[bytes.clone()];
    let found = match from {
        Side::Left => window.find(sub),
        Side::Right => window.rfind(sub),
    };
    Ok(found.map(|byte| s.char_of_byte(bytes.start + byte)))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, &args, "find", Side::Left)?.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, &args, "rfind", Side::Right)?.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, &args, "index", Side::Left)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_error(ExcKind::ValueError, "substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, &args, "rindex", Side::Right)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_error(ExcKind::ValueError, "substring not found")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "count", &args, MethodArity::Parsed(1, 3), &[])?;
    let s = this_obj(vm, &args, "count")?;
    let window = char_window(vm, s, args.pos.get(2), args.pos.get(3))?;
    let sub = args.pos[1].as_str().ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("must be str, not {}", vm.type_name(&args.pos[1])),
        )
    })?;
    let Some((_, bytes)) = window else {
        return Ok(Value::Int(0));
    };
    let window = &s.as_str()[bytes];
    let n = if sub.is_empty() { window.chars().count() + 1 } else { window.matches(sub).count() };
    Ok(Value::Int(n as i64))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let template = this(vm, &args, "format")?.to_string();
    Ok(Value::string(vm.str_format(&template, args)?))
}

/// `template.format_map(mapping)`: `{name}` fields read `mapping[name]` (a dict subclass's
/// `__missing__` answers), with no copy of the mapping as `**` would make.
fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "format_map", &args, MethodArity::One, &[])?;
    let template = this(vm, &args, "format_map")?.to_string();
    Ok(Value::string(vm.str_format_map(&template, &args.pos[1])?))
}

/// `str.maketrans(x[, y[, z]])`: a translation table for `translate`, keyed by code point.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::super::call::no_keywords(vm, "maketrans", &args)?;
    super::super::call::check_arity(vm, "maketrans", &args, 1, 3)?;
    let mut flat = Vec::new();
    if let [table] = args.pos {
        let Value::Dict(d) = table else {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let pairs: Vec<(Value, Value)> =
            d.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect();
        for (key, value) in pairs {
            let key = match &key {
                Value::Str(s) if s.char_len() == 1 => {
                    Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                }
                Value::Str(_) => {
                    return Err(vm.new_error(
                        ExcKind::ValueError,
                        "string keys in translate table must be of length 1",
                    ))
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => key,
                _ => {
                    return Err(vm.new_error(
                        ExcKind::TypeError,
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            flat.extend([key, value]);
        }
        return vm.dict_from_pairs(flat);
    }
    let text = |vm: &Vm, i: usize| -> PyResult<String> {
        match &args.pos[i] {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ if i == 0 => Err(vm.new_error(
                ExcKind::TypeError,
                "first maketrans argument must be a string if there is a second argument",
            )),
            other => Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "maketrans() argument {} must be str, not {}",
                    i + 1,
                    vm.arg_type_name(other)
                ),
            )),
        }
    };
    let (from, to) = (text(vm, 0)?, text(vm, 1)?);
    if from.chars().count() != to.chars().count() {
        return Err(vm.new_error(
            ExcKind::ValueError,
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in from.chars().zip(to.chars()) {
        flat.extend([Value::Int(a as i64), Value::Int(b as i64)]);
    }
    if args.pos.len() == 3 {
        for c in text(vm, 2)?.chars() {
            flat.extend([Value::Int(c as i64), Value::None]);
        }
    }
    vm.dict_from_pairs(flat)
}

/// `s.translate(table)`: each character's code point looked up in `table` (any object with
/// `__getitem__`): a str replaces it, an int is a code point, `None` deletes it, and a
/// LookupError keeps it.
fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "translate", &args, MethodArity::One, &[])?;
    let s = this(vm, &args, "translate")?.to_string();
    let table = args.pos[1].clone();
    let mut out = String::with_capacity(s.len());
    // A plain dict's lookups have no side effects: each character's answer is remembered, as
    // CPython's ASCII cache does, instead of a lookup (and a KeyError) per character.
    let cacheable = matches!(&table, Value::Dict(d) if d.extra.is_none());
    let mut seen: rustc_hash::FxHashMap<char, Option<Value>> = Default::default();
    for c in s.chars() {
        let answer = match seen.get(&c) {
            Some(Some(v)) => Ok(v.clone()),
            Some(None) => {
                out.push(c);
                continue;
            }
            None => {
                let answer = vm.get_item(&table, &Value::Int(c as i64));
                if cacheable {
                    match &answer {
                        Ok(v) => {
                            seen.insert(c, Some(v.clone()));
                        }
                        Err(super::super::PyErr::Exception(e))
                            if vm.exception_is(e, ExcKind::LookupError) =>
                        {
                            seen.insert(c, None);
                        }
                        Err(_) => {}
                    }
                }
                answer
            }
        };
        match answer {
            Ok(Value::None) => {}
            Ok(Value::Str(t)) => out.push_str(t.as_str()),
            Ok(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(mapped) => out.push(mapped),
                None => {
                    return Err(vm.new_error(
                        ExcKind::ValueError,
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Ok(_) => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    "character mapping must return integer, None or str",
                ))
            }
            Err(super::super::PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::LookupError) => {
                out.push(c)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}

fn fill_char(vm: &Vm, args: &Args) -> PyResult<char> {
    match args.pos.get(2) {
        None => Ok(' '),
        Some(Value::Str(s)) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap_or(' ')),
        Some(Value::Str(_)) => Err(vm.new_error(
            ExcKind::TypeError,
            "The fill character must be exactly one character long",
        )),
        Some(other) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("The fill character must be a unicode character, not {}", vm.type_name(other)),
        )),
    }
}

fn justify(vm: &mut Vm, args: Args, method: &str) -> PyResult<Value> {
    check_method(vm, "str", method, &args, MethodArity::Clinic(1, 2), &[])?;
    let s = this(vm, &args, method)?;
    let width = arg_i64(vm, &args.pos[1], "")?.max(0) as usize;
    let fill = fill_char(vm, &args)?;
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::str(s));
    }
    let pad = width - len;
    vm.check_fits(s.len() as u128 + pad as u128 * fill.len_utf8() as u128)?;
    let (left, right) = match method {
        "ljust" => (0, pad),
        "rjust" => (pad, 0),
        // CPython's centring puts the extra space on the right unless the width is odd.
        _ => {
            let left = pad / 2 + (pad & width & 1);
            (left, pad - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    vm.big_string(out)
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "center")
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "zfill", &args, MethodArity::One, &[])?;
    let s = this(vm, &args, "zfill")?;
    let width = arg_i64(vm, &args.pos[1], "")?.max(0) as usize;
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::str(s));
    }
    vm.check_fits(s.len() as u128 + (width - len) as u128)?;
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let mut out = String::new();
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(digits);
    Ok(Value::string(out))
}

fn partition_impl(vm: &mut Vm, args: Args, method: &str, from: Side) -> PyResult<Value> {
    check_method(vm, "str", method, &args, MethodArity::One, &[])?;
    let s = this(vm, &args, method)?;
    let sep = super::super::builtin_subclass::str_value(&args.pos[1]).ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("must be str, not {}", vm.type_name(&args.pos[1])),
        )
    })?;
    if sep.is_empty() {
        return Err(vm.new_error(ExcKind::ValueError, "empty separator"));
    }
    let found = match from {
        Side::Left => s.find(sep),
        Side::Right => s.rfind(sep),
    };
    let parts = match (found, from) {
        (Some(i), _) => [&s[..i], sep, &s[i + sep.len()..]],
        (None, Side::Left) => [s, "", ""],
        (None, Side::Right) => ["", "", s],
    };
    let mut parts: Vec<Value> = parts.iter().map(|p| Value::str(p)).collect();
    if found.is_some() {
        // The separator itself, as CPython's: a str subclass's instance stays one.
        parts[1] = args.pos[1].clone();
    }
    Ok(Value::tuple(parts))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", Side::Left)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", Side::Right)
}

/// The argument of `removeprefix`/`removesuffix`, which must be a str.
fn affix_arg<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("{method}() argument must be str, not {}", vm.arg_type_name(v)),
        )
    })
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "removeprefix", &args, MethodArity::One, &[])?;
    let s = this(vm, &args, "removeprefix")?;
    let p = affix_arg(vm, &args.pos[1], "removeprefix")?;
    Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "removesuffix", &args, MethodArity::One, &[])?;
    let s = this(vm, &args, "removesuffix")?;
    let p = affix_arg(vm, &args.pos[1], "removesuffix")?;
    Ok(Value::str(if p.is_empty() { s } else { s.strip_suffix(p).unwrap_or(s) }))
}

fn all_chars(vm: &mut Vm, args: Args, method: &str, test: fn(char) -> bool) -> PyResult<Value> {
    check_method(vm, "str", method, &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, method)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(test)))
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, args, "isdigit", pyfmt::is_digit)
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, args, "isnumeric", pyfmt::is_numeric)
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, args, "isdecimal", |c| pyfmt::decimal_value(c).is_some())
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, args, "isalpha", pyfmt::is_alpha)
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, args, "isalnum", pyfmt::is_alnum)
}

/// True when every character prints as itself in `repr` (the empty string too).
fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "isprintable", &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, "isprintable")?;
    Ok(Value::Bool(s.chars().all(|c| {
        if c.is_ascii() {
            (' '..='~').contains(&c)
        } else {
            pyfmt::is_printable(c)
        }
    })))
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, args, "isspace", pyfmt::is_space)
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "isascii", &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

/// Which case `isupper` and `islower` test for.
#[derive(Clone, Copy)]
enum Case {
    Upper,
    Lower,
}

/// `isupper`/`islower`: some cased character and none of the other case (a titlecase letter
/// counts as the other case for both).
fn cased_check(vm: &mut Vm, args: Args, method: &str, case: Case) -> PyResult<Value> {
    check_method(vm, "str", method, &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, method)?;
    let mut cased = false;
    for c in s.chars() {
        let other_case = match case {
            Case::Upper => c.is_lowercase(),
            Case::Lower => c.is_uppercase(),
        };
        if other_case || pyfmt::is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        if c.is_uppercase() || c.is_lowercase() {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased_check(vm, args, "isupper", Case::Upper)
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased_check(vm, args, "islower", Case::Lower)
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "istitle", &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || pyfmt::is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "isidentifier", &args, MethodArity::NoArgs, &[])?;
    let s = this(vm, &args, "isidentifier")?;
    Ok(Value::Bool(is_identifier(s)))
}

/// `str.isidentifier`: `_` or an XID_Start character, then XID_Continue ones.
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => {
            (c == '_' || unicode_ident::is_xid_start(c))
                && chars.all(unicode_ident::is_xid_continue)
        }
        None => false,
    }
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "expandtabs", &args, MethodArity::Parsed(0, 1), &["tabsize"])?;
    let s = this(vm, &args, "expandtabs")?;
    let size = match args.keyword("tabsize").or(args.pos.get(1)) {
        Some(v) => arg_i64(vm, v, "")?,
        None => 8,
    };
    // The tab size is a C `int`.
    if i32::try_from(size).is_err() {
        return Err(
            vm.new_error(ExcKind::OverflowError, "Python int too large to convert to C int")
        );
    }
    // CPython counts the result's length before it builds it: a tab size no memory holds
    // is a MemoryError, not an allocation that kills the process.
    let mut expanded: u128 = 0;
    tab_layout(s, size, |c, n| expanded += n * c.len_utf8() as u128);
    vm.check_fits(expanded)?;
    let mut out = String::new();
    tab_layout(s, size, |c, n| out.extend(std::iter::repeat_n(c, n as usize)));
    Ok(Value::string(out))
}

/// Walks `s` as `expandtabs(size)` lays it out, giving each character with how many times
/// it is written (a tab: as many spaces as reach the next stop; none for a size of 0 or less).
fn tab_layout(s: &str, size: i64, mut each: impl FnMut(char, u128)) {
    let mut column: u128 = 0;
    for c in s.chars() {
        match c {
            '\t' if size > 0 => {
                let spaces = size as u128 - column % size as u128;
                each(' ', spaces);
                column += spaces;
            }
            '\t' => {}
            '\n' | '\r' => {
                each(c, 1);
                column = 0;
            }
            _ => {
                each(c, 1);
                column += 1;
            }
        }
    }
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "str", "encode", &args, MethodArity::Parsed(0, 2), &["encoding", "errors"])?;
    let text = this(vm, &args, "encode")?.to_string();
    let encoding = args.pos.get(1).or_else(|| args.keyword("encoding")).cloned();
    let errors = args.pos.get(2).or_else(|| args.keyword("errors")).cloned();
    let data = vm.encode_str(&text, encoding.as_ref(), errors.as_ref(), "encode")?;
    Ok(Value::bytes(data))
}
