//! Running a selection of exercises: every case on a pool of workers, results in course order.
//!
//! The engine renders nothing. It reports [`Event`]s to one callback, and every view (the
//! human report of `run` and `verify`, JSON, and later watch and JUnit) is a consumer of those
//! events. Cases run in parallel because they are independent; events are emitted in course
//! order, so `-j 1` and `-j 8` give the same report.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crate::course::Course;
use crate::judge::{self, Judgement, Verdict};
use crate::python::Interpreter;
use crate::runner::{self, CaseRequest, RawOutcome};

/// Which file of each exercise runs: the learner's, or the reference solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Exercises,
    Solutions,
}

pub struct RunOptions {
    pub source: Source,
    /// Cases running at once.
    pub jobs: usize,
    /// Stop at the first exercise that fails (in course order).
    pub fail_fast: bool,
    /// Use the sandbox's optional layers (namespaces, Landlock, process cap).
    pub sandbox: bool,
}

#[derive(Debug, Clone)]
pub struct CaseResult {
    pub name: String,
    pub judgement: Judgement,
    /// What the program did; absent when it never ran (skipped, or could not start).
    pub raw: Option<RawOutcome>,
}

impl CaseResult {
    pub fn verdict(&self) -> Verdict {
        self.judgement.verdict
    }

    pub fn elapsed(&self) -> Duration {
        self.raw.as_ref().map_or(Duration::ZERO, |r| r.elapsed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    Skip,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ExerciseResult {
    /// Index into `Course::exercises`.
    pub exercise: usize,
    pub cases: Vec<CaseResult>,
    /// How the learner's file is named in messages (relative to where pyroad was started).
    pub display_path: String,
}

impl ExerciseResult {
    pub fn status(&self) -> Status {
        if self.cases.iter().any(|c| c.verdict() == Verdict::Skipped) {
            Status::Skip
        } else if self.cases.iter().all(|c| c.verdict() == Verdict::Passed) {
            Status::Pass
        } else {
            Status::Fail
        }
    }
}

pub enum Event<'a> {
    /// A worker began a case of this exercise (index into the course); in no set order.
    CaseStarted {
        exercise: usize,
    },
    ExerciseFinished {
        result: &'a ExerciseResult,
    },
    RunFinished {
        results: &'a [ExerciseResult],
    },
}

/// What a worker tells the loop that orders the results.
enum Report {
    Started(usize),
    Finished(usize, usize, CaseResult),
}

/// Emits finished exercises in course order, and stops at the first failure when asked.
struct InOrder<'a> {
    emitted: &'a mut usize,
    stopped: &'a mut bool,
    fail_fast: bool,
}

impl InOrder<'_> {
    fn flush(
        &mut self,
        slots: &[ExerciseResult],
        pending: &[usize],
        on_event: &mut dyn FnMut(Event) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        while !*self.stopped && *self.emitted < slots.len() && pending[*self.emitted] == 0 {
            let result = &slots[*self.emitted];
            on_event(Event::ExerciseFinished { result })?;
            *self.emitted += 1;
            *self.stopped = self.fail_fast && result.status() == Status::Fail;
        }
        Ok(())
    }
}

pub struct Engine<'a> {
    pub course: &'a Course,
    pub python: &'a Interpreter,
    /// Where pyroad was started, so paths in messages can be clicked and opened from there.
    pub cwd: &'a Path,
    /// The language of the one note about missing sandbox layers.
    pub lang: crate::i18n::Lang,
}

struct Job {
    slot: usize,
    case: usize,
}

impl Engine<'_> {
    pub fn file_for(&self, exercise: usize, source: Source) -> PathBuf {
        let exercise = &self.course.exercises[exercise];
        match source {
            Source::Exercises => self.course.exercise_path(exercise),
            Source::Solutions => self.course.solution_path(exercise),
        }
    }

    /// Runs the selected exercises (indices into the course, in the order given) and reports
    /// events to `on_event`. An error from `on_event` (a closed pipe) stops the run.
    pub fn run(
        &self,
        selection: &[usize],
        options: &RunOptions,
        on_event: &mut dyn FnMut(Event) -> std::io::Result<()>,
    ) -> std::io::Result<Vec<ExerciseResult>> {
        let missing = self.missing_modules(selection);
        let mut slots: Vec<ExerciseResult> = selection
            .iter()
            .map(|&exercise| ExerciseResult {
                exercise,
                cases: Vec::new(),
                display_path: display_path(&self.file_for(exercise, options.source), self.cwd),
            })
            .collect();
        let mut pending: Vec<usize> = vec![0; slots.len()];
        let mut jobs = Vec::new();
        for (slot, result) in slots.iter_mut().enumerate() {
            let spec = &self.course.exercises[result.exercise].spec;
            let absent: Vec<String> = spec
                .requires
                .iter()
                .filter(|m| missing.contains(*m))
                .cloned()
                .collect();
            // Until a worker reports, a case stands as not run; a skipped one stays skipped.
            let placeholder = if absent.is_empty() {
                pending[slot] = spec.cases.len();
                jobs.extend((0..spec.cases.len()).map(|case| Job { slot, case }));
                Judgement::not_started("not run".into())
            } else {
                Judgement::skipped(absent)
            };
            result.cases = spec
                .cases
                .iter()
                .map(|case| CaseResult {
                    name: case.name.clone(),
                    judgement: placeholder.clone(),
                    raw: None,
                })
                .collect();
        }

        // What the workers need of each exercise, apart from the results they fill in.
        let targets: Vec<(usize, String)> = slots
            .iter()
            .map(|s| (s.exercise, s.display_path.clone()))
            .collect();
        let next_job = AtomicUsize::new(0);
        let cancelled = AtomicBool::new(false);
        let (tx, rx) = mpsc::channel::<Report>();
        let mut emitted = 0;
        let mut stopped = false;
        let mut outcome = Ok(());
        std::thread::scope(|scope| {
            for _ in 0..options.jobs.max(1).min(jobs.len().max(1)) {
                let tx = tx.clone();
                let (jobs, next_job, cancelled, targets) = (&jobs, &next_job, &cancelled, &targets);
                scope.spawn(move || {
                    while !cancelled.load(Ordering::SeqCst) {
                        let Some(job) = jobs.get(next_job.fetch_add(1, Ordering::SeqCst)) else {
                            break;
                        };
                        let (exercise, display) = &targets[job.slot];
                        let _ = tx.send(Report::Started(job.slot));
                        let result = self.run_case(*exercise, display, job.case, options);
                        if tx
                            .send(Report::Finished(job.slot, job.case, result))
                            .is_err()
                        {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            let mut order = InOrder {
                emitted: &mut emitted,
                stopped: &mut stopped,
                fail_fast: options.fail_fast,
            };
            outcome = order.flush(&slots, &pending, on_event);
            for report in rx {
                match report {
                    Report::Started(slot) => {
                        if outcome.is_ok() && !*order.stopped {
                            outcome = on_event(Event::CaseStarted {
                                exercise: slots[slot].exercise,
                            });
                        }
                    }
                    Report::Finished(slot, case, result) => {
                        slots[slot].cases[case] = result;
                        pending[slot] -= 1;
                    }
                }
                if outcome.is_ok() {
                    outcome = order.flush(&slots, &pending, on_event);
                }
                if outcome.is_err() || *order.stopped {
                    cancelled.store(true, Ordering::SeqCst);
                }
            }
        });
        outcome?;
        // With --fail-fast, what did not finish before the first failure is left out.
        slots.truncate(emitted);
        on_event(Event::RunFinished { results: &slots })?;
        Ok(slots)
    }

    fn missing_modules(&self, selection: &[usize]) -> BTreeSet<String> {
        let wanted: BTreeSet<String> = selection
            .iter()
            .flat_map(|&i| self.course.exercises[i].spec.requires.iter().cloned())
            .collect();
        let wanted: Vec<String> = wanted.into_iter().collect();
        self.python.missing_modules(&wanted).into_iter().collect()
    }

    fn run_case(
        &self,
        index: usize,
        display: &str,
        case_index: usize,
        options: &RunOptions,
    ) -> CaseResult {
        let exercise = &self.course.exercises[index];
        let spec = &exercise.spec;
        let case = &spec.cases[case_index];
        let file = self.file_for(index, options.source);
        let sandbox = options.sandbox && spec.sandbox;
        crate::sandbox::warn_missing_once(!sandbox, self.lang);
        let driver_display = format!(
            "{} [driver]",
            display_path(&self.course.spec_path(exercise), self.cwd)
        );
        let request = CaseRequest {
            python: &self.python.executable,
            learner_file: &file,
            case,
            timeout: Duration::from_secs_f64(spec.timeout_secs),
            memory_mb: spec.memory_mb,
            learner_display: display,
            driver_display: &driver_display,
            sandbox,
            network: spec.network,
        };
        match runner::run_case(&request) {
            Ok(raw) => CaseResult {
                name: case.name.clone(),
                judgement: judge::judge(case, &raw, spec.timeout_secs, spec.memory_mb, display),
                raw: Some(raw),
            },
            Err(e) => CaseResult {
                name: case.name.clone(),
                judgement: Judgement::not_started(e.to_string()),
                raw: None,
            },
        }
    }
}

/// A path as the learner would type it from where they started pyroad: relative when the
/// file is below that folder, absolute otherwise.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
