//! What the trace records about code objects. The engine's compiler makes these (the trace
//! crate never sees a compiled `Code`), the replay and the page read them.

/// What kind of callable a code object belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    /// `async def`: calling it makes a coroutine object.
    Coroutine,
    /// A `def` containing `yield`: calling it makes a generator object.
    Generator,
    /// An `async def` containing `yield`: calling it makes an async generator object.
    AsyncGenerator,
    ClassBody,
}

/// One row of a disassembly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisLine {
    pub index: u32,
    /// The source line, on the first instruction of each line.
    pub line: Option<u32>,
    pub name: &'static str,
    pub argument: String,
}
