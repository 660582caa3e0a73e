//! `pyroad init [DIR]`: a fresh workspace with the course built into this binary.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};
use colored::Colorize;

use crate::app::Outcome;
use crate::i18n::{Lang, Msg, tr};

pub fn run(dir: &Path, lang: Lang, out: &mut dyn Write) -> Result<Outcome> {
    let occupied = dir.exists()
        && std::fs::read_dir(dir)
            .with_context(|| format!("{} cannot be read", dir.display()))?
            .next()
            .is_some();
    if occupied {
        // A learner's work is never overwritten.
        bail!("{}", tr(lang, Msg::InitNotEmpty, &[&dir.display()]));
    }
    crate::embedded::write_course(dir)
        .with_context(|| format!("{} cannot be written", dir.display()))?;
    writeln!(
        out,
        "{}",
        tr(lang, Msg::InitDone, &[&dir.display()]).green().bold()
    )?;
    writeln!(out, "\n    cd {}\n    pyroad watch\n", dir.display())?;
    Ok(Outcome::Success)
}
