//! `pyroad dev new TOPIC NAME`: a new exercise's three files, numbered after the topic's
//! last one, with every spec key present and explained, so an author fills in rather than
//! looks up.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};

use crate::app::Outcome;
use crate::course::{Course, EXERCISES_DIR, SOLUTIONS_DIR};
use crate::i18n::{Lang, Msg, tr};

pub fn run(
    course: &Course,
    lang: Lang,
    topic_slug: &str,
    name: &str,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let Some(topic_index) = course.topics.iter().position(|t| t.slug == topic_slug) else {
        let slugs: Vec<&str> = course.topics.iter().map(|t| t.slug.as_str()).collect();
        bail!(
            "{}",
            tr(lang, Msg::NoTopic, &[&topic_slug, &slugs.join(", ")])
        );
    };
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        bail!("`{name}` is not a good exercise name: use lower-case letters, digits and _");
    }
    if let Some(existing) = course.exercises.iter().find(|e| e.name == name) {
        bail!(
            "there is already an exercise `{name}`: {}",
            course.exercise_path(existing).display()
        );
    }
    let topic = &course.topics[topic_index];
    let rel_dir = Path::new(&course.levels[topic.level].dir_name).join(&topic.dir_name);
    let next = course
        .exercises
        .iter()
        .filter(|e| e.topic == topic_index)
        .filter_map(|e| {
            e.rel_path
                .file_name()?
                .to_str()?
                .split('_')
                .next()?
                .parse::<u32>()
                .ok()
        })
        .max()
        .unwrap_or(0)
        + 1;
    let stem = format!("{next:02}_{name}");
    let first_item = topic.spec.items.first().cloned().unwrap_or_default();
    let exercise = course
        .root
        .join(EXERCISES_DIR)
        .join(&rel_dir)
        .join(format!("{stem}.py"));
    let spec = exercise.with_extension("toml");
    let solution = course
        .root
        .join(SOLUTIONS_DIR)
        .join(&rel_dir)
        .join(format!("{stem}.py"));
    if let Some(parent) = solution.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(&exercise, exercise_template(name))?;
    fs::write(&spec, spec_template(&first_item))?;
    fs::write(&solution, exercise_template(name))?;
    for path in [&exercise, &spec, &solution] {
        writeln!(
            out,
            "created {}",
            path.strip_prefix(&course.root).unwrap_or(path).display()
        )?;
    }
    writeln!(out, "fill them in, then check with: pyroad dev check")?;
    Ok(Outcome::Success)
}

fn exercise_template(name: &str) -> String {
    format!(
        r#""""TODO: one sentence that states the task of `{name}`."""


def solve(text: str) -> str:
    """TODO: what the function returns."""
    # TODO: the learner works here.
    raise NotImplementedError("solve is not written yet")
"#
    )
}

fn spec_template(first_item: &str) -> String {
    format!(
        r#"# Title and task, in English and Korean. Korean falls back to English where it is missing.
title = "TODO"
title_ko = "TODO"
instructions = '''
TODO: what the learner should do, and what a good answer looks like.
'''
instructions_ko = '''
TODO: 학습자가 할 일을 적으세요.
'''

# At least two hints in each language, the mildest first.
hints = [
  "TODO: a gentle nudge.",
  "TODO: a hint that nearly gives it away.",
]
hints_ko = [
  "TODO: 가벼운 힌트.",
  "TODO: 거의 답에 가까운 힌트.",
]

# The topic's roadmap items this exercise practises, as written in topic.toml.
covers = ["{first_item}"]

# Limits per case: wall-clock seconds and memory.
timeout = 5
memory_mb = 1024

# Importable modules outside the standard library (list their packages in requirements.txt).
requires = []

# Runs instead of the learner's file, which it imports as `exercise`.
driver = '''
import sys

from exercise import solve

print(solve(sys.stdin.read()))
'''

# Fixture files written next to the program before each case: "name" = "content".
[files]

# At least three cases, edge cases among them. Every key below is optional but `expect`.
[[cases]]
name = "TODO a typical input"
stdin = "TODO"
expect = "TODO"
# args = []                  # the program's arguments
# compare = "lines"          # lines, exact, tokens, float, sorted-lines, regex
# ignore_case = false
# exit_code = 0
# stderr_contains = "TODO"   # a string, or a list of strings
# hidden = false             # true: the learner sees pass or fail only
"#
    )
}
