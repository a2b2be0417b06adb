//! Source text with a line index, so byte offsets from the parser become lines and columns.

/// A program's text and where each of its lines starts.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// The file name shown in tracebacks, e.g. `main.py`.
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceText {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32 + 1),
        );
        Self { name: name.into(), text, line_starts }
    }

    /// The 1-based line holding byte `offset` (offsets past the end belong to the last line).
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The 1-based column, counted in characters as CPython counts them, of byte `offset`.
    pub fn column_of(&self, offset: u32) -> u32 {
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1] as usize;
        let end = (offset as usize).min(self.text.len());
        let prefix = self.text.get(start..end).unwrap_or("");
        prefix.chars().count() as u32 + 1
    }

    /// The text of 1-based `line`, without its line break; empty past the end.
    pub fn line_text(&self, line: u32) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1) as usize) else {
            return "";
        };
        let rest = &self.text[start as usize..];
        let end = rest.find('\n').unwrap_or(rest.len());
        rest[..end].trim_end_matches('\r')
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_follow_offsets() {
        let src = SourceText::new("t.py", "ab\ncdé\n\nx");
        assert_eq!(src.line_of(0), 1);
        assert_eq!(src.line_of(2), 1);
        assert_eq!(src.line_of(3), 2);
        assert_eq!(src.line_of(9), 4);
        assert_eq!(src.column_of(4), 2);
        // Columns count characters, not bytes: `x` after the two-byte é.
        assert_eq!(src.line_text(2), "cdé");
        assert_eq!(src.line_text(3), "");
        assert_eq!(src.line_text(9), "");
        assert_eq!(src.line_count(), 4);
    }
}
