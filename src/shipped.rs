//! The exercise files as shipped, so that `pyroad reset` can restore one without git.
//!
//! A learner clones a course and edits its files in place, so the only moment the shipped
//! text is sure to be on disk is before their first edit. pyroad copies each exercise file
//! the first time it sees it, into `.pyroad/shipped/`, and never overwrites that copy.
//! For the course built into the binary, that copy is there too, as a fallback.

use std::fs;
use std::path::{Path, PathBuf};

use crate::course::{Course, Exercise};
use crate::progress::STATE_DIR;

pub struct Shipped {
    dir: PathBuf,
}

impl Shipped {
    pub fn new(root: &Path) -> Self {
        Shipped {
            dir: root.join(STATE_DIR).join("shipped"),
        }
    }

    fn copy_path(&self, exercise: &Exercise) -> PathBuf {
        self.dir.join(&exercise.rel_path)
    }

    /// Keeps a copy of every exercise file that has none yet. Failing to (a read-only course)
    /// only costs `reset`, so it is not an error.
    pub fn remember(&self, course: &Course) {
        for exercise in &course.exercises {
            let copy = self.copy_path(exercise);
            if copy.exists() {
                continue;
            }
            if let Some(parent) = copy.parent() {
                let _ = fs::create_dir_all(parent);
            }
            let _ = fs::copy(course.exercise_path(exercise), &copy);
        }
    }

    /// Puts the shipped text back into the learner's file: pyroad's own copy, or else the
    /// one built into the binary when this is the course it carries.
    pub fn restore(&self, course: &Course, exercise: &Exercise) -> std::io::Result<PathBuf> {
        let target = course.exercise_path(exercise);
        let text = match fs::read(self.copy_path(exercise)) {
            Ok(text) => text,
            Err(e) => {
                let spec = fs::read(course.spec_path(exercise))?;
                crate::embedded::shipped_exercise(&exercise.rel_path, &spec)
                    .ok_or(e)?
                    .to_vec()
            }
        };
        // Written via a temporary file and rename, so an editor watching it sees one change.
        let tmp = target.with_extension("py.pyroad-reset");
        fs::write(&tmp, text)?;
        fs::rename(&tmp, &target)?;
        Ok(target)
    }
}
