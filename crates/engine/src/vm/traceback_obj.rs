//! `exc.__traceback__` as an object (native in CPython: `traceback.c`'s `PyTracebackObject`):
//! one `traceback` per frame the exception passed through, the outermost first, each with
//! `tb_lineno` and `tb_next` (the next frame inward). Frame objects do not exist here, so
//! `tb_frame` is reported as unsupported.

use super::native::NativeClass;
use super::objects::InstanceObj;
use super::value::Value;
use super::Vm;
use std::cell::RefCell;
use std::rc::Rc;

const TRACEBACK: NativeClass =
    NativeClass { module: "builtins", name: "traceback", methods: &[], new: None };

impl Vm {
    /// `exc.__traceback__`: `None` before it was raised, else the head of its chain. The
    /// objects are made once and kept, so the same traceback is the same object, and a
    /// frame the exception unwinds through later gets a new head whose `tb_next` is the old
    /// one, as CPython's `PyTraceBack_Here` does.
    pub(crate) fn traceback_object(&mut self, exc: &Value) -> Value {
        let Some(state) = super::exceptions::state_of(exc) else { return Value::None };
        let lines: Vec<u32> = state.borrow().traceback.iter().map(|e| e.line).collect();
        let mut made = std::mem::take(&mut state.borrow_mut().traceback_objects);
        // `with_traceback(None)` or a restored traceback dropped frames: their objects go.
        made.truncate(lines.len());
        for &line in &lines[made.len()..] {
            let next = made.last().cloned().unwrap_or(Value::None);
            made.push(self.new_traceback(line, next));
        }
        let head = made.last().cloned().unwrap_or(Value::None);
        state.borrow_mut().traceback_objects = made;
        head
    }

    fn new_traceback(&mut self, line: u32, next: Value) -> Value {
        let class = self.native_class(&TRACEBACK);
        let mut dict = crate::vm::objects::AttrDict::default();
        dict.insert(Rc::<str>::from("tb_lineno"), Value::Int(line as i64));
        dict.insert(Rc::<str>::from("tb_next"), next);
        Value::Instance(Rc::new(InstanceObj {
            class,
            dict: RefCell::new(dict),
            exception: None,
            native: None,
            finalized: std::cell::Cell::new(false),
        }))
    }

    /// Whether `obj` is a traceback object (for `tb_frame`, reported as unsupported).
    pub(crate) fn is_traceback(&self, obj: &Value) -> bool {
        let class = self.native_classes.get(&(TRACEBACK.module, TRACEBACK.name));
        matches!((obj, class), (Value::Instance(i), Some(c)) if Rc::ptr_eq(&i.class, c))
    }
}
