//! The course this binary was built with, so that `pyroad init` can lay out a workspace
//! anywhere (as `cargo install` users expect from rustlings) and `reset` can restore an
//! exercise of that course even where pyroad never saw it as shipped.

use std::fs;
use std::io;
use std::path::Path;

use include_dir::{Dir, include_dir};

static EXERCISES: Dir = include_dir!("$CARGO_MANIFEST_DIR/exercises");
static SOLUTIONS: Dir = include_dir!("$CARGO_MANIFEST_DIR/solutions");
static REQUIREMENTS: &str = include_str!("../requirements.txt");

const GITIGNORE: &str = "# pyroad's own files: your progress and its internal state\n\
.pyroad-progress.toml\n.pyroad-progress.toml.tmp*\n.pyroad/\n.venv/\n__pycache__/\n";

/// Writes the embedded course into `dir`, which must not exist or be empty.
pub fn write_course(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    write_tree(&EXERCISES, &dir.join("exercises"))?;
    write_tree(&SOLUTIONS, &dir.join("solutions"))?;
    fs::write(dir.join("requirements.txt"), REQUIREMENTS)?;
    fs::write(dir.join(".gitignore"), GITIGNORE)
}

fn write_tree(tree: &Dir, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for file in tree.files() {
        fs::write(
            to.join(file.path().file_name().unwrap_or_default()),
            file.contents(),
        )?;
    }
    for sub in tree.dirs() {
        write_tree(sub, &to.join(sub.path().file_name().unwrap_or_default()))?;
    }
    Ok(())
}

/// The shipped text of the exercise at `rel` (below `exercises/`), if this binary carries
/// the same exercise: one whose spec is the very spec on disk.
pub fn shipped_exercise(rel: &Path, spec_on_disk: &[u8]) -> Option<&'static [u8]> {
    let spec = EXERCISES.get_file(rel.with_extension("toml"))?;
    if spec.contents() != spec_on_disk {
        return None;
    }
    EXERCISES.get_file(rel).map(|f| f.contents())
}
