//! The engine configuration a page run gets from the visitor's settings and the program's
//! `# loopscope:` header.

use loopscope_engine::config::{RunConfig, DEFAULT_INSTR_COST_NS};
use loopscope_protocol::header::{self, HeaderError};
use loopscope_protocol::settings::Settings;

/// The engine configuration for a run of `source` as `filename`: the visitor's settings with
/// what the program's header sets (the header wins: the program carries its own settings).
pub fn config_for(
    source: &str,
    settings: &Settings,
    filename: &str,
) -> Result<RunConfig, HeaderError> {
    Ok(run_config(&header::effective(source, settings)?, filename))
}

/// The engine configuration for a run of `filename` with these settings. Values outside
/// sensible ranges (negative or non-finite costs, zero budgets) are clamped so that a
/// hand-edited link cannot make the engine misbehave.
pub fn run_config(settings: &Settings, filename: &str) -> RunConfig {
    let cost = if settings.instr_cost_ns.is_finite() {
        settings.instr_cost_ns.clamp(0.0, 1e9)
    } else {
        DEFAULT_INSTR_COST_NS
    };
    let seconds = if settings.max_virtual_seconds.is_finite() && settings.max_virtual_seconds > 0.0
    {
        settings.max_virtual_seconds
    } else {
        Settings::default().max_virtual_seconds
    };
    RunConfig {
        filename: filename.to_string(),
        instr_cost_ns: cost,
        max_instructions: settings.max_instructions.max(1),
        max_virtual_seconds: seconds,
        max_callbacks: settings.max_callbacks.max(1),
        python_asyncio: settings.python_asyncio,
        virtual_cores: settings.virtual_cores.clamp(1, 1024),
        ..RunConfig::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_and_the_engine_agree_on_the_default_cost() {
        assert_eq!(
            Settings::default().instr_cost_ns,
            loopscope_engine::config::DEFAULT_INSTR_COST_NS
        );
    }

    #[test]
    fn the_page_and_the_engine_agree_on_the_default_core_count() {
        assert_eq!(
            Settings::default().virtual_cores,
            loopscope_engine::config::DEFAULT_VIRTUAL_CORES
        );
    }

    #[test]
    fn the_programs_header_wins_over_the_visitors_settings() {
        let page = Settings { instr_cost_ns: 3.0, max_callbacks: 10, ..Settings::default() };
        let c = config_for("# loopscope: instr-cost-ns=7\nx = 1\n", &page, "main.py")
            .expect("valid header");
        assert_eq!((c.instr_cost_ns, c.max_callbacks), (7.0, 10));
        let err = config_for("# loopscope: speed=9\n", &page, "main.py").expect_err("unknown");
        assert_eq!(err.line, 1);
    }

    #[test]
    fn nonsense_values_are_clamped() {
        let s = Settings {
            instr_cost_ns: -5.0,
            max_instructions: 0,
            max_virtual_seconds: f64::NAN,
            max_callbacks: 0,
            python_asyncio: true,
            virtual_cores: 0,
        };
        let c = run_config(&s, "main.py");
        assert_eq!(c.virtual_cores, 1);
        assert!(c.python_asyncio);
        assert_eq!(c.instr_cost_ns, 0.0);
        assert_eq!(c.max_instructions, 1);
        assert_eq!(c.max_virtual_seconds, 86_400.0);
        assert_eq!(c.max_callbacks, 1);
    }
}
