//! `--format junit`: JUnit XML as Jenkins and GitLab read it (the junit-10 schema, the shape
//! of pytest's `--junitxml`): one `<testsuite>` per topic, one `<testcase>` per case.
//! A wrong output is a `<failure>`; a crash, timeout or limit is an `<error>`, as pytest
//! reports an exception outside an assertion.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Reporter, machine_message, plain};
use crate::course::Course;
use crate::diff;
use crate::engine::{Event, ExerciseResult};
use crate::i18n::Lang;
use crate::judge::Verdict;

/// Lines of a case's stderr kept in the report.
const STDERR_LINES: usize = 40;

pub struct JunitReporter<'a> {
    pub out: Box<dyn Write + 'a>,
    pub course: &'a Course,
    pub python: String,
}

impl Reporter for JunitReporter<'_> {
    fn on_event(&mut self, event: &Event) -> io::Result<()> {
        let Event::RunFinished { results } = event else {
            return Ok(());
        };
        let xml = self.document(results);
        self.out.write_all(xml.as_bytes())?;
        self.out.flush()
    }
}

#[derive(Default)]
struct Counts {
    tests: usize,
    failures: usize,
    errors: usize,
    skipped: usize,
    seconds: f64,
}

impl Counts {
    fn attributes(&self) -> String {
        format!(
            r#"tests="{}" failures="{}" errors="{}" skipped="{}" time="{:.3}""#,
            self.tests, self.failures, self.errors, self.skipped, self.seconds
        )
    }

    fn add(&mut self, other: &Counts) {
        self.tests += other.tests;
        self.failures += other.failures;
        self.errors += other.errors;
        self.skipped += other.skipped;
        self.seconds += other.seconds;
    }
}

impl JunitReporter<'_> {
    fn document(&self, results: &[ExerciseResult]) -> String {
        let mut suites = String::new();
        let mut total = Counts::default();
        // Results come in course order, so a topic's exercises are next to each other.
        let mut start = 0;
        while start < results.len() {
            let topic = self.course.exercises[results[start].exercise].topic;
            let end = results[start..]
                .iter()
                .position(|r| self.course.exercises[r.exercise].topic != topic)
                .map_or(results.len(), |n| start + n);
            let (suite, counts) = self.suite(topic, &results[start..end]);
            suites.push_str(&suite);
            total.add(&counts);
            start = end;
        }
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pyroad\" {}>\n{suites}</testsuites>\n",
            total.attributes()
        )
    }

    fn suite(&self, topic: usize, results: &[ExerciseResult]) -> (String, Counts) {
        let course = self.course;
        let topic_spec = &course.topics[topic];
        let suite_name = format!(
            "{}.{}",
            course.levels[topic_spec.level].dir_name, topic_spec.dir_name
        );
        let mut counts = Counts::default();
        let mut cases = String::new();
        for result in results {
            let exercise = &course.exercises[result.exercise];
            for (case, spec) in result.cases.iter().zip(&exercise.spec.cases) {
                let seconds = case.elapsed().as_secs_f64();
                counts.tests += 1;
                counts.seconds += seconds;
                let _ = write!(
                    cases,
                    r#"    <testcase classname="{}.{}" name="{}" time="{seconds:.3}""#,
                    escape(&suite_name),
                    escape(&exercise.name),
                    escape(&case.name)
                );
                let message = machine_message(&case.judgement, &self.python);
                let body = self.details(case, spec);
                let element = match case.verdict() {
                    Verdict::Passed => {
                        cases.push_str("/>\n");
                        continue;
                    }
                    Verdict::Skipped => {
                        counts.skipped += 1;
                        let _ = writeln!(
                            cases,
                            ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                            escape(&message)
                        );
                        continue;
                    }
                    Verdict::WrongOutput => {
                        counts.failures += 1;
                        "failure"
                    }
                    _ => {
                        counts.errors += 1;
                        "error"
                    }
                };
                let _ = writeln!(
                    cases,
                    ">\n      <{element} message=\"{}\" type=\"{}\">{}</{element}>\n    </testcase>",
                    escape(&message),
                    case.verdict().as_str(),
                    escape(&body)
                );
            }
        }
        let suite = format!(
            "  <testsuite name=\"{}\" {}>\n{cases}  </testsuite>\n",
            escape(&suite_name),
            counts.attributes()
        );
        (suite, counts)
    }

    /// The diff (for a wrong output) and stderr, as plain text; nothing of a hidden case.
    fn details(&self, case: &crate::engine::CaseResult, spec: &crate::spec::Case) -> String {
        let Some(raw) = &case.raw else {
            return String::new();
        };
        if spec.hidden {
            return String::new();
        }
        let mut text = String::new();
        if case.verdict() == Verdict::WrongOutput
            && let Some(expected) = &spec.expect
        {
            let actual = String::from_utf8_lossy(&raw.stdout);
            let exact = spec.compare == crate::spec::Compare::Exact;
            text.push_str("expected (-) and actual (+):\n");
            for line in diff::render(expected, &actual, exact, Lang::En) {
                text.push_str(&plain(&line));
                text.push('\n');
            }
        }
        if !raw.stderr.is_empty() {
            // The end of stderr says what went wrong; a flood is cut to its last lines.
            let stderr = String::from_utf8_lossy(&raw.stderr);
            let lines: Vec<&str> = stderr.lines().collect();
            text.push_str("stderr:\n");
            for line in &lines[lines.len().saturating_sub(STDERR_LINES)..] {
                text.push_str(&diff::clip_line(line));
                text.push('\n');
            }
        }
        text
    }
}

/// XML text and attribute escaping; characters XML 1.0 cannot hold at all are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escape_handles_markup_and_control_characters() {
        assert_eq!(
            super::escape("a<b & \"c\"\u{7}"),
            "a&lt;b &amp; &quot;c&quot;"
        );
    }
}
