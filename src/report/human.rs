//! The report people read: every case of one exercise in detail (`run`), or a line per
//! exercise with a summary (`verify`).

use std::collections::HashSet;
use std::io::{self, Write};

use colored::Colorize;

use super::{describe, near_miss_text, verdict_label};
use crate::course::Course;
use crate::diff;
use crate::engine::{CaseResult, Event, ExerciseResult, Status};
use crate::i18n::{Lang, Msg, tr};
use crate::judge::{Detail, Verdict};
use crate::spec::{Case, Compare};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Every case, and for each failure its input, diff and stderr.
    Detailed,
    /// One line per exercise.
    Compact,
}

pub struct HumanReporter<'a> {
    pub out: Box<dyn Write + 'a>,
    pub course: &'a Course,
    pub lang: Lang,
    /// The interpreter's path, named in install advice.
    pub python: String,
    pub style: Style,
}

/// Lines of stdin or stderr shown for a failure before the rest is summarised.
const MAX_SHOWN_LINES: usize = 40;
/// Lines of each fixture file shown for a failure.
const MAX_FILE_LINES: usize = 8;

impl super::Reporter for HumanReporter<'_> {
    fn on_event(&mut self, event: &Event) -> io::Result<()> {
        match (event, self.style) {
            (Event::ExerciseFinished { result }, Style::Detailed) => self.detailed(result),
            (Event::ExerciseFinished { result }, Style::Compact) => self.compact(result),
            (Event::RunFinished { results }, Style::Compact) => self.summary(results),
            _ => Ok(()),
        }
    }
}

impl HumanReporter<'_> {
    fn mark(verdict: Verdict) -> colored::ColoredString {
        match verdict {
            Verdict::Passed => "✓".green(),
            Verdict::Skipped => "○".yellow(),
            _ => "✗".red(),
        }
    }

    fn compact(&mut self, result: &ExerciseResult) -> io::Result<()> {
        let exercise = &self.course.exercises[result.exercise];
        let (mark, verdict) = match result.status() {
            Status::Pass => ("✓".green(), Verdict::Passed),
            Status::Skip => ("○".yellow(), Verdict::Skipped),
            Status::Fail => ("✗".red(), Verdict::WrongOutput),
        };
        let first_problem = result.cases.iter().find(|c| c.verdict() != Verdict::Passed);
        match first_problem {
            None => writeln!(self.out, "{mark} {}", exercise.name),
            Some(case) => {
                let why = describe(&case.judgement, self.lang, &self.python);
                let label = verdict_label(case.verdict(), self.lang);
                let label = if verdict == Verdict::Skipped {
                    label.yellow()
                } else {
                    label.red()
                };
                writeln!(
                    self.out,
                    "{mark} {}  {} [{}] {label}: {why}",
                    exercise.name,
                    result.display_path.dimmed(),
                    case.name
                )
            }
        }
    }

    fn summary(&mut self, results: &[ExerciseResult]) -> io::Result<()> {
        let count = |s: Status| results.iter().filter(|r| r.status() == s).count();
        let line = tr(
            self.lang,
            Msg::VerifySummary,
            &[
                &count(Status::Pass),
                &count(Status::Fail),
                &count(Status::Skip),
            ],
        );
        writeln!(self.out)?;
        if count(Status::Fail) > 0 {
            writeln!(self.out, "{}", line.red().bold())
        } else {
            writeln!(self.out, "{}", line.green().bold())
        }
    }

    fn detailed(&mut self, result: &ExerciseResult) -> io::Result<()> {
        let exercise = &self.course.exercises[result.exercise];
        let spec = &exercise.spec;
        let (title, fell_back) = self.lang.pick(&spec.title, spec.title_ko.as_deref());
        writeln!(
            self.out,
            "{} {}  {}",
            "▶".cyan(),
            title.bold(),
            result.display_path.underline()
        )?;
        let covers = self.covers(result.exercise);
        if !covers.is_empty() {
            let line = tr(self.lang, Msg::Practises, &[&covers.join(", ")]);
            writeln!(self.out, "  {}", line.dimmed())?;
        }
        if result.status() == Status::Fail {
            let (instructions, fell_back_too) = self
                .lang
                .pick(&spec.instructions, spec.instructions_ko.as_deref());
            if fell_back || fell_back_too {
                writeln!(
                    self.out,
                    "  {}",
                    tr(self.lang, Msg::EnglishFallback, &[]).dimmed()
                )?;
            }
            writeln!(self.out)?;
            for line in instructions.trim_end().lines() {
                writeln!(self.out, "  {line}")?;
            }
        }
        writeln!(self.out)?;
        let mut stderr_shown = HashSet::new();
        for (case, case_spec) in result.cases.iter().zip(&spec.cases) {
            self.case(case, case_spec, &mut stderr_shown)?;
        }
        let passed = result
            .cases
            .iter()
            .filter(|c| c.verdict() == Verdict::Passed)
            .count();
        writeln!(self.out)?;
        let line = tr(self.lang, Msg::CasesPassed, &[&passed, &result.cases.len()]);
        if passed == result.cases.len() {
            writeln!(self.out, "{}", line.green())
        } else {
            writeln!(self.out, "{}", line.red())
        }
    }

    /// The roadmap items the exercise practises, in English where the topic gives them.
    fn covers(&self, exercise: usize) -> Vec<String> {
        let exercise = &self.course.exercises[exercise];
        let topic = &self.course.topics[exercise.topic].spec;
        exercise
            .spec
            .covers
            .iter()
            .map(|item| {
                let english = topic
                    .items
                    .iter()
                    .position(|i| i == item)
                    .and_then(|at| topic.items_en.get(at));
                match (self.lang, english) {
                    (Lang::En, Some(english)) => english.clone(),
                    _ => item.clone(),
                }
            })
            .collect()
    }

    fn case(
        &mut self,
        case: &CaseResult,
        spec: &Case,
        stderr_shown: &mut HashSet<Vec<u8>>,
    ) -> io::Result<()> {
        let verdict = case.verdict();
        let millis = case.elapsed().as_millis();
        if verdict == Verdict::Passed {
            return writeln!(
                self.out,
                "  {} {}  {}",
                Self::mark(verdict),
                case.name,
                format!("{millis} ms").dimmed()
            );
        }
        let label = verdict_label(verdict, self.lang);
        let why = describe(&case.judgement, self.lang, &self.python);
        writeln!(
            self.out,
            "  {} {}  {}: {why}",
            Self::mark(verdict),
            case.name,
            label.red().bold()
        )?;
        if let Some(near) = case.judgement.near_miss {
            writeln!(
                self.out,
                "      {}",
                near_miss_text(near, self.lang).yellow()
            )?;
        }
        if verdict == Verdict::Skipped {
            return Ok(());
        }
        if spec.hidden {
            return writeln!(
                self.out,
                "      {}",
                tr(self.lang, Msg::HiddenCase, &[]).dimmed()
            );
        }
        if !spec.args.is_empty() {
            writeln!(
                self.out,
                "      {}: {}",
                tr(self.lang, Msg::Arguments, &[]).bold(),
                spec.args.join(" ")
            )?;
        }
        if !spec.stdin.is_empty() {
            writeln!(self.out, "      {}:", tr(self.lang, Msg::Input, &[]).bold())?;
            self.block(&spec.stdin, Keep::Head, MAX_SHOWN_LINES)?;
        }
        // The files a case reads are part of its input; their first lines are usually
        // enough to see which row tripped the program.
        for (name, content) in &spec.files {
            writeln!(
                self.out,
                "      {}:",
                tr(self.lang, Msg::FixtureFile, &[name]).bold()
            )?;
            self.block(content, Keep::Head, MAX_FILE_LINES)?;
        }
        let Some(raw) = &case.raw else { return Ok(()) };
        let stdout_wrong = verdict == Verdict::WrongOutput
            && !matches!(case.judgement.detail, Detail::StderrMissing(_));
        if stdout_wrong && let Some(expected) = &spec.expect {
            writeln!(self.out, "      {}:", tr(self.lang, Msg::Diff, &[]).bold())?;
            let actual = String::from_utf8_lossy(&raw.stdout);
            for line in diff::render(expected, &actual, spec.compare == Compare::Exact, self.lang) {
                writeln!(self.out, "        {line}")?;
            }
        }
        if !raw.stderr.is_empty() {
            writeln!(
                self.out,
                "      {}:",
                tr(self.lang, Msg::StderrLabel, &[]).bold()
            )?;
            // The same traceback in every case (a SyntaxError) is shown once.
            if stderr_shown.insert(raw.stderr.clone()) {
                self.block(
                    &String::from_utf8_lossy(&raw.stderr),
                    Keep::Tail,
                    MAX_SHOWN_LINES,
                )?;
            } else {
                let note = tr(self.lang, Msg::SameAsAbove, &[]);
                writeln!(self.out, "        {} {}", "│".dimmed(), note.dimmed())?;
            }
        }
        Ok(())
    }

    /// Text in a bar-marked block, cut to its first lines (an input) or its last (a
    /// traceback, whose last lines say what went wrong).
    fn block(&mut self, text: &str, keep: Keep, max: usize) -> io::Result<()> {
        let lines: Vec<&str> = text.trim_end_matches('\n').lines().collect();
        let cut = lines.len().saturating_sub(max);
        let shown = match keep {
            Keep::Head => &lines[..lines.len() - cut],
            Keep::Tail => &lines[cut..],
        };
        let note = tr(self.lang, Msg::Truncated, &[&cut]).dimmed();
        if cut > 0 && keep == Keep::Tail {
            writeln!(self.out, "        {note}")?;
        }
        for line in shown {
            writeln!(self.out, "        {} {}", "│".dimmed(), diff::visible(line))?;
        }
        if cut > 0 && keep == Keep::Head {
            writeln!(self.out, "        {note}")?;
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    Head,
    Tail,
}
