//! A course in a fresh temporary folder and the built binary run on it, so that tests read as
//! sentences: `Course::fixture("levels").pyroad(["run", "first"]).fails()`.

#![allow(dead_code)] // each test binary uses its own part of this

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

pub struct Course {
    dir: tempfile::TempDir,
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

impl Course {
    /// A copy of `tests/fixtures/NAME`, so that progress written by a test stays in it.
    pub fn fixture(name: &str) -> Course {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&repo().join("tests/fixtures").join(name), dir.path());
        Course { dir }
    }

    /// A copy of the course this repository ships.
    pub fn shipped() -> Course {
        let dir = tempfile::tempdir().unwrap();
        for part in ["exercises", "solutions"] {
            copy_tree(&repo().join(part), &dir.path().join(part));
        }
        Course { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn write(&self, rel: &str, text: &str) {
        fs::write(self.path(rel), text).unwrap();
    }

    /// Replaces every exercise file with its solution, as a learner who solved them all.
    pub fn solve_all(&self) {
        let solutions = self.path("solutions");
        for entry in walkdir::WalkDir::new(&solutions) {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(&solutions).unwrap();
                fs::copy(entry.path(), self.path("exercises").join(rel)).unwrap();
            }
        }
    }

    /// The binary, started in the course root with a neutral, English environment.
    pub fn command(&self) -> Command {
        Command::from_std(self.std_command())
    }

    /// The same, as a plain command that can be spawned and talked to while it runs.
    pub fn std_command(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pyroad"));
        cmd.current_dir(self.root())
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("PYROAD_LANG")
            .env_remove("PYROAD_PYTHON")
            .env_remove("VIRTUAL_ENV")
            .env_remove("NO_COLOR");
        cmd
    }

    pub fn pyroad<const N: usize>(&self, args: [&str; N]) -> Run {
        Run(self.command().args(args).output().unwrap())
    }

    /// `verify --format json` with extra arguments, parsed.
    pub fn verify_json(&self, extra: &[&str]) -> (i32, serde_json::Value) {
        let output = self
            .command()
            .args(["verify", "--format", "json"])
            .args(extra)
            .output()
            .unwrap();
        let json = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}):\n{}\n{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            )
        });
        (output.status.code().unwrap(), json)
    }
}

/// A finished run of the binary.
pub struct Run(pub Output);

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }

    pub fn code(&self) -> i32 {
        self.0.status.code().expect("exited normally")
    }

    #[track_caller]
    fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code(),
            code,
            "exit status\nstdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }

    #[track_caller]
    pub fn succeeds(&self) -> &Self {
        self.expect_code(0)
    }

    #[track_caller]
    pub fn fails(&self) -> &Self {
        self.expect_code(1)
    }

    #[track_caller]
    pub fn errors(&self) -> &Self {
        self.expect_code(2)
    }

    #[track_caller]
    pub fn stdout_has(&self, text: &str) -> &Self {
        assert!(
            self.stdout().contains(text),
            "stdout lacks {text:?}:\n{}",
            self.stdout()
        );
        self
    }

    #[track_caller]
    pub fn stdout_lacks(&self, text: &str) -> &Self {
        assert!(
            !self.stdout().contains(text),
            "stdout has {text:?}:\n{}",
            self.stdout()
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, text: &str) -> &Self {
        assert!(
            self.stderr().contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr()
        );
        self
    }
}

/// Case name → verdict, over every exercise of a JSON report.
pub fn verdicts(report: &serde_json::Value) -> BTreeMap<String, String> {
    cases(report)
        .into_iter()
        .map(|(name, case)| (name, case["verdict"].as_str().unwrap().to_string()))
        .collect()
}

/// `exercise/case` → the case's JSON object.
pub fn cases(report: &serde_json::Value) -> BTreeMap<String, serde_json::Value> {
    let mut map = BTreeMap::new();
    for exercise in report["exercises"].as_array().unwrap() {
        for case in exercise["cases"].as_array().unwrap() {
            let key = format!(
                "{}/{}",
                exercise["name"].as_str().unwrap(),
                case["name"].as_str().unwrap()
            );
            map.insert(key, case.clone());
        }
    }
    map
}
