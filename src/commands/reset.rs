//! `pyroad reset NAME`: the exercise file as shipped. Progress is kept: resetting a file to
//! practise it again must not lock the levels the learner has already opened.

use std::io::Write;

use anyhow::Result;

use crate::app::{App, Outcome, Refusal};
use crate::engine::display_path;
use crate::i18n::{Msg, tr};
use crate::shipped::Shipped;

pub fn run(app: &App, name: &str, out: &mut dyn Write) -> Result<Outcome> {
    let index = app.course.find(name, &app.cwd)?;
    let exercise = &app.course.exercises[index];
    let path = display_path(&app.course.exercise_path(exercise), &app.cwd);
    match Shipped::new(&app.course.root).restore(&app.course, exercise) {
        Ok(_) => {
            writeln!(out, "{}", tr(app.lang, Msg::ResetDone, &[&path]))?;
            Ok(Outcome::Success)
        }
        Err(_) => Err(Refusal(tr(app.lang, Msg::ResetNoCopy, &[&path])).into()),
    }
}
