//! Finding a course on disk and reading it into memory: levels, topics and exercises in the
//! order their `NN_` prefixes give, each exercise with its parsed spec.
//!
//! Everything is read up front, so a broken spec is reported before anything runs, and every
//! problem at once rather than one per attempt.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{CourseError, SpecError};
use crate::spec::{self, ExerciseSpec, LevelSpec, TopicSpec};

pub const EXERCISES_DIR: &str = "exercises";
pub const SOLUTIONS_DIR: &str = "solutions";

#[derive(Debug)]
pub struct Course {
    pub root: PathBuf,
    pub levels: Vec<Level>,
    pub topics: Vec<Topic>,
    /// Every exercise in course order.
    pub exercises: Vec<Exercise>,
}

#[derive(Debug)]
pub struct Level {
    /// The number of its `NN_` prefix, which `--level N` names.
    pub number: u32,
    pub dir_name: String,
    pub spec: LevelSpec,
}

#[derive(Debug)]
pub struct Topic {
    pub level: usize,
    pub slug: String,
    pub dir_name: String,
    pub spec: TopicSpec,
}

#[derive(Debug)]
pub struct Exercise {
    /// The file stem without its prefix; unique in the course.
    pub name: String,
    pub level: usize,
    pub topic: usize,
    /// Path below `exercises/` (and below `solutions/`), such as `01_basics/01_syntax/01_hello.py`.
    pub rel_path: PathBuf,
    pub spec: ExerciseSpec,
}

impl Course {
    /// The course root: `--root`, else the nearest ancestor of `cwd` with an `exercises/` folder.
    pub fn find_root(explicit: Option<&Path>, cwd: &Path) -> Result<PathBuf, CourseError> {
        if let Some(root) = explicit {
            let root = if root.is_absolute() {
                root.to_path_buf()
            } else {
                cwd.join(root)
            };
            return if root.join(EXERCISES_DIR).is_dir() {
                Ok(root)
            } else {
                Err(CourseError::NotFound(root))
            };
        }
        cwd.ancestors()
            .find(|dir| dir.join(EXERCISES_DIR).is_dir())
            .map(Path::to_path_buf)
            .ok_or_else(|| CourseError::NotFound(cwd.to_path_buf()))
    }

    pub fn load(root: &Path) -> Result<Course, CourseError> {
        let (course, problems) = Self::load_with_problems(root)?;
        if problems.is_empty() {
            Ok(course)
        } else {
            Err(CourseError::Invalid(problems))
        }
    }

    /// Everything that could be read, and a problem for everything that could not: what an
    /// author checking a course wants to see all at once.
    pub fn load_with_problems(root: &Path) -> Result<(Course, Vec<SpecError>), CourseError> {
        let mut course = Course {
            root: root.to_path_buf(),
            levels: Vec::new(),
            topics: Vec::new(),
            exercises: Vec::new(),
        };
        let mut problems = Vec::new();
        let exercises_dir = root.join(EXERCISES_DIR);
        for (number, level_name, level_dir) in numbered_entries(&exercises_dir, true)? {
            let level_file = level_dir.join("level.toml");
            let Some(level_spec) = read_spec(&level_file, spec::parse_level, &mut problems) else {
                continue;
            };
            course.levels.push(Level {
                number,
                dir_name: level_name.clone(),
                spec: level_spec,
            });
            let level = course.levels.len() - 1;
            for (_, topic_name, topic_dir) in numbered_entries(&level_dir, true)? {
                let topic_file = topic_dir.join("topic.toml");
                let Some(topic_spec) = read_spec(&topic_file, spec::parse_topic, &mut problems)
                else {
                    continue;
                };
                course.topics.push(Topic {
                    level,
                    slug: strip_prefix(&topic_name).to_string(),
                    dir_name: topic_name.clone(),
                    spec: topic_spec,
                });
                let topic = course.topics.len() - 1;
                course.load_topic(level, topic, &topic_dir, &mut problems)?;
            }
        }
        course.check_unique_names(&mut problems);
        Ok((course, problems))
    }

    fn load_topic(
        &mut self,
        level: usize,
        topic: usize,
        topic_dir: &Path,
        problems: &mut Vec<SpecError>,
    ) -> Result<(), CourseError> {
        // The spec is what makes an exercise: a learner who deleted their .py file still has
        // the exercise, and `reset` brings the file back.
        for (_, file_name, path) in numbered_entries(topic_dir, false)? {
            if let Some(stem) = file_name.strip_suffix(".py")
                && !topic_dir.join(format!("{stem}.toml")).exists()
            {
                problems.push(
                    SpecError::new(&path, "an exercise without a spec")
                        .with_help(format!("add {stem}.toml beside it with a title and cases")),
                );
            }
            let Some(stem) = file_name.strip_suffix(".toml") else {
                continue;
            };
            let Some(spec) = read_spec(&path, spec::parse_exercise, problems) else {
                continue;
            };
            let file_name = format!("{stem}.py");
            let level_dir = &self.levels[level].dir_name;
            let topic_dir_name = &self.topics[topic].dir_name;
            self.exercises.push(Exercise {
                name: strip_prefix(stem).to_string(),
                level,
                topic,
                rel_path: Path::new(level_dir).join(topic_dir_name).join(&file_name),
                spec,
            });
        }
        Ok(())
    }

    fn check_unique_names(&self, problems: &mut Vec<SpecError>) {
        for (i, exercise) in self.exercises.iter().enumerate() {
            if let Some(first) = self.exercises[..i].iter().find(|e| e.name == exercise.name) {
                problems.push(
                    SpecError::new(
                        &self.exercise_path(exercise),
                        format!("the exercise name `{}` is used twice", exercise.name),
                    )
                    .with_help(format!(
                        "it is also {}; names must be unique in a course",
                        Path::new(EXERCISES_DIR).join(&first.rel_path).display()
                    )),
                );
            }
        }
    }

    pub fn exercise_path(&self, exercise: &Exercise) -> PathBuf {
        self.root.join(EXERCISES_DIR).join(&exercise.rel_path)
    }

    pub fn solution_path(&self, exercise: &Exercise) -> PathBuf {
        self.root.join(SOLUTIONS_DIR).join(&exercise.rel_path)
    }

    pub fn spec_path(&self, exercise: &Exercise) -> PathBuf {
        self.exercise_path(exercise).with_extension("toml")
    }

    /// Resolves a NAME argument: an exercise name, or a path to its file, spec or solution
    /// (relative to `cwd` or to the course root).
    pub fn find(&self, query: &str, cwd: &Path) -> Result<usize, CourseError> {
        if let Some(index) = self.exercises.iter().position(|e| e.name == query) {
            return Ok(index);
        }
        let query_path = Path::new(query);
        let candidates = [cwd.join(query_path), self.root.join(query_path)];
        for candidate in candidates {
            let candidate = fs::canonicalize(&candidate).unwrap_or(candidate);
            let root = fs::canonicalize(&self.root).unwrap_or(self.root.clone());
            for dir in [EXERCISES_DIR, SOLUTIONS_DIR] {
                if let Ok(rel) = candidate.strip_prefix(root.join(dir))
                    && let Some(i) = self
                        .exercises
                        .iter()
                        .position(|e| e.rel_path.with_extension("") == rel.with_extension(""))
                {
                    return Ok(i);
                }
            }
        }
        let mut scored: Vec<(f64, &str)> = self
            .exercises
            .iter()
            .map(|e| (strsim::jaro_winkler(query, &e.name), e.name.as_str()))
            .filter(|(score, _)| *score > 0.75)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        Err(CourseError::UnknownExercise {
            name: query.to_string(),
            suggestions: scored.iter().take(3).map(|(_, n)| n.to_string()).collect(),
        })
    }

    /// The topics of a level (by index), with their indices.
    pub fn topics_of(&self, level: usize) -> impl Iterator<Item = (usize, &Topic)> {
        self.topics
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.level == level)
    }

    /// Indices of the exercises of one level (by its prefix number).
    pub fn level_by_number(&self, number: u32) -> Option<usize> {
        self.levels.iter().position(|l| l.number == number)
    }
}

/// `NN_` prefix of a file or folder name, if it has one.
fn prefix_number(name: &str) -> Option<u32> {
    let (digits, rest) = name.split_once('_')?;
    if rest.is_empty() || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn strip_prefix(name: &str) -> &str {
    match prefix_number(name) {
        Some(_) => name.split_once('_').map_or(name, |(_, rest)| rest),
        None => name,
    }
}

/// Entries of `dir` whose names carry an `NN_` prefix, sorted by that number and then by name.
/// Others (a README, `__pycache__`) are not part of the course and are passed over.
fn numbered_entries(dir: &Path, dirs: bool) -> Result<Vec<(u32, String, PathBuf)>, CourseError> {
    let io = |source| CourseError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(number) = prefix_number(&name) else {
            continue;
        };
        if entry.path().is_dir() == dirs {
            entries.push((number, name, entry.path()));
        }
    }
    entries.sort();
    Ok(entries)
}

fn read_spec<T>(
    path: &Path,
    parse: fn(&Path, &str) -> Result<T, SpecError>,
    problems: &mut Vec<SpecError>,
) -> Option<T> {
    let source = match fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => {
            problems.push(SpecError::new(path, format!("cannot be read: {e}")));
            return None;
        }
    };
    parse(path, &source).map_err(|e| problems.push(e)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(prefix_number("01_basics"), Some(1));
        assert_eq!(prefix_number("120_x"), Some(120));
        assert_eq!(prefix_number("basics"), None);
        assert_eq!(prefix_number("01_"), None);
        assert_eq!(prefix_number("a1_x"), None);
        assert_eq!(strip_prefix("03_read_file"), "read_file");
    }
}
