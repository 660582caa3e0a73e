//! `pyroad run [NAME]`: one exercise, every case in detail, and what to do next.

use std::io::Write;

use anyhow::Result;
use colored::Colorize;

use crate::app::{App, Outcome};
use crate::engine::{Source, Status};
use crate::i18n::{Msg, tr};
use crate::levels;
use crate::report::Reporter;
use crate::report::human::{HumanReporter, Style};

pub fn run(app: &App, name: Option<&str>, force: bool, out: &mut dyn Write) -> Result<Outcome> {
    let progress = app.progress.load()?;
    let Some(index) = app.exercise_or_current(name, &progress)? else {
        writeln!(
            out,
            "{}",
            tr(app.lang, Msg::CourseComplete, &[]).green().bold()
        )?;
        return Ok(Outcome::Success);
    };
    if !force {
        app.check_unlocked(index, &progress)?;
    }
    let python = app.python()?;
    let engine = app.engine(&python);
    let mut reporter = HumanReporter {
        out: Box::new(&mut *out),
        course: &app.course,
        lang: app.lang,
        python: python.executable.display().to_string(),
        style: Style::Detailed,
    };
    let options = app.run_options(Source::Exercises);
    let results = engine.run(&[index], &options, &mut |event| reporter.on_event(&event))?;
    drop(reporter);
    let result = &results[0];
    let exercise = &app.course.exercises[index];
    writeln!(out)?;
    if result.status() != Status::Pass {
        let path = result.display_path.as_str();
        writeln!(
            out,
            "{}",
            tr(app.lang, Msg::ExerciseFailed, &[&exercise.name, &path])
        )?;
        let hints = app
            .lang
            .pick_list(&exercise.spec.hints, &exercise.spec.hints_ko)
            .len();
        if hints > 0 {
            let seen = progress
                .hints_shown
                .get(&exercise.name)
                .copied()
                .unwrap_or(0)
                .min(hints);
            writeln!(
                out,
                "{}",
                tr(
                    app.lang,
                    Msg::HintAvailable,
                    &[&exercise.name, &seen, &hints]
                )
                .dimmed()
            )?;
        }
        return Ok(Outcome::Failure);
    }
    writeln!(
        out,
        "{}",
        tr(app.lang, Msg::ExerciseDone, &[&exercise.name])
            .green()
            .bold()
    )?;
    app.record_done(&[exercise.name.as_str()], out)?;
    let progress = app.progress.load()?;
    if let Some(next) = levels::current(&app.course, &progress) {
        let next = &app.course.exercises[next];
        let path = crate::engine::display_path(&app.course.exercise_path(next), &app.cwd);
        writeln!(
            out,
            "{}",
            tr(app.lang, Msg::NextExercise, &[&next.name, &path])
        )?;
    }
    Ok(Outcome::Success)
}
