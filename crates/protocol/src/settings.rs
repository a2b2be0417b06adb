//! The settings a visitor can change before a run. They travel in share links, so every field
//! has a default and old links keep their meaning: add fields, never repurpose one.

use serde::{Deserialize, Serialize};

/// The engine's default CPU cost (`loopscope_engine::config::DEFAULT_INSTR_COST_NS`; a test in
/// the session crate keeps the two equal).
/// Zero: computation costs no virtual time, so the page shows what CPython prints.
pub const DEFAULT_INSTR_COST_NS: f64 = 0.0;

/// The engine's default core count (`loopscope_engine::config::DEFAULT_VIRTUAL_CORES`):
/// `os.cpu_count()`, fixed at 8 as under the conformance harness.
pub const DEFAULT_VIRTUAL_CORES: u32 = 8;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Virtual nanoseconds per bytecode instruction (`RunConfig::instr_cost_ns`).
    pub instr_cost_ns: f64,
    /// The page stops a run much earlier than the CLI: the browser is slower than native code
    /// and a visitor waits for the answer. 50 million instructions take a few seconds in wasm.
    pub max_instructions: u64,
    /// Virtual seconds after which the run stops (`RunConfig::max_virtual_seconds`).
    pub max_virtual_seconds: f64,
    /// Loop callbacks after which the run stops: `while True: await asyncio.sleep(0)` ends
    /// within a second or two.
    pub max_callbacks: u64,
    /// Run asyncio's `sleep`, `gather` and `wait_for` as Python-source library code instead
    /// of their native accelerators (`RunConfig::python_asyncio`); the output is the same.
    pub python_asyncio: bool,
    /// The virtual cores simulated processes run on (`RunConfig::virtual_cores`; issue 14).
    pub virtual_cores: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            instr_cost_ns: DEFAULT_INSTR_COST_NS,
            max_instructions: 50_000_000,
            max_virtual_seconds: 86_400.0,
            max_callbacks: 1_000_000,
            python_asyncio: false,
            virtual_cores: DEFAULT_VIRTUAL_CORES,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_take_their_defaults() {
        let s: Settings = serde_json::from_str(r#"{"instr_cost_ns": 0}"#).expect("parses");
        assert_eq!(s, Settings { instr_cost_ns: 0.0, ..Settings::default() });
    }
}
