//! Turning what a case did ([`RawOutcome`]) into a verdict, with a one-line reason.
//!
//! The reason is structured ([`Detail`]) rather than a string, so that each reporter can say
//! it in the learner's language and JSON can say it in stable English.

use serde::Serialize;

use crate::runner::{Exit, RawOutcome};
use crate::spec::{Case, Compare, DEFAULT_TOLERANCE};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Passed,
    WrongOutput,
    RuntimeError,
    Timeout,
    MemoryLimit,
    OutputLimit,
    Skipped,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Passed => "passed",
            Verdict::WrongOutput => "wrong_output",
            Verdict::RuntimeError => "runtime_error",
            Verdict::Timeout => "timeout",
            Verdict::MemoryLimit => "memory_limit",
            Verdict::OutputLimit => "output_limit",
            Verdict::Skipped => "skipped",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Why a case got its verdict.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    Passed,
    /// 1-based line where expected and actual output first differ.
    LineDiffers {
        line: usize,
        expected: String,
        actual: String,
    },
    /// The output ended before the expected line `line`.
    MissingLine {
        line: usize,
        expected: String,
    },
    /// The output goes on past the expected end, starting with this line.
    ExtraLine {
        line: usize,
        actual: String,
    },
    /// 1-based token where the outputs first differ (tokens and float modes).
    TokenDiffers {
        index: usize,
        expected: String,
        actual: String,
    },
    TokenCount {
        expected: usize,
        actual: usize,
    },
    /// sorted-lines: a line expected (or printed) that the other side lacks.
    LineNotPrinted(String),
    LineNotExpected(String),
    NoMatch,
    /// Only the final newline differs (`exact` mode): expected to have one, or not.
    FinalNewline {
        expected: bool,
    },
    StderrMissing(String),
    /// A hidden case's output is wrong; where, at most, since the expected text is secret.
    HiddenDiffers {
        line: Option<usize>,
    },
    ExitCode {
        expected: i32,
        actual: i32,
        exception: Option<Exception>,
    },
    Signal {
        signal: i32,
        exception: Option<Exception>,
    },
    Timeout {
        secs: f64,
    },
    Memory {
        mb: u64,
    },
    Output {
        stream: Stream,
    },
    Skipped {
        modules: Vec<String>,
    },
    NotStarted(String),
}

/// The last line of a traceback and where it happened, preferring the learner's own file.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    pub summary: String,
    pub location: Option<String>,
}

/// A looser comparison that would have passed: often exactly what the learner needs to hear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NearMiss {
    FinalNewline,
    TrailingWhitespace,
    Case,
    Spacing,
    Order,
    Rounding,
}

#[derive(Debug, Clone)]
pub struct Judgement {
    pub verdict: Verdict,
    pub detail: Detail,
    pub near_miss: Option<NearMiss>,
}

impl Judgement {
    fn new(verdict: Verdict, detail: Detail) -> Self {
        Judgement {
            verdict,
            detail,
            near_miss: None,
        }
    }

    pub fn skipped(modules: Vec<String>) -> Self {
        Self::new(Verdict::Skipped, Detail::Skipped { modules })
    }

    pub fn not_started(reason: String) -> Self {
        Self::new(Verdict::RuntimeError, Detail::NotStarted(reason))
    }
}

/// Judges one finished case. `learner_display` is how the learner's file appears in the
/// (already rewritten) stderr, so the exception can be placed in their code.
pub fn judge(
    case: &Case,
    raw: &RawOutcome,
    timeout_secs: f64,
    memory_mb: u64,
    learner_display: &str,
) -> Judgement {
    if raw.stdout_overflow || raw.stderr_overflow {
        let stream = if raw.stdout_overflow {
            Stream::Stdout
        } else {
            Stream::Stderr
        };
        return Judgement::new(Verdict::OutputLimit, Detail::Output { stream });
    }
    if raw.timed_out || raw.exit == Exit::Signal(libc::SIGXCPU) {
        return Judgement::new(Verdict::Timeout, Detail::Timeout { secs: timeout_secs });
    }
    let stderr = String::from_utf8_lossy(&raw.stderr);
    let exception = find_exception(&stderr, learner_display);
    if raw.exit != Exit::Code(case.exit_code) && ran_out_of_memory(&stderr, exception.as_ref()) {
        return Judgement::new(Verdict::MemoryLimit, Detail::Memory { mb: memory_mb });
    }
    match raw.exit {
        Exit::Signal(signal) => {
            return Judgement::new(Verdict::RuntimeError, Detail::Signal { signal, exception });
        }
        Exit::Code(actual) if actual != case.exit_code => {
            return Judgement::new(
                Verdict::RuntimeError,
                Detail::ExitCode {
                    expected: case.exit_code,
                    actual,
                    exception,
                },
            );
        }
        Exit::Code(_) => {}
    }
    let stdout = String::from_utf8_lossy(&raw.stdout);
    if let Some(expected) = &case.expect
        && !passes(case, case.compare, case.ignore_case, expected, &stdout)
    {
        return Judgement {
            verdict: Verdict::WrongOutput,
            detail: redact(case, explain(case, expected, &stdout)),
            near_miss: near_miss(case, expected, &stdout),
        };
    }
    for needle in &case.stderr_contains {
        if !stderr.contains(needle.as_str()) {
            let detail = redact(case, Detail::StderrMissing(needle.clone()));
            return Judgement::new(Verdict::WrongOutput, detail);
        }
    }
    Judgement::new(Verdict::Passed, Detail::Passed)
}

/// A hidden case must not tell its expected output through the message.
fn redact(case: &Case, detail: Detail) -> Detail {
    if !case.hidden {
        return detail;
    }
    let line = match detail {
        Detail::LineDiffers { line, .. }
        | Detail::MissingLine { line, .. }
        | Detail::ExtraLine { line, .. } => Some(line),
        _ => None,
    };
    Detail::HiddenDiffers { line }
}

fn ran_out_of_memory(stderr: &str, exception: Option<&Exception>) -> bool {
    exception.is_some_and(|e| e.summary.starts_with("MemoryError"))
        || stderr.contains("Cannot allocate memory")
        || stderr.contains("Fatal Python error: _PyMem")
        || (stderr.contains("Fatal Python error") && stderr.contains("MemoryError"))
}

/// The exception of a Python traceback on stderr, if there is one.
pub fn find_exception(stderr: &str, learner_display: &str) -> Option<Exception> {
    let start = stderr
        .rfind("Traceback (most recent call last):")
        .or_else(|| stderr.find("  File \""))?;
    let tail = &stderr[start..];
    // The exception is the first line after the frames that is not indented; what follows
    // it (a RuntimeWarning printed at exit, say) is not the error.
    let summary = tail
        .lines()
        .skip(1)
        .find(|line| !line.is_empty() && !line.starts_with(' '))?
        .trim()
        .to_string();
    let frames: Vec<(String, String)> = tail
        .lines()
        .filter_map(|line| {
            let rest = line.trim_start().strip_prefix("File \"")?;
            let (file, rest) = rest.split_once("\", line ")?;
            let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
            Some((file.to_string(), number))
        })
        .collect();
    let frame = frames
        .iter()
        .rev()
        .find(|(file, _)| file == learner_display)
        .or(frames.last());
    Some(Exception {
        summary,
        location: frame.map(|(file, line)| format!("{file}:{line}")),
    })
}

/// Line endings as Unix writes them, whatever the program's platform habits.
fn unix_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// The `lines` view: trailing whitespace of each line and blank lines at the end dropped.
fn trimmed_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

fn fold(text: &str, ignore_case: bool) -> String {
    let text = unix_newlines(text);
    if ignore_case {
        text.to_lowercase()
    } else {
        text
    }
}

fn numbers_close(expected: &str, actual: &str, abs_tol: f64, rel_tol: f64) -> bool {
    match (expected.parse::<f64>(), actual.parse::<f64>()) {
        (Ok(e), Ok(a)) if e.is_nan() || a.is_nan() => e.is_nan() && a.is_nan(),
        (Ok(e), Ok(a)) if e == a => true,
        (Ok(e), Ok(a)) => {
            let diff = (e - a).abs();
            diff <= abs_tol || diff <= rel_tol * e.abs().max(a.abs())
        }
        (Ok(_), Err(_)) => false,
        _ => expected == actual,
    }
}

fn passes(case: &Case, mode: Compare, ignore_case: bool, expected: &str, actual: &str) -> bool {
    let (expected, actual) = (fold(expected, ignore_case), fold(actual, ignore_case));
    match mode {
        Compare::Exact => expected == actual,
        Compare::Lines => trimmed_lines(&expected) == trimmed_lines(&actual),
        Compare::Tokens => expected.split_whitespace().eq(actual.split_whitespace()),
        Compare::Float => {
            let (e, a): (Vec<&str>, Vec<&str>) = (
                expected.split_whitespace().collect(),
                actual.split_whitespace().collect(),
            );
            e.len() == a.len()
                && e.iter()
                    .zip(&a)
                    .all(|(e, a)| numbers_close(e, a, case.abs_tol, case.rel_tol))
        }
        Compare::SortedLines => {
            let (mut e, mut a) = (trimmed_lines(&expected), trimmed_lines(&actual));
            e.sort_unstable();
            a.sort_unstable();
            e == a
        }
        Compare::Regex => match &case.pattern {
            // The pattern carries its own case flag; the text is matched as printed.
            Some(pattern) => {
                pattern.is_match(unix_newlines(actual.as_str()).trim_end_matches('\n'))
            }
            None => false,
        },
    }
}

fn explain(case: &Case, expected: &str, actual: &str) -> Detail {
    let (expected, actual) = (unix_newlines(expected), unix_newlines(actual));
    match case.compare {
        Compare::Regex => Detail::NoMatch,
        Compare::Tokens | Compare::Float => {
            let (e, a): (Vec<&str>, Vec<&str>) = (
                expected.split_whitespace().collect(),
                actual.split_whitespace().collect(),
            );
            let same = |x: &str, y: &str| {
                if case.compare == Compare::Float {
                    numbers_close(x, y, case.abs_tol, case.rel_tol)
                } else {
                    fold(x, case.ignore_case) == fold(y, case.ignore_case)
                }
            };
            match e.iter().zip(&a).position(|(x, y)| !same(x, y)) {
                Some(i) => Detail::TokenDiffers {
                    index: i + 1,
                    expected: e[i].into(),
                    actual: a[i].into(),
                },
                None => Detail::TokenCount {
                    expected: e.len(),
                    actual: a.len(),
                },
            }
        }
        Compare::SortedLines => {
            let (e, a) = (trimmed_lines(&expected), trimmed_lines(&actual));
            let count = |lines: &[&str], line: &str| {
                lines
                    .iter()
                    .filter(|l| fold(l, case.ignore_case) == fold(line, case.ignore_case))
                    .count()
            };
            if let Some(line) = e.iter().find(|l| count(&a, l) < count(&e, l)) {
                Detail::LineNotPrinted(line.to_string())
            } else if let Some(line) = a.iter().find(|l| count(&e, l) < count(&a, l)) {
                Detail::LineNotExpected(line.to_string())
            } else {
                Detail::NoMatch
            }
        }
        Compare::Lines | Compare::Exact => {
            let (e, a): (Vec<&str>, Vec<&str>) = if case.compare == Compare::Lines {
                (trimmed_lines(&expected), trimmed_lines(&actual))
            } else {
                (expected.split('\n').collect(), actual.split('\n').collect())
            };
            let same = |x: &str, y: &str| fold(x, case.ignore_case) == fold(y, case.ignore_case);
            if case.compare == Compare::Exact
                && expected.trim_end_matches('\n') == actual.trim_end_matches('\n')
                && expected.ends_with('\n') != actual.ends_with('\n')
            {
                return Detail::FinalNewline {
                    expected: expected.ends_with('\n'),
                };
            }
            match e.iter().zip(&a).position(|(x, y)| !same(x, y)) {
                Some(i) => Detail::LineDiffers {
                    line: i + 1,
                    expected: e[i].into(),
                    actual: a[i].into(),
                },
                None if a.len() < e.len() => Detail::MissingLine {
                    line: a.len() + 1,
                    expected: e[a.len()].into(),
                },
                None if a.len() > e.len() => Detail::ExtraLine {
                    line: e.len() + 1,
                    actual: a[e.len()].into(),
                },
                None => Detail::NoMatch,
            }
        }
    }
}

/// The mildest relaxation of the case's comparison that would have passed, if any.
fn near_miss(case: &Case, expected: &str, actual: &str) -> Option<NearMiss> {
    let try_mode =
        |mode: Compare, ignore_case: bool| passes(case, mode, ignore_case, expected, actual);
    let mode = case.compare;
    if mode == Compare::Exact && try_mode(Compare::Lines, case.ignore_case) {
        let (e, a) = (unix_newlines(expected), unix_newlines(actual));
        return Some(if e.trim_end_matches('\n') == a.trim_end_matches('\n') {
            NearMiss::FinalNewline
        } else {
            NearMiss::TrailingWhitespace
        });
    }
    if !case.ignore_case && try_mode(mode, true) {
        return Some(NearMiss::Case);
    }
    if matches!(mode, Compare::Exact | Compare::Lines)
        && try_mode(Compare::Tokens, case.ignore_case)
    {
        return Some(NearMiss::Spacing);
    }
    if matches!(mode, Compare::Exact | Compare::Lines)
        && try_mode(Compare::SortedLines, case.ignore_case)
    {
        return Some(NearMiss::Order);
    }
    let loose = Case {
        abs_tol: DEFAULT_TOLERANCE,
        rel_tol: DEFAULT_TOLERANCE,
        ..case.clone()
    };
    if mode != Compare::Float
        && mode != Compare::Regex
        && passes(&loose, Compare::Float, case.ignore_case, expected, actual)
    {
        return Some(NearMiss::Rounding);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use std::time::Duration;

    fn case(extra: &str) -> Case {
        let src = format!("title = \"t\"\ninstructions = \"i\"\n[[cases]]\n{extra}\n");
        crate::spec::parse_exercise(Path::new("x.toml"), &src)
            .unwrap()
            .cases
            .remove(0)
    }

    fn outcome(stdout: &str, stderr: &str, exit: Exit) -> RawOutcome {
        RawOutcome {
            exit,
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
            stdout_overflow: false,
            stderr_overflow: false,
            timed_out: false,
            elapsed: Duration::ZERO,
        }
    }

    fn verdict_of(extra: &str, stdout: &str) -> Judgement {
        judge(
            &case(extra),
            &outcome(stdout, "", Exit::Code(0)),
            5.0,
            1024,
            "ex.py",
        )
    }

    #[test]
    fn lines_mode_forgives_trailing_space_and_crlf() {
        assert_eq!(
            verdict_of("expect = \"a\\nb\\n\"", "a  \r\nb\n\n\n").verdict,
            Verdict::Passed
        );
        let j = verdict_of("expect = \"a\\nb\"", "a\nc\n");
        assert_eq!(
            j.detail,
            Detail::LineDiffers {
                line: 2,
                expected: "b".into(),
                actual: "c".into()
            }
        );
    }

    #[test]
    fn exact_mode_names_the_missing_newline() {
        let j = verdict_of("expect = \"a\\n\"\ncompare = \"exact\"", "a");
        assert_eq!(j.verdict, Verdict::WrongOutput);
        assert_eq!(j.near_miss, Some(NearMiss::FinalNewline));
        assert_eq!(
            verdict_of("expect = \"a\\r\\n\"\ncompare = \"exact\"", "a\n").verdict,
            Verdict::Passed
        );
    }

    #[test]
    fn near_misses_are_named() {
        assert_eq!(
            verdict_of("expect = \"Hello\"", "hello").near_miss,
            Some(NearMiss::Case)
        );
        assert_eq!(
            verdict_of("expect = \"1 2\"", "1  2").near_miss,
            Some(NearMiss::Spacing)
        );
        assert_eq!(
            verdict_of("expect = \"a\\nb\"", "b\na").near_miss,
            Some(NearMiss::Order)
        );
        assert_eq!(
            verdict_of("expect = \"0.3\"", "0.30000000000000004").near_miss,
            Some(NearMiss::Rounding)
        );
        assert_eq!(verdict_of("expect = \"x\"", "y").near_miss, None);
    }

    #[test]
    fn float_mode_uses_tolerances() {
        assert_eq!(
            verdict_of(
                "expect = \"pi 3.14159\"\ncompare = \"float\"\nabs_tol = 0.001",
                "pi 3.1416"
            )
            .verdict,
            Verdict::Passed
        );
        let j = verdict_of("expect = \"pi 3.14159\"\ncompare = \"float\"", "pi 3.2");
        assert_eq!(
            j.detail,
            Detail::TokenDiffers {
                index: 2,
                expected: "3.14159".into(),
                actual: "3.2".into()
            }
        );
        assert_eq!(
            verdict_of(
                "expect = \"1e9\"\ncompare = \"float\"\nrel_tol = 0.01",
                "1.005e9"
            )
            .verdict,
            Verdict::Passed
        );
    }

    #[test]
    fn regex_matches_the_whole_output() {
        assert_eq!(
            verdict_of("expect = 'id=\\d+'\ncompare = \"regex\"", "id=42\n").verdict,
            Verdict::Passed
        );
        assert_eq!(
            verdict_of("expect = 'id=\\d+'\ncompare = \"regex\"", "id=42x\n").verdict,
            Verdict::WrongOutput
        );
        assert_eq!(
            verdict_of(
                "expect = 'ID=\\d+'\ncompare = \"regex\"\nignore_case = true",
                "id=7"
            )
            .verdict,
            Verdict::Passed
        );
    }

    #[test]
    fn sorted_lines_names_the_missing_line() {
        assert_eq!(
            verdict_of(
                "expect = \"a\\nb\\nb\"\ncompare = \"sorted-lines\"",
                "b\na\nb"
            )
            .verdict,
            Verdict::Passed
        );
        let j = verdict_of(
            "expect = \"a\\nb\\nb\"\ncompare = \"sorted-lines\"",
            "b\na\na",
        );
        assert_eq!(j.detail, Detail::LineNotPrinted("b".into()));
    }

    #[test]
    fn exceptions_point_at_the_learners_frame() {
        let stderr = "Traceback (most recent call last):\n  File \"drv.py\", line 2, in <module>\n    f()\n  File \"ex.py\", line 7, in f\n    return 1 / 0\n           ~~^~~\n  File \"/usr/lib/x.py\", line 9, in g\nZeroDivisionError: division by zero\n";
        let e = find_exception(stderr, "ex.py").unwrap();
        assert_eq!(e.summary, "ZeroDivisionError: division by zero");
        assert_eq!(e.location.as_deref(), Some("ex.py:7"));
    }

    #[test]
    fn hidden_cases_do_not_tell_their_expected_output() {
        let j = verdict_of("expect = \"a\\nsecret\"\nhidden = true", "a\nguess\n");
        assert_eq!(j.detail, Detail::HiddenDiffers { line: Some(2) });
        let c = case("stderr_contains = \"secret\"\nhidden = true");
        let j = judge(&c, &outcome("", "", Exit::Code(0)), 5.0, 64, "ex.py");
        assert_eq!(j.detail, Detail::HiddenDiffers { line: None });
    }

    #[test]
    fn a_warning_after_the_traceback_is_not_the_exception() {
        let stderr = "Traceback (most recent call last):\n  File \"ex.py\", line 3, in <module>\n    main()\nRuntimeError: asyncio.run() cannot be called from a running event loop\nsys:1: RuntimeWarning: coroutine 'f' was never awaited\n";
        let e = find_exception(stderr, "ex.py").unwrap();
        assert_eq!(
            e.summary,
            "RuntimeError: asyncio.run() cannot be called from a running event loop"
        );
    }

    #[test]
    fn exit_codes_and_memory() {
        let c = case("exit_code = 2");
        let j = judge(&c, &outcome("", "usage\n", Exit::Code(2)), 5.0, 64, "ex.py");
        assert_eq!(j.verdict, Verdict::Passed);
        let j = judge(
            &c,
            &outcome(
                "",
                "Traceback (most recent call last):\n  File \"ex.py\", line 1, in <module>\nMemoryError\n",
                Exit::Code(1),
            ),
            5.0,
            64,
            "ex.py",
        );
        assert_eq!(j.verdict, Verdict::MemoryLimit);
    }
}
