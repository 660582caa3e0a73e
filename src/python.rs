//! Finding the Python interpreter, once per pyroad process.
//!
//! The candidate is asked for its `sys.executable`, and that path is what every case spawns:
//! a pyenv or asdf shim costs tens of milliseconds per launch, which would double the cost of
//! a small case.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use thiserror::Error;
use wait_timeout::ChildExt;

pub const MIN_VERSION: (u32, u32) = (3, 10);

#[derive(Debug, Clone)]
pub struct Interpreter {
    pub executable: PathBuf,
    pub version: (u32, u32, u32),
    /// Where the candidate came from, shown by `pyroad doctor`.
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env,
    CourseVenv,
    ActiveVenv,
    Path,
}

impl Origin {
    pub fn describe(self) -> &'static str {
        match self {
            Origin::Flag => "--python",
            Origin::Env => "PYROAD_PYTHON",
            Origin::CourseVenv => "the course's .venv",
            Origin::ActiveVenv => "$VIRTUAL_ENV",
            Origin::Path => "python3 on PATH",
        }
    }
}

#[derive(Debug, Error)]
pub enum PythonError {
    #[error(
        "no Python interpreter found\n  = help: install Python {}.{} or newer, or point pyroad at one with --python PATH or PYROAD_PYTHON",
        MIN_VERSION.0, MIN_VERSION.1
    )]
    NotFound,
    #[error(
        "{path} (from {origin}) cannot be run: {reason}\n  = help: pass a working interpreter with --python PATH"
    )]
    Broken {
        path: PathBuf,
        origin: &'static str,
        reason: String,
    },
    #[error(
        "{path} is Python {major}.{minor}, but pyroad needs {}.{} or newer\n  = help: install a newer Python and pass it with --python PATH",
        MIN_VERSION.0, MIN_VERSION.1
    )]
    TooOld {
        path: PathBuf,
        major: u32,
        minor: u32,
    },
}

/// Resolves the interpreter in the documented order: --python, PYROAD_PYTHON, the course's
/// `.venv`, an active virtualenv, then `python3` on PATH.
pub fn resolve(
    flag: Option<&Path>,
    course_root: Option<&Path>,
) -> Result<Interpreter, PythonError> {
    let (candidate, origin) = candidate(flag, course_root).ok_or(PythonError::NotFound)?;
    probe(&candidate, origin)
}

fn candidate(flag: Option<&Path>, course_root: Option<&Path>) -> Option<(PathBuf, Origin)> {
    if let Some(path) = flag {
        return Some((path.to_path_buf(), Origin::Flag));
    }
    if let Some(path) = std::env::var_os("PYROAD_PYTHON").filter(|p| !p.is_empty()) {
        return Some((PathBuf::from(path), Origin::Env));
    }
    if let Some(root) = course_root {
        let venv = venv_python(&root.join(".venv"));
        if venv.exists() {
            return Some((venv, Origin::CourseVenv));
        }
    }
    if let Some(venv) = std::env::var_os("VIRTUAL_ENV").filter(|p| !p.is_empty()) {
        let python = venv_python(Path::new(&venv));
        if python.exists() {
            return Some((python, Origin::ActiveVenv));
        }
    }
    find_on_path("python3").map(|p| (p, Origin::Path))
}

fn venv_python(venv: &Path) -> PathBuf {
    venv.join("bin").join("python")
}

fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

const PROBE: &str = "import sys; print(sys.executable); print(*sys.version_info[:3])";

fn probe(candidate: &Path, origin: Origin) -> Result<Interpreter, PythonError> {
    let broken = |reason: String| PythonError::Broken {
        path: candidate.to_path_buf(),
        origin: origin.describe(),
        reason,
    };
    let mut child = Command::new(candidate)
        .args(["-c", PROBE])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| broken(e.to_string()))?;
    // A shim that prompts or a wedged interpreter must not hang pyroad.
    match child.wait_timeout(Duration::from_secs(20)) {
        Ok(Some(_)) => {}
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(broken("it did not answer within 20 seconds".into()));
        }
        Err(e) => return Err(broken(e.to_string())),
    }
    let output = child
        .wait_with_output()
        .map_err(|e| broken(e.to_string()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(broken(
            stderr.lines().last().unwrap_or("it failed").to_string(),
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut lines = stdout.lines();
    let executable = lines.next().filter(|l| !l.is_empty()).map(PathBuf::from);
    let version: Vec<u32> = lines
        .next()
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    let (Some(executable), [major, minor, patch]) = (executable, version.as_slice()) else {
        return Err(broken(format!(
            "it printed `{}`, not a version",
            stdout.trim()
        )));
    };
    if (*major, *minor) < MIN_VERSION {
        return Err(PythonError::TooOld {
            path: candidate.to_path_buf(),
            major: *major,
            minor: *minor,
        });
    }
    Ok(Interpreter {
        executable,
        version: (*major, *minor, *patch),
        origin,
    })
}

impl Interpreter {
    /// Which of `modules` cannot be imported, asked in one interpreter start.
    pub fn missing_modules(&self, modules: &[String]) -> Vec<String> {
        if modules.is_empty() {
            return Vec::new();
        }
        const FIND: &str = "import importlib.util, sys\n\
            for name in sys.argv[1:]:\n\
            \x20   try:\n\
            \x20       found = importlib.util.find_spec(name) is not None\n\
            \x20   except (ImportError, ValueError):\n\
            \x20       found = False\n\
            \x20   if not found:\n\
            \x20       print(name)\n";
        let output = Command::new(&self.executable)
            .args(["-c", FIND])
            .args(modules)
            .stdin(Stdio::null())
            .output();
        match output {
            Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(str::to_string)
                .collect(),
            // If even asking fails, running would fail the same way: report them all missing.
            _ => modules.to_vec(),
        }
    }

    pub fn version_string(&self) -> String {
        let (a, b, c) = self.version;
        format!("{a}.{b}.{c}")
    }
}
