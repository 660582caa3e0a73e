//! Reporters: consumers of the engine's events that write for people or for machines.
//!
//! Each reporter writes to a `&mut dyn Write`, so tests capture it in a buffer. Adding a
//! format adds a file here and never touches the engine.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;

use crate::engine::Event;

/// A consumer of the engine's events. Every output format is one.
pub trait Reporter {
    fn on_event(&mut self, event: &Event) -> std::io::Result<()>;
}

/// Several reporters fed the same events, such as the human view on the terminal and a
/// JUnit file for CI.
pub struct Fanout<'a>(pub Vec<Box<dyn Reporter + 'a>>);

impl Reporter for Fanout<'_> {
    fn on_event(&mut self, event: &Event) -> std::io::Result<()> {
        self.0.iter_mut().try_for_each(|r| r.on_event(event))
    }
}

/// Text with its colour codes removed, for files and machine formats.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // Skip a CSI sequence: ESC [ parameters final-letter.
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

use crate::i18n::{Lang, Msg, tr};
use crate::judge::{Detail, Exception, Judgement, NearMiss, Stream, Verdict};

pub fn verdict_label(verdict: Verdict, lang: Lang) -> String {
    let msg = match verdict {
        Verdict::Passed => Msg::VerdictPassed,
        Verdict::WrongOutput => Msg::VerdictWrongOutput,
        Verdict::RuntimeError => Msg::VerdictRuntimeError,
        Verdict::Timeout => Msg::VerdictTimeout,
        Verdict::MemoryLimit => Msg::VerdictMemoryLimit,
        Verdict::OutputLimit => Msg::VerdictOutputLimit,
        Verdict::Skipped => Msg::VerdictSkipped,
    };
    tr(lang, msg, &[])
}

/// Quotes a piece of output so that its edges (and emptiness) are visible in one line.
fn quoted(text: &str) -> String {
    const MAX: usize = 60;
    let mut shown: String = text.chars().take(MAX).collect();
    if text.chars().count() > MAX {
        shown.push('…');
    }
    format!("{shown:?}")
}

fn signal_name(signal: i32) -> String {
    let name = match signal {
        libc::SIGSEGV => "SIGSEGV (segmentation fault)",
        libc::SIGKILL => "SIGKILL",
        libc::SIGABRT => "SIGABRT (abort)",
        libc::SIGTERM => "SIGTERM",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGXFSZ => "SIGXFSZ (file too large)",
        _ => return format!("signal {signal}"),
    };
    name.to_string()
}

fn exception_text(exception: &Exception, lang: Lang) -> String {
    match &exception.location {
        Some(at) => tr(lang, Msg::ExceptionAt, &[&exception.summary, at]),
        None => exception.summary.clone(),
    }
}

/// One line that says why a case got its verdict. `python` is named in install advice.
pub fn describe(judgement: &Judgement, lang: Lang, python: &str) -> String {
    match &judgement.detail {
        Detail::Passed => tr(lang, Msg::VerdictPassed, &[]),
        Detail::LineDiffers {
            line,
            expected,
            actual,
        } => tr(
            lang,
            Msg::LineDiffers,
            &[line, &quoted(expected), &quoted(actual)],
        ),
        Detail::MissingLine { line, expected } => {
            tr(lang, Msg::MissingLine, &[line, &quoted(expected)])
        }
        Detail::ExtraLine { line, actual } => tr(lang, Msg::ExtraLine, &[line, &quoted(actual)]),
        Detail::TokenDiffers {
            index,
            expected,
            actual,
        } => tr(
            lang,
            Msg::TokenDiffers,
            &[index, &quoted(expected), &quoted(actual)],
        ),
        Detail::TokenCount { expected, actual } => tr(lang, Msg::TokenCount, &[expected, actual]),
        Detail::LineNotPrinted(line) => tr(lang, Msg::LineNotPrinted, &[&quoted(line)]),
        Detail::LineNotExpected(line) => tr(lang, Msg::LineNotExpected, &[&quoted(line)]),
        Detail::NoMatch => tr(lang, Msg::NoMatch, &[]),
        Detail::FinalNewline { expected: true } => tr(lang, Msg::NeedsFinalNewline, &[]),
        Detail::FinalNewline { expected: false } => tr(lang, Msg::NoFinalNewline, &[]),
        Detail::StderrMissing(text) => tr(lang, Msg::StderrMissing, &[&quoted(text)]),
        Detail::HiddenDiffers { line: Some(line) } => tr(lang, Msg::HiddenLineDiffers, &[line]),
        Detail::HiddenDiffers { line: None } => tr(lang, Msg::HiddenDiffers, &[]),
        Detail::ExitCode {
            exception: Some(e), ..
        }
        | Detail::Signal {
            exception: Some(e), ..
        } => exception_text(e, lang),
        Detail::ExitCode {
            expected,
            actual,
            exception: None,
        } => tr(lang, Msg::ExitCode, &[actual, expected]),
        Detail::Signal {
            signal,
            exception: None,
        } => tr(lang, Msg::Signal, &[&signal_name(*signal)]),
        Detail::Timeout { secs } => tr(lang, Msg::Timeout, &[secs]),
        Detail::Memory { mb } => tr(lang, Msg::MemoryLimit, &[mb]),
        Detail::Output { stream } => {
            let stream = match stream {
                Stream::Stdout => tr(lang, Msg::Stdout, &[]),
                Stream::Stderr => tr(lang, Msg::Stderr, &[]),
            };
            tr(lang, Msg::OutputLimit, &[&stream])
        }
        Detail::Skipped { modules } => {
            tr(lang, Msg::SkippedMissing, &[&modules.join(" "), &python])
        }
        Detail::NotStarted(reason) => tr(lang, Msg::NotStarted, &[reason]),
    }
}

/// The one-line message of the machine formats (JSON, JUnit, GitHub): the reason and, where
/// a looser comparison would have passed, which one; always in English.
pub fn machine_message(judgement: &Judgement, python: &str) -> String {
    let reason = describe(judgement, Lang::En, python);
    match judgement.near_miss {
        Some(near) => format!("{reason}; {}", near_miss_text(near, Lang::En)),
        None => reason,
    }
}

pub fn near_miss_text(near: NearMiss, lang: Lang) -> String {
    let msg = match near {
        NearMiss::FinalNewline => Msg::NearFinalNewline,
        NearMiss::TrailingWhitespace => Msg::NearTrailingWhitespace,
        NearMiss::Case => Msg::NearCase,
        NearMiss::Spacing => Msg::NearSpacing,
        NearMiss::Order => Msg::NearOrder,
        NearMiss::Rounding => Msg::NearRounding,
    };
    tr(lang, msg, &[])
}

/// A text bar such as `████░░░░░░` for `done` of `total`.
pub fn bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width).checked_div(total).unwrap_or(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}
