//! What the library's synchronisation primitives, queues and task groups
//! (`lib/asyncio/{locks,queues,taskgroups}.py`) tell the trace: that one was made, its state's
//! text, and the futures joining and leaving its deques. The library calls these private
//! functions of `asyncio` next to the statements they describe, so the trace follows the
//! Python code step by step; they do nothing when no trace is recorded.
//!
//! A primitive's trace id is kept beside it (keyed by address, with a `Weak` so the address
//! cannot be reused while the entry lives), not in its `__dict__`, which stays CPython's.

use crate::safe_repr::{safe_repr, MAX_REPR};
use crate::vm::call::check_arity;
use crate::vm::native::NativeState;
use crate::vm::objects::InstanceObj;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use loopscope_trace::{Event, SyncKind, SyncRole};
use rustc_hash::FxHashMap;
use std::rc::{Rc, Weak};

/// The trace ids of the primitives made so far.
#[derive(Default)]
pub struct SyncIds {
    ids: FxHashMap<usize, (Weak<InstanceObj>, u32)>,
    count: u32,
    /// When dead entries are next dropped.
    prune_at: usize,
    /// States written with a queue's items so far (see `ITEM_STATES`).
    item_states: u32,
}

/// States that list a queue's items, per run. Each such state is a new string in the trace's
/// table, so a queue that carries 100,000 items would add 100,000 strings; past this many, a
/// state gives the number of items instead (`7 items`), which repeats and is interned once.
pub const ITEM_STATES: u32 = 4096;

impl SyncIds {
    pub(crate) fn get(&self, obj: &Rc<InstanceObj>) -> Option<u32> {
        let (weak, id) = self.ids.get(&(Rc::as_ptr(obj) as usize))?;
        (weak.strong_count() > 0).then_some(*id)
    }

    pub(crate) fn add(&mut self, obj: &Rc<InstanceObj>) -> u32 {
        if self.ids.len() >= self.prune_at {
            self.ids.retain(|_, (w, _)| w.strong_count() > 0);
            self.prune_at = (self.ids.len() * 2).max(64);
        }
        self.count += 1;
        self.ids.insert(Rc::as_ptr(obj) as usize, (Rc::downgrade(obj), self.count));
        self.count
    }
}

fn str_arg<'a>(args: &'a Args, i: usize) -> Option<&'a str> {
    match args.pos.get(i) {
        Some(Value::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// The primitive a hook is about, with its id (`None`: untraced or not an instance).
fn sync_of(vm: &Vm, args: &Args) -> Option<u32> {
    match args.pos.first() {
        Some(Value::Instance(obj)) => vm.asyncio.sync_ids.get(obj),
        _ => None,
    }
}

fn future_serial(v: Option<&Value>) -> Option<u32> {
    match v {
        Some(Value::Future(f)) => Some(f.serial),
        _ => None,
    }
}

/// `_trace_sync_new(obj, kind)`: `obj` is a new primitive of class `kind`.
pub(crate) fn sync_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_sync_new", &args, 2, 2)?;
    if !vm.trace.enabled() {
        return Ok(Value::None);
    }
    let kind = str_arg(&args, 1).and_then(SyncKind::from_name);
    if let (Some(Value::Instance(obj)), Some(kind)) = (args.pos.first(), kind) {
        let sync = vm.asyncio.sync_ids.add(obj);
        vm.emit(Event::SyncNew { sync, kind });
    }
    Ok(Value::None)
}

/// `_trace_sync_state(obj, *parts)`: the primitive's state is the parts joined by spaces
/// (a string as it is, another primitive as `Lock #3`, a deque or list as its items).
pub(crate) fn sync_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_sync_state", &args, 1, usize::MAX)?;
    let Some(sync) = vm.trace.enabled().then(|| sync_of(vm, &args)).flatten() else {
        return Ok(Value::None);
    };
    let mut parts: Vec<String> = Vec::with_capacity(args.pos.len());
    for v in &args.pos[1..] {
        let text = part_text(vm, v);
        parts.push(text);
    }
    let state = vm.trace.intern(&parts.join(" "));
    vm.emit(Event::SyncState { sync, state });
    Ok(Value::None)
}

fn part_text(vm: &mut Vm, v: &Value) -> String {
    match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Instance(obj) => {
            if let Some(id) = vm.asyncio.sync_ids.get(obj) {
                return format!("{} #{id}", obj.class.name);
            }
            match obj.native.as_deref() {
                Some(NativeState::Deque(d)) => match d.try_borrow() {
                    Ok(d) => items_text(&mut vm.asyncio.sync_ids, d.items.len(), d.items.iter()),
                    Err(_) => "[...]".to_string(),
                },
                _ => safe_repr(v),
            }
        }
        Value::List(l) => match l.items.try_borrow() {
            Ok(items) => items_text(&mut vm.asyncio.sync_ids, items.len(), items.iter()),
            Err(_) => "[...]".to_string(),
        },
        _ => safe_repr(v),
    }
}

/// `[1, 2, 3]`, cut to about `MAX_REPR` characters; `3 items` once `ITEM_STATES` were listed.
fn items_text<'a>(ids: &mut SyncIds, len: usize, items: impl Iterator<Item = &'a Value>) -> String {
    if ids.item_states >= ITEM_STATES {
        return format!("({len} items)");
    }
    ids.item_states += 1;
    let mut out = String::from("[");
    for (i, item) in items.enumerate() {
        if out.len() > MAX_REPR {
            out.push_str(", ...");
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&safe_repr(item));
    }
    out.push(']');
    out
}

/// `_trace_sync_join(obj, role, future)`: the future joined the end of the `role` deque.
pub(crate) fn sync_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_sync_join", &args, 3, 3)?;
    let Some(sync) = vm.trace.enabled().then(|| sync_of(vm, &args)).flatten() else {
        return Ok(Value::None);
    };
    let role = str_arg(&args, 1).and_then(SyncRole::from_name);
    if let (Some(role), Some(future)) = (role, future_serial(args.pos.get(2))) {
        vm.emit(Event::SyncJoin { sync, role, future });
    }
    Ok(Value::None)
}

/// `_trace_sync_leave(obj, future)`: the future left the primitive's deques.
pub(crate) fn sync_leave(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_sync_leave", &args, 2, 2)?;
    let Some(sync) = vm.trace.enabled().then(|| sync_of(vm, &args)).flatten() else {
        return Ok(Value::None);
    };
    if let Some(future) = future_serial(args.pos.get(1)) {
        vm.emit(Event::SyncLeave { sync, future });
    }
    Ok(Value::None)
}
