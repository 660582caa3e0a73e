//! `pyroad verify`: every selected exercise, in course order, reported in the chosen format;
//! exit 0 when none fails, 1 when one does, 2 for a usage or course error, in every format.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::app::{App, Outcome, Refusal};
use crate::cli::{Format, VerifyArgs};
use crate::engine::{Event, RunOptions, Source, Status, default_jobs};
use crate::i18n::{Msg, tr};
use crate::report::github::GithubReporter;
use crate::report::human::{HumanReporter, Style};
use crate::report::json::JsonReporter;
use crate::report::junit::JunitReporter;
use crate::report::{Fanout, Reporter};

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
        jobs: args.jobs.map_or_else(default_jobs, usize::from),
        fail_fast: args.fail_fast,
        sandbox: app.sandbox,
    };
    let python_path = python.executable.display().to_string();

    // The chosen format goes to --output, or else to stdout. With --output, or in the
    // GitHub format, people also get the human view on stdout.
    let report_out: Box<dyn Write + '_> = match &args.output {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).with_context(|| {
                format!("{} cannot be written", path.display())
            })?))
        }
        None => Box::new(&mut *out),
    };
    let mut reporters: Vec<Box<dyn Reporter + '_>> = Vec::new();
    match args.format {
        Format::Human => reporters.push(human(report_out, app, &python_path)),
        Format::Json => reporters.push(Box::new(JsonReporter {
            out: report_out,
            course: &app.course,
            python: python_path.clone(),
            source,
        })),
        Format::Junit => reporters.push(Box::new(JunitReporter {
            out: report_out,
            course: &app.course,
            python: python_path.clone(),
        })),
        Format::Github => reporters.push(Box::new(GithubReporter {
            out: report_out,
            course: &app.course,
            python: python_path.clone(),
            summary: std::env::var_os("GITHUB_STEP_SUMMARY")
                .filter(|p| !p.is_empty())
                .map(Into::into),
        })),
    }
    let show_human = args.output.is_some() || args.format == Format::Github;
    let terminal = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
    let mut bar = None;
    if show_human {
        // Only one of the two can own stdout; with --output, the file has the report.
        let stdout: Box<dyn Write> = Box::new(std::io::stdout());
        reporters.push(human(stdout, app, &python_path));
    }
    if terminal && (show_human || args.format == Format::Human) {
        let progress = ProgressBar::new(selection.len() as u64);
        progress.set_style(
            ProgressStyle::with_template("{bar:30.cyan/blue} {pos}/{len} {wide_msg}")
                .expect("a valid template")
                .progress_chars("█░ "),
        );
        bar = Some(progress);
    }
    let mut fanout = Fanout(reporters);

    let mut passed: Vec<&str> = Vec::new();
    let results = engine.run(&selection, &options, &mut |event| {
        match &event {
            Event::CaseStarted { exercise } => {
                if let Some(bar) = &bar {
                    bar.set_message(app.course.exercises[*exercise].name.clone());
                }
            }
            Event::ExerciseFinished { result } => {
                if result.status() == Status::Pass {
                    passed.push(&app.course.exercises[result.exercise].name);
                }
                if let Some(bar) = &bar {
                    bar.inc(1);
                }
            }
            Event::RunFinished { .. } => {
                if let Some(bar) = &bar {
                    bar.finish_and_clear();
                }
            }
        }
        // Lines printed while the bar is drawn would tear it; it steps aside for them.
        match &bar {
            Some(bar) => bar.suspend(|| fanout.on_event(&event)),
            None => fanout.on_event(&event),
        }
    })?;
    drop(fanout);
    if source == Source::Exercises {
        // Machine formats on stdout stay one document; the news goes to stderr then.
        let mut news: Box<dyn Write> = if args.format == Format::Human || args.output.is_some() {
            Box::new(std::io::stdout())
        } else {
            Box::new(std::io::stderr())
        };
        app.record_done(&passed, &mut news)?;
    }
    Ok(Outcome::from_success(
        results.iter().all(|r| r.status() != Status::Fail),
    ))
}

fn human<'a>(out: Box<dyn Write + 'a>, app: &'a App, python: &str) -> Box<dyn Reporter + 'a> {
    Box::new(HumanReporter {
        out,
        course: &app.course,
        lang: app.lang,
        python: python.to_string(),
        style: Style::Compact,
    })
}

/// The exercises named, or of the level or topic given, or those done; in course order.
fn select(app: &App, args: &VerifyArgs) -> Result<Vec<usize>> {
    let course = &app.course;
    let named: Vec<usize> = args
        .names
        .iter()
        .map(|n| course.find(n, &app.cwd))
        .collect::<Result<_, _>>()?;
    let level = match args.level {
        Some(number) => Some(course.level_by_number(number).ok_or_else(|| {
            let levels: Vec<String> = course.levels.iter().map(|l| l.number.to_string()).collect();
            Refusal(tr(app.lang, Msg::NoLevel, &[&number, &levels.join(", ")]))
        })?),
        None => None,
    };
    if let Some(slug) = &args.topic
        && !course.topics.iter().any(|t| &t.slug == slug)
    {
        let slugs: Vec<&str> = course.topics.iter().map(|t| t.slug.as_str()).collect();
        return Err(Refusal(tr(app.lang, Msg::NoTopic, &[slug, &slugs.join(", ")])).into());
    }
    let progress = if args.done {
        Some(app.progress.load()?)
    } else {
        None
    };
    Ok((0..course.exercises.len())
        .filter(|i| named.is_empty() || named.contains(i))
        .filter(|&i| level.is_none_or(|l| course.exercises[i].level == l))
        .filter(|&i| {
            args.topic
                .as_ref()
                .is_none_or(|slug| &course.topics[course.exercises[i].topic].slug == slug)
        })
        .filter(|&i| {
            progress
                .as_ref()
                .is_none_or(|p| p.done.contains(&course.exercises[i].name))
        })
        .collect())
}
