//! `pyroad` with no command: what pyroad is, where the learner stands, the three commands
//! to know; outside a course, how to get one.

use std::io::Write;

use anyhow::Result;
use colored::Colorize;

use crate::app::{App, Outcome, lang_of};
use crate::cli::GlobalArgs;
use crate::error::CourseError;
use crate::i18n::{Msg, tr};
use crate::levels;

pub fn run(global: &GlobalArgs, out: &mut dyn Write) -> Result<Outcome> {
    let lang = lang_of(global);
    writeln!(out, "{}\n", tr(lang, Msg::WelcomeTagline, &[]).bold())?;
    let app = match App::open(global) {
        Ok(app) => app,
        Err(e)
            if matches!(
                e.downcast_ref::<CourseError>(),
                Some(CourseError::NotFound(_))
            ) =>
        {
            writeln!(out, "{}", tr(lang, Msg::WelcomeNoCourse, &[]))?;
            return Ok(Outcome::Success);
        }
        Err(e) => return Err(e),
    };
    let progress = app.progress.load()?;
    let course = &app.course;
    let done = course
        .exercises
        .iter()
        .filter(|e| progress.done.contains(&e.name))
        .count();
    match levels::current(course, &progress) {
        Some(next) => {
            let exercise = &course.exercises[next];
            let path = crate::engine::display_path(&course.exercise_path(exercise), &app.cwd);
            let line = tr(
                lang,
                Msg::WelcomeNext,
                &[&exercise.name, &path, &done, &course.exercises.len()],
            );
            writeln!(out, "{line}\n")?;
        }
        None => writeln!(out, "{}\n", tr(lang, Msg::CourseComplete, &[]).green())?,
    }
    writeln!(out, "{}", tr(lang, Msg::WelcomeCommands, &[]))?;
    Ok(Outcome::Success)
}
