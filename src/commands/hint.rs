//! `pyroad hint [NAME]`: the next hint not yet seen, remembered in progress.

use std::io::Write;

use anyhow::Result;
use colored::Colorize;

use crate::app::{App, Outcome};
use crate::i18n::{Msg, tr};

pub fn run(
    app: &App,
    name: Option<&str>,
    all: bool,
    force: bool,
    out: &mut dyn Write,
) -> Result<Outcome> {
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
    let exercise = &app.course.exercises[index];
    let hints = app
        .lang
        .pick_list(&exercise.spec.hints, &exercise.spec.hints_ko);
    if hints.is_empty() {
        writeln!(out, "{}", tr(app.lang, Msg::NoHints, &[&exercise.name]))?;
        return Ok(Outcome::Success);
    }
    let seen = progress
        .hints_shown
        .get(&exercise.name)
        .copied()
        .unwrap_or(0);
    let show: Vec<usize> = if all {
        (0..hints.len()).collect()
    } else {
        vec![seen.min(hints.len() - 1)]
    };
    for &i in &show {
        let header = tr(
            app.lang,
            Msg::HintHeader,
            &[&(i + 1), &hints.len(), &exercise.name],
        );
        writeln!(out, "{}", header.yellow().bold())?;
        for line in hints[i].trim_end().lines() {
            writeln!(out, "  {line}")?;
        }
    }
    let now_seen = show.iter().max().map_or(seen, |&i| seen.max(i + 1));
    if !all && show[0] == hints.len() - 1 {
        writeln!(
            out,
            "{}",
            tr(app.lang, Msg::AllHintsSeen, &[&exercise.name]).dimmed()
        )?;
    }
    app.progress.update(|p| {
        p.hints_shown.insert(exercise.name.clone(), now_seen);
    })?;
    Ok(Outcome::Success)
}
