//! What a child reports on its last stderr line: `loopscope-bench: key=value ...`.

use std::collections::HashMap;

const PREFIX: &str = "loopscope-bench: ";

/// Replay timings, in seconds.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReplayTimes {
    /// `Replay::new`: one pass over the trace.
    pub index: f64,
    /// The slowest `state_at`, and the step it rebuilt.
    pub worst: f64,
    pub worst_step: u64,
    /// 99% of the sampled steps took at most this long (one slow step on a busy machine
    /// may be the scheduler's doing; a slow percentile is the code's).
    pub p99: f64,
    pub mean: f64,
    pub samples: u64,
}

/// One engine run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub seconds: f64,
    /// The program's exit status (0: it finished).
    pub status: i32,
    pub events: u64,
    /// Bytes the encoded events take.
    pub bytes: u64,
    /// The trace's string table (task names, reprs, handle labels): count and bytes.
    pub strings: u64,
    pub string_bytes: u64,
    pub instructions: u64,
    pub virtual_seconds: f64,
    pub replay: Option<ReplayTimes>,
}

impl Report {
    pub fn to_line(&self) -> String {
        let mut line = format!(
            "{PREFIX}seconds={} status={} events={} bytes={} strings={} string_bytes={} \
             instructions={} virtual={}",
            self.seconds,
            self.status,
            self.events,
            self.bytes,
            self.strings,
            self.string_bytes,
            self.instructions,
            self.virtual_seconds
        );
        if let Some(r) = self.replay {
            line += &format!(
                " replay_index={} replay_worst={} replay_worst_step={} replay_p99={} \
                 replay_mean={} replay_samples={}",
                r.index, r.worst, r.worst_step, r.p99, r.mean, r.samples
            );
        }
        line
    }

    /// Finds and reads the report in a child's stderr.
    pub fn from_stderr(stderr: &str) -> Result<Report, String> {
        let line = stderr
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix(PREFIX))
            .ok_or_else(|| format!("the child reported nothing; its stderr:\n{stderr}"))?;
        let fields: HashMap<&str, &str> =
            line.split_whitespace().filter_map(|kv| kv.split_once('=')).collect();
        let replay = if fields.contains_key("replay_worst") {
            Some(ReplayTimes {
                index: get(&fields, "replay_index")?,
                worst: get(&fields, "replay_worst")?,
                worst_step: get(&fields, "replay_worst_step")?,
                p99: get(&fields, "replay_p99")?,
                mean: get(&fields, "replay_mean")?,
                samples: get(&fields, "replay_samples")?,
            })
        } else {
            None
        };
        Ok(Report {
            seconds: get(&fields, "seconds")?,
            status: get(&fields, "status")?,
            events: get(&fields, "events")?,
            bytes: get(&fields, "bytes")?,
            strings: get(&fields, "strings")?,
            string_bytes: get(&fields, "string_bytes")?,
            instructions: get(&fields, "instructions")?,
            virtual_seconds: get(&fields, "virtual")?,
            replay,
        })
    }
}

fn get<T: std::str::FromStr>(fields: &HashMap<&str, &str>, key: &str) -> Result<T, String> {
    fields
        .get(key)
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("the child's report has no valid {key}"))
}
