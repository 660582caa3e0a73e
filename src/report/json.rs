//! `--format json`: one JSON document on stdout, for tools. Its shape is version 1 of a
//! public contract, so fields are only ever added, and messages are always in English.

use std::io::{self, Write};

use serde::Serialize;

use super::machine_message;
use crate::course::Course;
use crate::course::{EXERCISES_DIR, SOLUTIONS_DIR};
use crate::engine::{Event, ExerciseResult, Source, Status};

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    status: &'static str,
    summary: Summary,
    exercises: Vec<ExerciseJson<'a>>,
}

#[derive(Serialize)]
struct Summary {
    total: usize,
    passed: usize,
    failed: usize,
    skipped: usize,
}

#[derive(Serialize)]
struct ExerciseJson<'a> {
    name: &'a str,
    path: String,
    level: u32,
    topic: &'a str,
    status: &'static str,
    cases: Vec<CaseJson<'a>>,
}

#[derive(Serialize)]
struct CaseJson<'a> {
    name: &'a str,
    verdict: &'static str,
    elapsed_ms: u64,
    message: String,
    /// The line of the case's `[[cases]]` header in the spec, for annotations.
    spec_line: usize,
}

pub struct JsonReporter<'a> {
    pub out: Box<dyn Write + 'a>,
    pub course: &'a Course,
    pub python: String,
    /// Which files ran, so `path` names the file that was judged.
    pub source: Source,
}

impl super::Reporter for JsonReporter<'_> {
    fn on_event(&mut self, event: &Event) -> io::Result<()> {
        let Event::RunFinished { results } = event else {
            return Ok(());
        };
        let document = document(self.course, &self.python, self.source, results);
        serde_json::to_writer_pretty(&mut *self.out, &document)?;
        writeln!(self.out)
    }
}

fn document<'r>(
    course: &'r Course,
    python: &str,
    source: Source,
    results: &'r [ExerciseResult],
) -> Document<'r> {
    {
        let count = |s: Status| results.iter().filter(|r| r.status() == s).count();
        let dir = match source {
            Source::Exercises => EXERCISES_DIR,
            Source::Solutions => SOLUTIONS_DIR,
        };
        let exercises = results
            .iter()
            .map(|result| {
                let exercise = &course.exercises[result.exercise];
                ExerciseJson {
                    name: &exercise.name,
                    path: format!("{dir}/{}", exercise.rel_path.display()),
                    level: course.levels[exercise.level].number,
                    topic: &course.topics[exercise.topic].slug,
                    status: result.status().as_str(),
                    cases: result
                        .cases
                        .iter()
                        .zip(&exercise.spec.cases)
                        .map(|(case, spec)| CaseJson {
                            name: &case.name,
                            verdict: case.verdict().as_str(),
                            elapsed_ms: case.elapsed().as_millis() as u64,
                            message: machine_message(&case.judgement, python),
                            spec_line: spec.line,
                        })
                        .collect(),
                }
            })
            .collect();
        Document {
            version: 1,
            status: if count(Status::Fail) > 0 {
                "fail"
            } else {
                "pass"
            },
            summary: Summary {
                total: results.len(),
                passed: count(Status::Pass),
                failed: count(Status::Fail),
                skipped: count(Status::Skip),
            },
            exercises,
        }
    }
}
