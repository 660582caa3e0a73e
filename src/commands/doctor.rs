//! `pyroad doctor`: what this machine gives pyroad, so a learner or a teacher can see at a
//! glance why something is skipped or slow, and which protections are in force.

use std::collections::BTreeSet;
use std::io::Write;

use anyhow::Result;
use colored::Colorize;

use crate::app::{App, Outcome};
use crate::i18n::{Msg, tr};

pub fn run(app: &App, out: &mut dyn Write) -> Result<Outcome> {
    let lang = app.lang;
    let course = &app.course;
    writeln!(
        out,
        "{}: {} ({} levels, {} topics, {} exercises)",
        tr(lang, Msg::DoctorCourse, &[]).bold(),
        course.root.display(),
        course.levels.len(),
        course.topics.len(),
        course.exercises.len()
    )?;
    writeln!(
        out,
        "{}: {}",
        tr(lang, Msg::DoctorProgress, &[]).bold(),
        app.progress.path().display()
    )?;
    let python = match app.python() {
        Ok(python) => python,
        Err(e) => {
            writeln!(
                out,
                "{}: {}",
                tr(lang, Msg::DoctorPython, &[]).bold(),
                e.to_string().red()
            )?;
            return Ok(Outcome::Failure);
        }
    };
    writeln!(
        out,
        "{}: {} {} ({})",
        tr(lang, Msg::DoctorPython, &[]).bold(),
        python.executable.display(),
        python.version_string(),
        python.origin.describe()
    )?;

    let mut healthy = true;
    for (level_index, level) in course.levels.iter().enumerate() {
        let wanted: BTreeSet<String> = course
            .exercises
            .iter()
            .filter(|e| e.level == level_index)
            .flat_map(|e| e.spec.requires.iter().cloned())
            .collect();
        if wanted.is_empty() {
            continue;
        }
        let wanted: Vec<String> = wanted.into_iter().collect();
        let missing = python.missing_modules(&wanted);
        let label = tr(lang, Msg::DoctorRequires, &[&level.number]);
        let state = if missing.is_empty() {
            tr(lang, Msg::DoctorAllInstalled, &[]).green().to_string()
        } else {
            healthy = false;
            format!(
                "{}: {}",
                tr(lang, Msg::DoctorMissing, &[]),
                missing.join(", ")
            )
            .red()
            .to_string()
        };
        writeln!(out, "{}: {} — {state}", label.bold(), wanted.join(", "))?;
    }

    let heading = if app.sandbox {
        tr(lang, Msg::DoctorSandbox, &[])
    } else {
        format!("{} (--no-sandbox)", tr(lang, Msg::DoctorSandbox, &[]))
    };
    writeln!(out, "{}:", heading.bold())?;
    for layer in crate::sandbox::layers(lang) {
        match &layer.active {
            Ok(what) => writeln!(out, "  {} {:12} {what}", "✓".green(), layer.name)?,
            Err(why) => writeln!(out, "  {} {:12} {why}", "✗".yellow(), layer.name)?,
        }
    }
    Ok(Outcome::from_success(healthy))
}
