//! `pyroad setup`: a virtual environment in the course with its requirements installed, which
//! pyroad then uses by itself (the course's `.venv` comes early in the interpreter order).

use std::io::Write;
use std::process::Command;

use anyhow::{Context, Result, bail};
use colored::Colorize;

use crate::app::{App, Outcome};
use crate::i18n::{Msg, tr};

pub fn run(app: &App, out: &mut dyn Write) -> Result<Outcome> {
    let lang = app.lang;
    let venv = app.course.root.join(".venv");
    let venv_python = venv.join("bin").join("python");
    if !venv_python.exists() {
        // The venv is made by the interpreter pyroad found, never by itself.
        let base = app.python()?;
        writeln!(
            out,
            "{}",
            tr(
                lang,
                Msg::SetupVenv,
                &[&venv.display(), &base.version_string()]
            )
            .bold()
        )?;
        out.flush()?;
        let status = Command::new(&base.executable)
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .with_context(|| format!("{} cannot be run", base.executable.display()))?;
        if !status.success() {
            bail!("{}", tr(lang, Msg::SetupVenvFailed, &[&venv.display()]));
        }
    }
    let requirements = app.course.root.join("requirements.txt");
    if requirements.exists() {
        writeln!(
            out,
            "{}",
            tr(lang, Msg::SetupInstall, &[&requirements.display()]).bold()
        )?;
        out.flush()?;
        // pip's own output is the progress: it names each package as it is fetched.
        let status = Command::new(&venv_python)
            .args(["-m", "pip", "install", "--disable-pip-version-check", "-r"])
            .arg(&requirements)
            .status()
            .with_context(|| format!("{} cannot be run", venv_python.display()))?;
        if !status.success() {
            bail!(
                "{}",
                tr(lang, Msg::SetupInstallFailed, &[&requirements.display()])
            );
        }
    }
    writeln!(
        out,
        "{}",
        tr(lang, Msg::SetupDone, &[&venv_python.display()])
            .green()
            .bold()
    )?;
    Ok(Outcome::Success)
}
