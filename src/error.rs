//! Errors a course author or learner can act on: each names the file, the line where there is
//! one, and the fix. Printing a [`SpecError`] shows the offending line with a caret, as `just`
//! and `rustc` do, because "invalid type at line 12" alone sends people counting lines.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use thiserror::Error;

/// A problem in one TOML file of a course.
#[derive(Debug, Clone)]
pub struct SpecError {
    pub path: PathBuf,
    /// 1-based line and column, where the problem has a place in the file.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// The text of the offending line, shown under the message.
    pub source_line: Option<String>,
    pub help: Option<String>,
}

impl SpecError {
    pub fn new(path: &Path, message: impl Into<String>) -> Self {
        SpecError {
            path: path.to_path_buf(),
            line: None,
            column: None,
            message: message.into(),
            source_line: None,
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn from_toml(path: &Path, source: &str, error: &toml::de::Error) -> Self {
        let message = error.message().trim().to_string();
        match error.span() {
            Some(span) => Self::at_span(path, source, span, message, ""),
            None => Self::new(path, message),
        }
    }

    pub fn at_span(
        path: &Path,
        source: &str,
        span: Range<usize>,
        message: String,
        help: &str,
    ) -> Self {
        let start = span.start.min(source.len());
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let mut error = Self::new(path, message);
        error.line = Some(crate::spec::line_of(source, start));
        error.column = Some(source[line_start..start].chars().count() + 1);
        error.source_line = Some(source[line_start..line_end].trim_end().to_string());
        if !help.is_empty() {
            error.help = Some(help.to_string());
        }
        error
    }

    /// An error about a top-level key, found by its name where serde gives no span.
    pub fn at_key(path: &Path, source: &str, key: &str, message: String, help: &str) -> Self {
        let offset = source
            .lines()
            .scan(0, |pos, line| {
                let start = *pos;
                *pos += line.len() + 1;
                Some((start, line))
            })
            .find(|(_, line)| {
                line.trim_start()
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map_or(0, |(start, _)| start);
        Self::at_span(path, source, offset..offset, message, help)
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.message)?;
        // Relative to where the author is, so the path can be clicked or pasted.
        let cwd = std::env::current_dir().unwrap_or_default();
        let path = self.path.strip_prefix(&cwd).unwrap_or(&self.path).display();
        match (self.line, self.column) {
            (Some(line), Some(column)) => writeln!(f, "  --> {path}:{line}:{column}")?,
            (Some(line), None) => writeln!(f, "  --> {path}:{line}")?,
            _ => writeln!(f, "  --> {path}")?,
        }
        if let (Some(line), Some(text)) = (self.line, &self.source_line) {
            let gutter = " ".repeat(line.to_string().len());
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{line} | {text}")?;
            let pad = " ".repeat(self.column.unwrap_or(1).saturating_sub(1));
            let width = text
                .chars()
                .skip(self.column.unwrap_or(1).saturating_sub(1))
                .take_while(|c| !c.is_whitespace() && *c != '=')
                .count()
                .max(1);
            writeln!(f, "{gutter} | {pad}{}", "^".repeat(width))?;
        }
        if let Some(help) = &self.help {
            writeln!(f, "  = help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecError {}

/// Errors that stop a command before any exercise runs. They all exit with status 2.
#[derive(Debug, Error)]
pub enum CourseError {
    #[error(
        "no pyroad course here: neither {0} nor any folder above it has an `exercises/` folder\n  = help: run pyroad inside a course, or pass --root DIR"
    )]
    NotFound(PathBuf),

    #[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<SpecError>),

    #[error("unknown exercise `{name}`{}", suggest(.suggestions))]
    UnknownExercise {
        name: String,
        suggestions: Vec<String>,
    },

    #[error("{path}: cannot be read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn suggest(names: &[String]) -> String {
    match names {
        [] => "\n  = help: `pyroad list` shows every exercise".into(),
        _ => format!(
            "\n  = help: did you mean {}?",
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_points_at_the_column() {
        let src = "title = \"x\"\nexpected = 3\n";
        let e = SpecError::at_span(Path::new("a.toml"), src, 12..20, "unknown field".into(), "");
        let shown = e.to_string();
        assert!(shown.contains("--> a.toml:2:1"), "{shown}");
        assert!(shown.contains("2 | expected = 3"), "{shown}");
        assert!(shown.contains("  | ^^^^^^^^\n"), "{shown}");
    }

    #[test]
    fn at_key_finds_the_key_line() {
        let src = "title = \"x\"\nitems_en = []\n";
        let e = SpecError::at_key(Path::new("t.toml"), src, "items_en", "m".into(), "h");
        assert_eq!(e.line, Some(2));
    }
}
