//! Which exercise is current and which levels are locked, derived from progress.
//!
//! Locks are never stored: a level is open when every exercise of every level before it is
//! done. Storing them would let the saved state and the course disagree after an update.

use crate::course::Course;
use crate::progress::Progress;

/// Why an exercise cannot be run yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lock {
    /// The level of the exercise asked for (its number).
    pub level: u32,
    /// The earliest level with exercises not done (its number).
    pub blocking_level: u32,
    /// The names of that level's exercises still to do.
    pub remaining: Vec<String>,
}

pub fn level_done(course: &Course, progress: &Progress, level: usize) -> bool {
    course
        .exercises
        .iter()
        .filter(|e| e.level == level)
        .all(|e| progress.done.contains(&e.name))
}

/// `Some` when the exercise's level is locked.
pub fn lock_of(course: &Course, progress: &Progress, exercise: usize) -> Option<Lock> {
    let level = course.exercises[exercise].level;
    let blocking = (0..level).find(|&l| !level_done(course, progress, l))?;
    Some(Lock {
        level: course.levels[level].number,
        blocking_level: course.levels[blocking].number,
        remaining: course
            .exercises
            .iter()
            .filter(|e| e.level == blocking && !progress.done.contains(&e.name))
            .map(|e| e.name.clone())
            .collect(),
    })
}

/// The first exercise not done. It is always in an open level, since every level before it
/// is done.
pub fn current(course: &Course, progress: &Progress) -> Option<usize> {
    course
        .exercises
        .iter()
        .position(|e| !progress.done.contains(&e.name))
}

/// How many exercises of `level` (an index) are done, and how many it has.
pub fn level_counts(course: &Course, progress: &Progress, level: usize) -> (usize, usize) {
    let in_level = course.exercises.iter().filter(|e| e.level == level);
    let total = in_level.clone().count();
    (
        in_level.filter(|e| progress.done.contains(&e.name)).count(),
        total,
    )
}

/// Levels (indices) that `after` completes and `before` had not.
pub fn newly_completed(course: &Course, before: &Progress, after: &Progress) -> Vec<usize> {
    (0..course.levels.len())
        .filter(|&l| !level_done(course, before, l) && level_done(course, after, l))
        .collect()
}
