//! `pyroad list`: the course as a map, with where the learner stands.

use std::io::Write;

use anyhow::Result;
use colored::Colorize;

use crate::app::{App, Outcome};
use crate::i18n::{Msg, tr};
use crate::levels;
use crate::report::bar;

pub fn run(app: &App, out: &mut dyn Write) -> Result<Outcome> {
    let course = &app.course;
    let lang = app.lang;
    let progress = app.progress.load()?;
    let current = levels::current(course, &progress);
    let width = course
        .exercises
        .iter()
        .map(|e| e.name.chars().count())
        .max()
        .unwrap_or(0);

    for (level_index, level) in course.levels.iter().enumerate() {
        let (done, total) = levels::level_counts(course, &progress, level_index);
        let locked = course
            .exercises
            .iter()
            .position(|e| e.level == level_index)
            .is_some_and(|first| levels::lock_of(course, &progress, first).is_some());
        let (title, _) = lang.pick(&level.spec.title, level.spec.title_ko.as_deref());
        let heading = format!("{} · {title}", tr(lang, Msg::Level, &[&level.number]));
        let lock_note = if locked {
            format!("  ({})", tr(lang, Msg::StatusLocked, &[]))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{}  {} {done}/{total}{}",
            heading.bold(),
            bar(done, total, 20),
            lock_note.dimmed()
        )?;

        for (topic_index, topic) in course.topics_of(level_index) {
            let (title, _) = lang.pick(&topic.spec.title, topic.spec.title_ko.as_deref());
            let roadmap = topic
                .spec
                .roadmap
                .map(|n| format!(" #{n}"))
                .unwrap_or_default();
            writeln!(out, "  {}{}  {title}", topic.slug.cyan(), roadmap.dimmed())?;
            for (index, exercise) in course
                .exercises
                .iter()
                .enumerate()
                .filter(|(_, e)| e.topic == topic_index)
            {
                let (mark, status) = if progress.done.contains(&exercise.name) {
                    ("✓".green(), tr(lang, Msg::StatusDone, &[]).green())
                } else if locked {
                    ("·".dimmed(), tr(lang, Msg::StatusLocked, &[]).dimmed())
                } else if Some(index) == current {
                    ("▶".yellow(), tr(lang, Msg::Current, &[]).yellow().bold())
                } else {
                    ("·".normal(), tr(lang, Msg::StatusTodo, &[]).normal())
                };
                let (title, _) = lang.pick(&exercise.spec.title, exercise.spec.title_ko.as_deref());
                writeln!(
                    out,
                    "    {mark} {:width$}  {status}  {}",
                    exercise.name,
                    title.dimmed()
                )?;
            }
        }
        writeln!(out)?;
    }
    let done = course
        .exercises
        .iter()
        .filter(|e| progress.done.contains(&e.name))
        .count();
    let total = course.exercises.len();
    writeln!(
        out,
        "{}  {} {done}/{total}",
        tr(lang, Msg::Overall, &[]).bold(),
        bar(done, total, 20)
    )?;
    Ok(Outcome::Success)
}
