//! `pyroad dev check`: everything that makes a course wrong, listed at once with its file
//! and line, so an author fixes them in one pass and CI can refuse a broken course.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use colored::Colorize;

use crate::app::Outcome;
use crate::course::{Course, EXERCISES_DIR, Exercise, SOLUTIONS_DIR};
use crate::engine::{Engine, RunOptions, Source, Status, default_jobs};
use crate::error::SpecError;
use crate::i18n::{Lang, Msg, tr};
use crate::judge::{Detail, Verdict};
use crate::python::Interpreter;
use crate::report::describe;

/// Fewer than these is a problem in a course held to the curriculum standard.
const MIN_HINTS: usize = 2;
const MIN_CASES: usize = 3;

pub fn run(
    root: &Path,
    python: &Interpreter,
    lang: Lang,
    cwd: &Path,
    sandbox: bool,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let (course, mut problems) = Course::load_with_problems(root)?;
    problems.extend(structure(&course));
    problems.extend(requirements(&course));
    problems.extend(behaviour(&course, python, cwd, sandbox, lang));
    problems.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));

    for problem in &problems {
        writeln!(out, "{} {problem}", "problem:".red().bold())?;
    }
    let files: BTreeSet<&PathBuf> = problems.iter().map(|p| &p.path).collect();
    if problems.is_empty() {
        let line = tr(lang, Msg::CheckPassed, &[&course.exercises.len()]);
        writeln!(out, "{}", line.green().bold())?;
        Ok(Outcome::Success)
    } else {
        let line = tr(lang, Msg::CheckFailed, &[&problems.len(), &files.len()]);
        writeln!(out, "{}", line.red().bold())?;
        Ok(Outcome::Failure)
    }
}

/// A problem about a key of a spec, on that key's line when the key is there.
fn at_key(path: &Path, key: &str, message: String, help: &str) -> SpecError {
    match fs::read_to_string(path) {
        Ok(source) if has_key(&source, key) => SpecError::at_key(path, &source, key, message, help),
        _ => SpecError::new(path, message).with_help(help),
    }
}

fn has_key(source: &str, key: &str) -> bool {
    source.lines().any(|line| {
        line.trim_start()
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    })
}

/// What can be seen without running anything: both languages, hints, cases, covers,
/// solutions on both sides.
fn structure(course: &Course) -> Vec<SpecError> {
    let mut problems = Vec::new();
    for level in &course.levels {
        if level.spec.title_ko.is_none() {
            let path = course
                .root
                .join(EXERCISES_DIR)
                .join(&level.dir_name)
                .join("level.toml");
            problems.push(at_key(
                &path,
                "title_ko",
                "the level has no Korean title".into(),
                "add title_ko",
            ));
        }
    }
    for topic in &course.topics {
        let path = course
            .root
            .join(EXERCISES_DIR)
            .join(&course.levels[topic.level].dir_name)
            .join(&topic.dir_name)
            .join("topic.toml");
        if topic.spec.title_ko.is_none() {
            problems.push(at_key(
                &path,
                "title_ko",
                "the topic has no Korean title".into(),
                "add title_ko",
            ));
        }
        if topic.spec.items_en.is_empty() && !topic.spec.items.is_empty() {
            problems.push(at_key(
                &path,
                "items",
                "the topic's items have no English".into(),
                "add items_en, one per item",
            ));
        }
    }
    for exercise in &course.exercises {
        problems.extend(exercise_structure(course, exercise));
    }
    problems.extend(orphan_solutions(course));
    problems
}

fn exercise_structure(course: &Course, exercise: &Exercise) -> Vec<SpecError> {
    let spec = &exercise.spec;
    let path = course.spec_path(exercise);
    let mut problems = Vec::new();
    let mut missing = |key: &str, what: &str| {
        problems.push(at_key(
            &path,
            key,
            format!("`{key}` is missing ({what})"),
            &format!("add `{key}`"),
        ));
    };
    if spec.title_ko.as_deref().is_none_or(|t| t.trim().is_empty()) {
        missing("title_ko", "the Korean title");
    }
    if spec.instructions.trim().is_empty() {
        missing("instructions", "the English instructions");
    }
    if spec
        .instructions_ko
        .as_deref()
        .is_none_or(|t| t.trim().is_empty())
    {
        missing("instructions_ko", "the Korean instructions");
    }
    for (key, hints) in [("hints", &spec.hints), ("hints_ko", &spec.hints_ko)] {
        if hints.len() < MIN_HINTS {
            problems.push(at_key(
                &path,
                key,
                format!(
                    "`{key}` has {} of the {MIN_HINTS} hints an exercise needs at least",
                    hints.len()
                ),
                "add hints, mildest first",
            ));
        }
    }
    if spec.cases.len() < MIN_CASES {
        problems.push(SpecError::new(
            &path,
            format!(
                "{} of the {MIN_CASES} cases an exercise needs at least, edge cases among them",
                spec.cases.len()
            ),
        ));
    }
    let items = &course.topics[exercise.topic].spec.items;
    if !items.is_empty() {
        if spec.covers.is_empty() {
            problems.push(at_key(
                &path,
                "covers",
                "`covers` names none of the topic's items".into(),
                "list the items this exercise practises",
            ));
        }
        for item in spec.covers.iter().filter(|c| !items.contains(c)) {
            problems.push(at_key(
                &path,
                "covers",
                format!("`covers` has \"{item}\", which is not one of the topic's items"),
                &format!(
                    "use the exact text of an item in topic.toml: {}",
                    items.join(" | ")
                ),
            ));
        }
    }
    if !course.solution_path(exercise).exists() {
        let solution = course.root.join(SOLUTIONS_DIR).join(&exercise.rel_path);
        problems.push(
            SpecError::new(
                &course.exercise_path(exercise),
                "the exercise has no solution",
            )
            .with_help(format!(
                "add {}",
                solution
                    .strip_prefix(&course.root)
                    .unwrap_or(&solution)
                    .display()
            )),
        );
    }
    problems
}

/// Solution files with no exercise of the same path.
fn orphan_solutions(course: &Course) -> Vec<SpecError> {
    let solutions = course.root.join(SOLUTIONS_DIR);
    let known: BTreeSet<&Path> = course
        .exercises
        .iter()
        .map(|e| e.rel_path.as_path())
        .collect();
    walkdir::WalkDir::new(&solutions)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "py"))
        .filter(|e| {
            e.path()
                .strip_prefix(&solutions)
                .is_ok_and(|rel| !known.contains(rel))
        })
        .map(|e| {
            SpecError::new(e.path(), "a solution without an exercise")
                .with_help("move it to the exercise's path, or remove it")
        })
        .collect()
}

/// Modules that exercises `require` and the course's requirements.txt does not list.
fn requirements(course: &Course) -> Vec<SpecError> {
    let required: BTreeSet<&str> = course
        .exercises
        .iter()
        .flat_map(|e| e.spec.requires.iter().map(String::as_str))
        .collect();
    if required.is_empty() {
        return Vec::new();
    }
    let path = course.root.join("requirements.txt");
    let listed = fs::read_to_string(&path)
        .map(|text| listed_packages(&text))
        .unwrap_or_default();
    let mut problems = Vec::new();
    for exercise in &course.exercises {
        for module in &exercise.spec.requires {
            if !listed.contains(&package_of(module)) {
                problems.push(at_key(
                    &course.spec_path(exercise),
                    "requires",
                    format!("`requires` has `{module}`, which requirements.txt does not list"),
                    &format!(
                        "add its package to {}",
                        path.strip_prefix(&course.root).unwrap_or(&path).display()
                    ),
                ));
            }
        }
    }
    problems
}

/// Normalised package names of a requirements file (`aiohttp>=3.9 ; python_version…` → `aiohttp`).
fn listed_packages(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty() && !line.starts_with('-'))
        .map(|line| {
            let end = line
                .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_' || c == '.'))
                .unwrap_or(line.len());
            normalise(&line[..end])
        })
        .collect()
}

fn normalise(name: &str) -> String {
    name.to_lowercase().replace(['_', '.'], "-")
}

/// The PyPI package that provides an importable module, where the two names differ.
fn package_of(module: &str) -> String {
    let top = module.split('.').next().unwrap_or(module);
    let known = [
        ("yaml", "pyyaml"),
        ("PIL", "pillow"),
        ("sklearn", "scikit-learn"),
        ("bs4", "beautifulsoup4"),
        ("dateutil", "python-dateutil"),
        ("jwt", "pyjwt"),
        ("dotenv", "python-dotenv"),
        ("cv2", "opencv-python"),
    ];
    known
        .iter()
        .find(|(m, _)| *m == top)
        .map_or_else(|| normalise(top), |(_, p)| p.to_string())
}

/// What only running shows: exercises that pass as shipped (or do not even run), solutions
/// that fail.
fn behaviour(
    course: &Course,
    python: &Interpreter,
    cwd: &Path,
    sandbox: bool,
    lang: Lang,
) -> Vec<SpecError> {
    let engine = Engine {
        course,
        python,
        cwd,
        lang,
    };
    let with_solution: Vec<usize> = (0..course.exercises.len())
        .filter(|&i| course.solution_path(&course.exercises[i]).exists())
        .collect();
    let all: Vec<usize> = (0..course.exercises.len()).collect();
    let run = |selection: &[usize], source| {
        let options = RunOptions {
            source,
            jobs: default_jobs(),
            fail_fast: false,
            sandbox,
        };
        engine
            .run(selection, &options, &mut |_| Ok(()))
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    for result in run(&all, Source::Exercises) {
        let exercise = &course.exercises[result.exercise];
        let path = course.exercise_path(exercise);
        match result.status() {
            Status::Pass => problems.push(
                SpecError::new(&path, "the exercise passes as shipped")
                    .with_help("leave the learner something to do: a TODO, a bug, a missing piece"),
            ),
            Status::Skip => problems.push(skipped(&path, &result.cases[0].judgement.detail)),
            Status::Fail => {
                let broken = result.cases.iter().find(|c| {
                    matches!(&c.judgement.detail, Detail::ExitCode { exception: Some(e), .. } if e.summary.starts_with("SyntaxError"))
                });
                if let Some(case) = broken {
                    problems.push(SpecError::new(
                        &path,
                        format!(
                            "as shipped, the file does not even parse: {}",
                            describe(&case.judgement, Lang::En, "python3")
                        ),
                    ));
                }
            }
        }
    }
    for result in run(&with_solution, Source::Solutions) {
        let exercise = &course.exercises[result.exercise];
        let path = course.solution_path(exercise);
        match result.status() {
            Status::Pass => {}
            Status::Skip => problems.push(skipped(&path, &result.cases[0].judgement.detail)),
            Status::Fail => {
                for case in result
                    .cases
                    .iter()
                    .filter(|c| c.verdict() != Verdict::Passed)
                {
                    let spec = &exercise.spec.cases.iter().find(|s| s.name == case.name);
                    let line = spec.map(|s| s.line);
                    let mut problem = SpecError::new(
                        &path,
                        format!(
                            "the solution fails case `{}`: {}",
                            case.name,
                            describe(&case.judgement, Lang::En, "python3")
                        ),
                    );
                    problem.help = line.map(|l| {
                        format!(
                            "the case is at {}:{l}",
                            course
                                .spec_path(exercise)
                                .strip_prefix(&course.root)
                                .unwrap_or(Path::new(""))
                                .display()
                        )
                    });
                    problems.push(problem);
                }
            }
        }
    }
    problems
}

fn skipped(path: &Path, detail: &Detail) -> SpecError {
    let modules = match detail {
        Detail::Skipped { modules } => modules.join(", "),
        _ => String::new(),
    };
    SpecError::new(
        path,
        format!("cannot be checked: {modules} is not installed"),
    )
    .with_help("run `pyroad setup` to install the course's requirements")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requirement_names_are_normalised() {
        let listed = listed_packages(
            "aiohttp>=3.9\n# comment\nPyYAML==6.0 ; python_version>'3'\n-r other.txt\nline_profiler\n",
        );
        assert!(listed.contains("aiohttp"));
        assert!(listed.contains("pyyaml"));
        assert!(listed.contains("line-profiler"));
        assert_eq!(package_of("yaml"), "pyyaml");
        assert_eq!(package_of("line_profiler"), "line-profiler");
        assert_eq!(package_of("mypy.api"), "mypy");
    }
}
