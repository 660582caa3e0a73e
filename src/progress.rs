//! The learner's progress: which exercises are done and how many hints they have seen.
//!
//! It lives in one small TOML file at the course root that a person can read. Every change
//! is a read-modify-write under a lock (a `watch` and a `verify` may run side by side), and
//! the new file replaces the old one by rename, so a crash or a kill leaves either the old
//! progress or the new one, never half of either.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const PROGRESS_FILE: &str = ".pyroad-progress.toml";
/// pyroad's own files in a course: the lock and the shipped copies that `reset` restores.
pub const STATE_DIR: &str = ".pyroad";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    pub done: BTreeSet<String>,
    #[serde(default)]
    pub hints_shown: BTreeMap<String, usize>,
}

#[derive(Debug, Error)]
pub enum ProgressError {
    #[error("{0}")]
    Corrupt(Box<crate::error::SpecError>),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

pub struct ProgressStore {
    path: PathBuf,
    lock_path: PathBuf,
}

impl ProgressStore {
    pub fn new(root: &Path) -> Self {
        ProgressStore {
            path: root.join(PROGRESS_FILE),
            lock_path: root.join(STATE_DIR).join("lock"),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The progress as saved; none saved yet is a fresh start.
    pub fn load(&self) -> Result<Progress, ProgressError> {
        let source = match fs::read_to_string(&self.path) {
            Ok(source) => source,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Progress::default()),
            Err(source) => {
                return Err(ProgressError::Io {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        // A damaged file is reported, never silently replaced: it is the learner's work.
        toml::from_str(&source).map_err(|e| {
            ProgressError::Corrupt(Box::new(
                crate::error::SpecError::from_toml(&self.path, &source, &e)
                    .with_help("fix the line, or delete the file to start the course over"),
            ))
        })
    }

    /// Applies `change` to the latest saved progress and saves the result atomically.
    pub fn update(&self, change: impl FnOnce(&mut Progress)) -> Result<Progress, ProgressError> {
        let _lock = self.lock()?;
        let mut progress = self.load()?;
        let before = progress.clone();
        change(&mut progress);
        if progress != before {
            self.write(&progress)?;
        }
        Ok(progress)
    }

    fn io(&self, path: &Path) -> impl FnOnce(std::io::Error) -> ProgressError {
        let path = path.to_path_buf();
        move |source| ProgressError::Io { path, source }
    }

    /// An exclusive lock held until the returned file is dropped.
    fn lock(&self) -> Result<File, ProgressError> {
        if let Some(dir) = self.lock_path.parent() {
            fs::create_dir_all(dir).map_err(self.io(dir))?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&self.lock_path)
            .map_err(self.io(&self.lock_path))?;
        file.lock().map_err(self.io(&self.lock_path))?;
        Ok(file)
    }

    fn write(&self, progress: &Progress) -> Result<(), ProgressError> {
        let body = toml::to_string(progress).expect("progress is always serialisable");
        let text = format!(
            "# pyroad progress: the exercises you have finished and the hints you have seen.\n\
             # Delete this file to start the course over.\n\n{body}"
        );
        let tmp = self
            .path
            .with_extension(format!("toml.tmp{}", std::process::id()));
        let result = (|| {
            let mut file = File::create(&tmp)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
            fs::rename(&tmp, &self.path)?;
            if let Some(dir) = self.path.parent() {
                File::open(dir)?.sync_all()?;
            }
            Ok(())
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result.map_err(self.io(&self.path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_no_write_without_change() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProgressStore::new(dir.path());
        assert_eq!(store.load().unwrap(), Progress::default());
        store.update(|_| {}).unwrap();
        assert!(
            !store.path().exists(),
            "an unchanged progress is not written"
        );
        store
            .update(|p| {
                p.done.insert("hello".into());
                p.hints_shown.insert("hello".into(), 2);
            })
            .unwrap();
        let loaded = store.load().unwrap();
        assert!(loaded.done.contains("hello"));
        assert_eq!(loaded.hints_shown["hello"], 2);
        let text = fs::read_to_string(store.path()).unwrap();
        assert!(text.starts_with("# pyroad progress"), "{text}");
    }

    #[test]
    fn a_damaged_file_is_an_error_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProgressStore::new(dir.path());
        fs::write(store.path(), "done = [\"a\"]\nhints_shown = 3\n").unwrap();
        match store.update(|p| {
            p.done.insert("b".into());
        }) {
            Err(ProgressError::Corrupt(e)) => assert_eq!(e.line, Some(2)),
            other => panic!("expected a corrupt-file error, got {other:?}"),
        }
        // and the learner's file is left as it was
        assert!(
            fs::read_to_string(store.path())
                .unwrap()
                .contains("hints_shown = 3")
        );
    }
}
