//! `pyroad coverage` (or `list --coverage`): for each topic, its roadmap items and the
//! exercises that practise them, with the gaps shown, so an author sees what is missing.

use std::io::Write;

use anyhow::Result;
use colored::Colorize;

use crate::app::{App, Outcome};
use crate::i18n::{Lang, Msg, tr};

pub fn run(app: &App, out: &mut dyn Write) -> Result<Outcome> {
    let course = &app.course;
    let lang = app.lang;
    let (mut all_items, mut all_covered) = (0, 0);
    for (level_index, level) in course.levels.iter().enumerate() {
        let (title, _) = lang.pick(&level.spec.title, level.spec.title_ko.as_deref());
        writeln!(
            out,
            "{}",
            format!("{} · {title}", tr(lang, Msg::Level, &[&level.number])).bold()
        )?;
        let (mut items, mut covered) = (0, 0);
        for (topic_index, topic) in course.topics_of(level_index) {
            let (title, _) = lang.pick(&topic.spec.title, topic.spec.title_ko.as_deref());
            let exercises: Vec<_> = course
                .exercises
                .iter()
                .filter(|e| e.topic == topic_index)
                .collect();
            let roadmap = topic
                .spec
                .roadmap
                .map(|n| format!(" #{n}"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {}{}  {title}  {}",
                topic.slug.cyan(),
                roadmap.dimmed(),
                tr(lang, Msg::CoverageExercises, &[&exercises.len()]).dimmed()
            )?;
            for (i, item) in topic.spec.items.iter().enumerate() {
                let shown = match (lang, topic.spec.items_en.get(i)) {
                    (Lang::En, Some(english)) => format!("{english} ({item})"),
                    _ => item.clone(),
                };
                let practising: Vec<&str> = exercises
                    .iter()
                    .filter(|e| e.spec.covers.contains(item))
                    .map(|e| e.name.as_str())
                    .collect();
                items += 1;
                if practising.is_empty() {
                    writeln!(
                        out,
                        "    {} {shown}  {}",
                        "✗".red(),
                        tr(lang, Msg::CoverageGap, &[]).red()
                    )?;
                } else {
                    covered += 1;
                    writeln!(
                        out,
                        "    {} {shown}  {}",
                        "✓".green(),
                        practising.join(", ").dimmed()
                    )?;
                }
            }
        }
        let line = tr(lang, Msg::CoverageTotal, &[&covered, &items]);
        writeln!(out, "  {}\n", line.bold())?;
        all_items += items;
        all_covered += covered;
    }
    let line = tr(
        lang,
        Msg::CoverageOverall,
        &[&all_covered, &all_items, &course.exercises.len()],
    );
    writeln!(out, "{}", line.bold())?;
    Ok(Outcome::Success)
}
