//! `--format github`: GitHub Actions workflow commands, so that each failing case becomes an
//! annotation on the learner's file in the pull request, and a Markdown job summary when
//! `GITHUB_STEP_SUMMARY` names a file.

use std::io::{self, Write};

use super::{Reporter, describe, machine_message};
use crate::course::Course;
use crate::engine::{Event, ExerciseResult, Status};
use crate::i18n::Lang;
use crate::judge::{Detail, Verdict};

pub struct GithubReporter<'a> {
    pub out: Box<dyn Write + 'a>,
    pub course: &'a Course,
    pub python: String,
    /// Where the job summary goes; `None` outside GitHub Actions.
    pub summary: Option<std::path::PathBuf>,
}

impl Reporter for GithubReporter<'_> {
    fn on_event(&mut self, event: &Event) -> io::Result<()> {
        match event {
            Event::ExerciseFinished { result } => self.annotate(result),
            Event::RunFinished { results } => self.summarise(results),
            Event::CaseStarted { .. } => Ok(()),
        }
    }
}

impl GithubReporter<'_> {
    fn annotate(&mut self, result: &ExerciseResult) -> io::Result<()> {
        let exercise = &self.course.exercises[result.exercise];
        for case in &result.cases {
            let level = match case.verdict() {
                Verdict::Passed => continue,
                Verdict::Skipped => "warning",
                _ => "error",
            };
            let message = machine_message(&case.judgement, &self.python);
            let title = format!(
                "{} [{}]: {}",
                exercise.name,
                case.name,
                case.verdict().as_str()
            );
            writeln!(
                self.out,
                "::{level} file={},line={},title={}::{}",
                property(&result.display_path),
                line_of(&case.judgement.detail, &result.display_path),
                property(&title),
                data(&message)
            )?;
        }
        Ok(())
    }

    fn summarise(&mut self, results: &[ExerciseResult]) -> io::Result<()> {
        let Some(path) = &self.summary else {
            return Ok(());
        };
        let count = |s: Status| results.iter().filter(|r| r.status() == s).count();
        let mut text = format!(
            "## pyroad\n\n{} passed, {} failed, {} skipped\n\n| exercise | status | first problem |\n|---|---|---|\n",
            count(Status::Pass),
            count(Status::Fail),
            count(Status::Skip)
        );
        for result in results {
            let exercise = &self.course.exercises[result.exercise];
            let mark = match result.status() {
                Status::Pass => "✅ pass",
                Status::Fail => "❌ fail",
                Status::Skip => "⏭️ skip",
            };
            let problem = result
                .cases
                .iter()
                .find(|c| c.verdict() != Verdict::Passed)
                .map(|c| {
                    format!(
                        "{}: {}",
                        c.name,
                        describe(&c.judgement, Lang::En, &self.python)
                    )
                })
                .unwrap_or_default()
                .replace('|', "\\|");
            text.push_str(&format!("| `{}` | {mark} | {problem} |\n", exercise.name));
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        file.write_all(text.as_bytes())
    }
}

/// The line of the learner's file the problem is on, where a traceback names one.
fn line_of(detail: &Detail, file: &str) -> u32 {
    let exception = match detail {
        Detail::ExitCode {
            exception: Some(e), ..
        }
        | Detail::Signal {
            exception: Some(e), ..
        } => e,
        _ => return 1,
    };
    exception
        .location
        .as_deref()
        .and_then(|at| at.strip_prefix(file)?.strip_prefix(':')?.parse().ok())
        .unwrap_or(1)
}

/// Escaping for the message of a workflow command.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping for a property (file, title) of a workflow command.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
