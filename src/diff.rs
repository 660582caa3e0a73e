//! A line diff of expected and actual output, for people.
//!
//! Whitespace is what learners cannot see and what most often fails them, so trailing spaces
//! and tabs are drawn (`·`, `→`) and a missing final newline is said in words.

use colored::Colorize;
use similar::{ChangeTag, TextDiff};

use crate::i18n::{Lang, Msg, tr};

/// Lines of a diff beyond this are summarised, so a flood does not bury the first mistake.
pub const MAX_DIFF_LINES: usize = 60;

/// The diff as printable lines (without a trailing newline each), `-` for expected and `+`
/// for actual, unchanged lines indented with two spaces. Unless the comparison is `exact`,
/// what it ignores (spaces at line ends, the final newline) is left out of the diff too, so
/// the diff shows only differences that matter.
pub fn render(expected: &str, actual: &str, exact: bool, lang: Lang) -> Vec<String> {
    let (expected, actual) = if exact {
        (expected.replace("\r\n", "\n"), actual.replace("\r\n", "\n"))
    } else {
        (forgiving(expected), forgiving(actual))
    };
    let diff = TextDiff::from_lines(&expected, &actual);
    let mut lines = Vec::new();
    for op in diff.ops() {
        let changes: Vec<_> = diff.iter_changes(op).collect();
        let side = |tag: ChangeTag| -> Vec<&str> {
            changes
                .iter()
                .filter(|c| c.tag() == tag)
                .map(|c| c.value())
                .collect()
        };
        let (old, new) = (side(ChangeTag::Delete), side(ChangeTag::Insert));
        if old.is_empty() || new.is_empty() {
            lines.extend(
                changes
                    .iter()
                    .map(|c| render_change(c.tag(), c.value(), lang)),
            );
            continue;
        }
        // A replaced block reads best as pairs: each expected line above the line printed
        // in its place, so the eye compares them character by character.
        for i in 0..old.len().max(new.len()) {
            if let Some(value) = old.get(i) {
                lines.push(render_change(ChangeTag::Delete, value, lang));
            }
            if let Some(value) = new.get(i) {
                lines.push(render_change(ChangeTag::Insert, value, lang));
            }
        }
    }
    if lines.len() > MAX_DIFF_LINES {
        let cut = lines.len() - MAX_DIFF_LINES;
        lines.truncate(MAX_DIFF_LINES);
        lines.push(tr(lang, Msg::Truncated, &[&cut]).dimmed().to_string());
    }
    lines
}

/// Text as the `lines` comparison sees it, each line ending in a newline.
fn forgiving(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

fn render_change(tag: ChangeTag, value: &str, lang: Lang) -> String {
    let text = visible(value.strip_suffix('\n').unwrap_or(value));
    let mut line = match tag {
        ChangeTag::Equal => format!("  {text}").dimmed().to_string(),
        ChangeTag::Delete => format!("- {text}").green().to_string(),
        ChangeTag::Insert => format!("+ {text}").red().to_string(),
    };
    if tag != ChangeTag::Equal && !value.ends_with('\n') {
        let note = format!("  ({})", tr(lang, Msg::NoNewlineAtEnd, &[]));
        line.push_str(&note.dimmed().to_string());
    }
    line
}

/// Characters of one line shown before the rest is summarised: a program that prints a
/// megabyte without a newline must not bury the screen.
pub const MAX_LINE_CHARS: usize = 300;

/// `line`, cut to [`MAX_LINE_CHARS`] with a note of how much was left out.
pub fn clip_line(line: &str) -> std::borrow::Cow<'_, str> {
    match line.char_indices().nth(MAX_LINE_CHARS) {
        None => line.into(),
        Some((at, _)) => {
            let rest = line[at..].chars().count();
            format!("{}… (+{rest} characters)", &line[..at]).into()
        }
    }
}

/// Trailing spaces and all tabs drawn as visible marks; long lines clipped.
pub fn visible(line: &str) -> String {
    let line = clip_line(line);
    let body = line.trim_end_matches([' ', '\t']);
    let tail = &line[body.len()..];
    let body = body.replace('\t', "→");
    let tail: String = tail
        .chars()
        .map(|c| if c == '\t' { '→' } else { '·' })
        .collect();
    if tail.is_empty() {
        body
    } else {
        format!("{body}{}", tail.on_bright_black())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: Vec<String>) -> String {
        colored::control::set_override(false);
        lines.join("\n")
    }

    #[test]
    fn marks_expected_and_actual() {
        colored::control::set_override(false);
        let shown = plain(render("a\nb\n", "a\nc\n", false, Lang::En));
        assert_eq!(shown, "  a\n- b\n+ c");
    }

    #[test]
    fn long_lines_are_clipped() {
        let line = "y".repeat(1000);
        let clipped = clip_line(&line);
        assert!(clipped.starts_with(&"y".repeat(MAX_LINE_CHARS)));
        assert!(clipped.ends_with("… (+700 characters)"), "{clipped}");
    }

    #[test]
    fn pairs_replaced_lines() {
        let shown = plain(render("a\nb\nc\n", "a\nB\nC\n", false, Lang::En));
        assert_eq!(shown, "  a\n- b\n+ B\n- c\n+ C");
    }

    #[test]
    fn shows_trailing_space_and_missing_newline() {
        colored::control::set_override(false);
        let shown = plain(render("hi\n", "hi  ", true, Lang::En));
        assert_eq!(shown, "- hi\n+ hi··  (no newline at end)");
        let forgiven = plain(render("hi", "hi  \nyo\n", false, Lang::En));
        assert_eq!(forgiven, "  hi\n+ yo");
    }
}
