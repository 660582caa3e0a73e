//! `pyroad verify`: every selected exercise, a line each and a summary, or one JSON document.

use std::io::Write;

use anyhow::Result;

use crate::app::{App, Outcome, Refusal};
use crate::cli::{Format, VerifyArgs};
use crate::engine::{Event, RunOptions, Source, Status, default_jobs};
use crate::i18n::{Msg, tr};
use crate::report::human::{HumanReporter, Style};
use crate::report::json::JsonReporter;

pub fn run(app: &App, args: &VerifyArgs, out: &mut dyn Write) -> Result<Outcome> {
    let selection = select(app, args)?;
    if selection.is_empty() {
        return Err(Refusal(tr(app.lang, Msg::NothingSelected, &[])).into());
    }
    let source = if args.solutions {
        Source::Solutions
    } else {
        Source::Exercises
    };
    let python = app.python()?;
    let engine = app.engine(&python);
    let options = RunOptions {
        source,
        jobs: args.jobs.unwrap_or_else(default_jobs),
    };
    let python_path = python.executable.display().to_string();

    let mut passed: Vec<&str> = Vec::new();
    let mut note_pass = |event: &Event| {
        if let Event::ExerciseFinished { result } = event
            && result.status() == Status::Pass
        {
            passed.push(&app.course.exercises[result.exercise].name);
        }
    };
    let results = match args.format {
        Format::Human => {
            let mut reporter = HumanReporter {
                out: &mut *out,
                course: &app.course,
                lang: app.lang,
                python: python_path,
                style: Style::Compact,
            };
            engine.run(&selection, &options, &mut |event| {
                note_pass(&event);
                reporter.on_event(&event)
            })?
        }
        Format::Json => {
            let mut reporter = JsonReporter {
                out: &mut *out,
                course: &app.course,
                python: python_path,
                source,
            };
            engine.run(&selection, &options, &mut |event| {
                note_pass(&event);
                reporter.on_event(&event)
            })?
        }
    };
    if source == Source::Exercises {
        // In JSON mode stdout is the document alone; the news goes to stderr.
        let mut news: Box<dyn Write> = match args.format {
            Format::Human => Box::new(&mut *out),
            Format::Json => Box::new(std::io::stderr()),
        };
        app.record_done(&passed, &mut news)?;
    }
    Ok(Outcome::from_success(
        results.iter().all(|r| r.status() != Status::Fail),
    ))
}

/// The exercises named, or of the level or topic given, or all; in course order.
fn select(app: &App, args: &VerifyArgs) -> Result<Vec<usize>> {
    let course = &app.course;
    let named: Vec<usize> = args
        .names
        .iter()
        .map(|n| course.find(n, &app.cwd))
        .collect::<Result<_, _>>()?;
    let level = match args.level {
        Some(number) => Some(course.level_by_number(number).ok_or_else(|| {
            Refusal(format!(
                "there is no level {number}; the levels are {}",
                course
                    .levels
                    .iter()
                    .map(|l| l.number.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?),
        None => None,
    };
    if let Some(slug) = &args.topic
        && !course.topics.iter().any(|t| &t.slug == slug)
    {
        let slugs: Vec<&str> = course.topics.iter().map(|t| t.slug.as_str()).collect();
        return Err(Refusal(format!(
            "there is no topic `{slug}`; the topics are {}",
            slugs.join(", ")
        ))
        .into());
    }
    Ok((0..course.exercises.len())
        .filter(|i| named.is_empty() || named.contains(i))
        .filter(|&i| level.is_none_or(|l| course.exercises[i].level == l))
        .filter(|&i| {
            args.topic
                .as_ref()
                .is_none_or(|slug| &course.topics[course.exercises[i].topic].slug == slug)
        })
        .collect())
}
