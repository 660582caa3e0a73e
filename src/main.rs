//! pyroad: a rustlings-style trainer for Python. `main` parses, dispatches and turns the
//! result into an exit status: 0 passed, 1 an exercise failed, 2 a usage or course error.

// Spec errors carry the file, line and source text a course author needs; they are rare and
// on the cold path, so their size is not worth boxing away.
#![allow(clippy::result_large_err)]

mod app;
mod cli;
mod commands;
mod course;
mod dev;
mod diff;
mod embedded;
mod engine;
mod error;
mod i18n;
mod judge;
mod levels;
mod progress;
mod python;
mod report;
mod runner;
mod sandbox;
mod shipped;
mod spec;
mod watch;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use colored::Colorize;

use app::{App, Outcome};
use cli::{Cli, Command, DevCommand};

fn main() -> ExitCode {
    #[cfg(target_os = "linux")]
    {
        let args: Vec<String> = std::env::args().collect();
        if args.get(1).map(String::as_str) == Some(sandbox::INIT_ARG) {
            sandbox::init::main(&args[2..]);
        }
    }
    let cli = Cli::parse();
    app::set_color(cli.global.color);
    let lang = app::lang_of(&cli.global);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = dispatch(&cli, &mut out).and_then(|outcome| Ok(out.flush().map(|_| outcome)?));
    runner::drain_warm();
    sandbox::forget_cgroups();
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Failure) => ExitCode::from(1),
        // `pyroad verify | head` closing the pipe early is not a failure of pyroad.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = out.flush();
            let label = i18n::tr(lang, i18n::Msg::ErrorLabel, &[]);
            eprintln!("{} {}", label.red().bold(), app::error_text(&e, lang));
            ExitCode::from(2)
        }
    }
}

fn dispatch(cli: &Cli, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let lang = app::lang_of(&cli.global);
    // These need no course.
    match &cli.command {
        Some(Command::Init { dir }) => return commands::init::run(dir, lang, out),
        Some(Command::Completions { shell }) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut command, "pyroad", out);
            return Ok(Outcome::Success);
        }
        None => return commands::welcome::run(&cli.global, out),
        // A course with broken specs must still be checkable: that is what the check is for.
        Some(Command::Dev(DevCommand::Check)) => {
            let cwd = std::env::current_dir()?;
            let root = course::Course::find_root(cli.global.root.as_deref(), &cwd)?;
            let python = python::resolve(cli.global.python.as_deref(), Some(&root))?;
            return dev::check::run(&root, &python, lang, &cwd, !cli.global.no_sandbox, out);
        }
        _ => {}
    }
    let app = App::open(&cli.global)?;
    if !matches!(cli.command, Some(Command::Watch { .. })) {
        end_cases_on_interrupt();
    }
    let Some(command) = &cli.command else {
        unreachable!("handled above")
    };
    match command {
        Command::Watch { poll } => watch::run(&app, &watch::WatchOptions { poll: *poll }),
        Command::List { coverage: false } => commands::list::run(&app, out),
        Command::List { coverage: true } | Command::Coverage => commands::coverage::run(&app, out),
        Command::Run { name, force } => commands::run::run(&app, name.as_deref(), *force, out),
        Command::Hint { name, all, force } => {
            commands::hint::run(&app, name.as_deref(), *all, *force, out)
        }
        Command::Verify(args) => commands::verify::run(&app, args, out),
        Command::Reset { name } => commands::reset::run(&app, name, out),
        Command::Doctor => commands::doctor::run(&app, out),
        Command::Setup => commands::setup::run(&app, out),
        Command::Dev(DevCommand::New { topic, name }) => {
            dev::new::run(&app.course, app.lang, topic, name, out)
        }
        Command::Init { .. } | Command::Completions { .. } | Command::Dev(DevCommand::Check) => {
            unreachable!("handled above")
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Cases run in process groups of their own, which the terminal's Ctrl-C does not reach; on
/// SIGINT or SIGTERM pyroad ends them itself (and their temporary folders go with them)
/// before it exits. Watch handles these signals in its own loop.
fn end_cases_on_interrupt() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            runner::stop_all();
            runner::drain_warm();
            // The workers notice their killed cases and drop their folders.
            std::thread::sleep(std::time::Duration::from_millis(300));
            std::process::exit(128 + signal);
        }
    });
}
