//! What every command starts from: the course, the learner's language and progress, and the
//! interpreter (found only when a command needs to run Python).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use colored::Colorize;

use crate::cli::{ColorArg, GlobalArgs, LangArg};
use crate::course::Course;
use crate::engine::{Engine, RunOptions, Source, default_jobs};
use crate::i18n::{Lang, Msg, tr};
use crate::levels;
use crate::progress::{Progress, ProgressStore};
use crate::python::{self, Interpreter};
use crate::shipped::Shipped;

/// How a command ended, when it ran to its end. Errors are the third way, exit status 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum Outcome {
    Success,
    Failure,
}

impl Outcome {
    pub fn from_success(ok: bool) -> Self {
        if ok {
            Outcome::Success
        } else {
            Outcome::Failure
        }
    }
}

/// A refusal that explains itself (a locked level); printed as is, exit status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refusal(pub String);

pub struct App {
    pub cwd: PathBuf,
    pub lang: Lang,
    pub course: Course,
    pub progress: ProgressStore,
    /// Whether cases get the sandbox's optional layers (`--no-sandbox` turns them off).
    pub sandbox: bool,
    python_flag: Option<PathBuf>,
}

pub fn set_color(choice: ColorArg) {
    use std::io::IsTerminal;
    let on = match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    colored::control::set_override(on);
}

pub fn lang_of(global: &GlobalArgs) -> Lang {
    Lang::detect(global.lang.map(|l| match l {
        LangArg::En => "en",
        LangArg::Ko => "ko",
    }))
}

impl App {
    pub fn open(global: &GlobalArgs) -> Result<App> {
        let cwd = std::env::current_dir().context("the current folder cannot be read")?;
        let root = Course::find_root(global.root.as_deref(), &cwd)?;
        let course = Course::load(&root)?;
        Shipped::new(&root).remember(&course);
        Ok(App {
            cwd,
            lang: lang_of(global),
            progress: ProgressStore::new(&root),
            course,
            sandbox: !global.no_sandbox,
            python_flag: global.python.clone(),
        })
    }

    pub fn python(&self) -> Result<Interpreter, python::PythonError> {
        python::resolve(self.python_flag.as_deref(), Some(&self.course.root))
    }

    /// How a learner's exercises run: all CPUs, the sandbox unless `--no-sandbox`.
    pub fn run_options(&self, source: Source) -> RunOptions {
        RunOptions {
            source,
            jobs: default_jobs(),
            fail_fast: false,
            sandbox: self.sandbox,
        }
    }

    pub fn engine<'a>(&'a self, python: &'a Interpreter) -> Engine<'a> {
        Engine {
            course: &self.course,
            python,
            cwd: &self.cwd,
            lang: self.lang,
        }
    }

    /// The exercise a command is about: the NAME given, or else the current one.
    /// `None` when no NAME was given and every exercise is done.
    pub fn exercise_or_current(
        &self,
        name: Option<&str>,
        progress: &Progress,
    ) -> Result<Option<usize>> {
        match name {
            Some(name) => Ok(Some(self.course.find(name, &self.cwd)?)),
            None => Ok(levels::current(&self.course, progress)),
        }
    }

    /// Refuses an exercise of a locked level, saying what is left to unlock it.
    pub fn check_unlocked(&self, exercise: usize, progress: &Progress) -> Result<()> {
        let Some(lock) = levels::lock_of(&self.course, progress, exercise) else {
            return Ok(());
        };
        let remaining = lock.remaining.join(", ");
        Err(Refusal(tr(
            self.lang,
            Msg::Locked,
            &[
                &self.course.exercises[exercise].name,
                &lock.level,
                &lock.blocking_level,
                &lock.remaining.len(),
                &remaining,
            ],
        ))
        .into())
    }

    /// Marks passed exercises done and says which levels that completed.
    pub fn record_done(&self, names: &[&str], out: &mut dyn Write) -> Result<()> {
        if names.is_empty() {
            return Ok(());
        }
        let before = self.progress.load()?;
        let after = self.progress.update(|p| {
            p.done.extend(names.iter().map(|n| n.to_string()));
        })?;
        for level in levels::newly_completed(&self.course, &before, &after) {
            let number = self.course.levels[level].number;
            match self.course.levels.get(level + 1) {
                Some(next) => {
                    let text = tr(self.lang, Msg::LevelComplete, &[&number, &next.number]);
                    writeln!(out, "{}", text.green().bold())?;
                }
                None => writeln!(
                    out,
                    "{}",
                    tr(self.lang, Msg::CourseComplete, &[]).green().bold()
                )?,
            }
        }
        Ok(())
    }
}

/// An error as the learner should read it: pyroad's own errors in their language, others
/// (I/O, with their context) as they come.
pub fn error_text(error: &anyhow::Error, lang: Lang) -> String {
    use crate::error::CourseError;
    match error.downcast_ref::<CourseError>() {
        Some(CourseError::NotFound(dir)) => tr(lang, Msg::NoCourseHere, &[&dir.display()]),
        Some(CourseError::UnknownExercise { name, suggestions }) => {
            let help = if suggestions.is_empty() {
                tr(lang, Msg::SeeList, &[])
            } else {
                let names: Vec<String> = suggestions.iter().map(|n| format!("`{n}`")).collect();
                tr(lang, Msg::DidYouMean, &[&names.join(", ")])
            };
            format!(
                "{}\n  = help: {help}",
                tr(lang, Msg::UnknownExercise, &[name])
            )
        }
        _ => format!("{error:#}"),
    }
}
