//! What the program prints: stdout with the virtual time at which each line's first character
//! was written (for `--timestamps` and the console panel), and stderr.

use loopscope_pyfmt as pyfmt;

#[derive(Default)]
pub struct Console {
    pub stdout: String,
    pub stderr: String,
    /// For each stdout line: where it starts in `stdout` and when its first character came.
    pub line_starts: Vec<(usize, f64)>,
}

impl Console {
    pub fn write_stdout(&mut self, text: &str, now: f64) {
        let mut at_line_start = self.stdout.is_empty() || self.stdout.ends_with('\n');
        for (i, byte) in text.bytes().enumerate() {
            if at_line_start {
                self.line_starts.push((self.stdout.len() + i, now));
            }
            at_line_start = byte == b'\n';
        }
        self.stdout.push_str(text);
    }

    pub fn write_stderr(&mut self, text: &str) {
        self.stderr.push_str(text);
    }

    /// stdout with every line prefixed by `f"{t:.3f} "`, as the conformance harness writes it.
    pub fn timestamped_stdout(&self) -> String {
        let mut out = String::with_capacity(self.stdout.len() + self.line_starts.len() * 8);
        let mut last = 0;
        for &(start, t) in &self.line_starts {
            out.push_str(&self.stdout[last..start]);
            out.push_str(&pyfmt::format_float(t, ".3f").unwrap_or_default());
            out.push(' ');
            last = start;
        }
        out.push_str(&self.stdout[last..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_gets_the_time_of_its_first_character() {
        let mut c = Console::default();
        c.write_stdout("a", 0.0);
        c.write_stdout("b\nc", 1.0);
        c.write_stdout("\n\n", 2.5);
        c.write_stdout("end", 3.0);
        assert_eq!(c.timestamped_stdout(), "0.000 ab\n1.000 c\n2.500 \n3.000 end");
    }
}
