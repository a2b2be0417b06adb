//! The settings a visitor can change before a run. They travel in share links, so every field
//! has a default and old links keep their meaning: add fields, never repurpose one.

use crate::engine::config::{RunConfig, DEFAULT_INSTR_COST_NS};
use serde::{Deserialize, Serialize};

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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            instr_cost_ns: DEFAULT_INSTR_COST_NS,
            max_instructions: 50_000_000,
            max_virtual_seconds: 86_400.0,
            max_callbacks: 1_000_000,
        }
    }
}

impl Settings {
    /// The engine configuration for a run of `filename` with these settings. Values outside
    /// sensible ranges (negative or non-finite costs, zero budgets) are clamped so that a
    /// hand-edited link cannot make the engine misbehave.
    pub fn run_config(&self, filename: &str) -> RunConfig {
        let cost = if self.instr_cost_ns.is_finite() {
            self.instr_cost_ns.clamp(0.0, 1e9)
        } else {
            DEFAULT_INSTR_COST_NS
        };
        let seconds = if self.max_virtual_seconds.is_finite() && self.max_virtual_seconds > 0.0 {
            self.max_virtual_seconds
        } else {
            Settings::default().max_virtual_seconds
        };
        RunConfig {
            filename: filename.to_string(),
            instr_cost_ns: cost,
            max_instructions: self.max_instructions.max(1),
            max_virtual_seconds: seconds,
            max_callbacks: self.max_callbacks.max(1),
            ..RunConfig::default()
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

    #[test]
    fn nonsense_values_are_clamped() {
        let s = Settings {
            instr_cost_ns: -5.0,
            max_instructions: 0,
            max_virtual_seconds: f64::NAN,
            max_callbacks: 0,
        };
        let c = s.run_config("main.py");
        assert_eq!(c.instr_cost_ns, 0.0);
        assert_eq!(c.max_instructions, 1);
        assert_eq!(c.max_virtual_seconds, 86_400.0);
        assert_eq!(c.max_callbacks, 1);
    }
}
