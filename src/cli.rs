//! The command line, as clap derives it. Parsing only: what each command does is in
//! `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "pyroad",
    version,
    about = "Learn Python by fixing small programs, one exercise at a time",
    long_about = "pyroad runs the Python files you edit under exercises/ against the cases in their \
                  specs, shows a clear diff when the output is wrong, and remembers your progress."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    /// Without a command: a short welcome and your next exercise
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The course folder (default: the nearest folder above with an exercises/ folder)
    #[arg(long, global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// The Python interpreter to run (default: PYROAD_PYTHON, <root>/.venv, $VIRTUAL_ENV, python3)
    #[arg(long, global = true, value_name = "PATH")]
    pub python: Option<PathBuf>,
    /// Language of messages (default: PYROAD_LANG or the locale)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// When to use colours
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Run cases without namespaces, Landlock or a process cap (resource limits stay)
    #[arg(long, global = true)]
    pub no_sandbox: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    En,
    Ko,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A line per exercise and a summary
    Human,
    /// One JSON document (version 1)
    Json,
    /// JUnit XML, as Jenkins and GitLab read it
    Junit,
    /// GitHub Actions annotations, and a job summary when GITHUB_STEP_SUMMARY is set
    Github,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Re-run your current exercise every time you save it (the way to work through the course)
    #[command(
        after_help = "Keys: n next, h hint, l list, r re-run, x reset, c check all, e edit, q quit\n\nExamples:\n  pyroad watch\n  pyroad watch --poll     # where saves are not noticed (network drives, WSL's /mnt)"
    )]
    Watch {
        /// Check for changes every half second instead of waiting for file events
        #[arg(long)]
        poll: bool,
    },
    /// Show levels, topics and exercises with your progress
    #[command(after_help = "Examples:\n  pyroad list\n  pyroad list --coverage")]
    List {
        /// Show which roadmap items each topic's exercises practise, and the gaps
        #[arg(long)]
        coverage: bool,
    },
    /// Which roadmap items the exercises practise, topic by topic, and the gaps
    #[command(after_help = "Example:\n  pyroad coverage")]
    Coverage,
    /// Write a fresh copy of the course into DIR (default: ./pyroad)
    #[command(after_help = "Example:\n  pyroad init ~/pyroad && cd ~/pyroad && pyroad watch")]
    Init {
        /// Where to put the course; it must not exist or be empty
        #[arg(default_value = "pyroad")]
        dir: PathBuf,
    },
    /// Create <course>/.venv and install the course's requirements.txt into it
    #[command(after_help = "Example:\n  pyroad setup")]
    Setup,
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  pyroad completions bash > ~/.local/share/bash-completion/completions/pyroad\n  pyroad completions zsh > ~/.zfunc/_pyroad\n  pyroad completions fish > ~/.config/fish/completions/pyroad.fish"
    )]
    Completions { shell: clap_complete::Shell },
    /// Tools for course authors
    #[command(subcommand)]
    Dev(DevCommand),
    /// Run one exercise (default: the current one) and show what went wrong
    #[command(
        after_help = "Examples:\n  pyroad run\n  pyroad run greeting\n  pyroad run exercises/01_basics/01_syntax/01_greeting.py"
    )]
    Run {
        /// Exercise name or path
        name: Option<String>,
        /// Run it even if its level is still locked
        #[arg(long)]
        force: bool,
    },
    /// Show the next hint for an exercise (default: the current one)
    #[command(after_help = "Examples:\n  pyroad hint\n  pyroad hint greeting --all")]
    Hint {
        /// Exercise name or path
        name: Option<String>,
        /// Show every hint at once
        #[arg(long)]
        all: bool,
        /// Show hints of an exercise whose level is still locked
        #[arg(long)]
        force: bool,
    },
    /// Run every exercise (or a selection) and summarise; exit 1 if any fails
    #[command(
        after_help = "Examples:\n  pyroad verify\n  pyroad verify --level 1 --format json\n  pyroad verify --solutions\n  pyroad verify --format junit --output report.xml   # human view on the terminal, XML in the file\n  pyroad verify --done                               # do the exercises I finished still pass?"
    )]
    Verify(VerifyArgs),
    /// Restore an exercise file as it was shipped
    #[command(after_help = "Example:\n  pyroad reset greeting")]
    Reset {
        /// Exercise name or path
        name: String,
    },
    /// Check this machine: the Python found, missing modules, the sandbox in force
    #[command(after_help = "Example:\n  pyroad doctor")]
    Doctor,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Only these exercises (names or paths)
    pub names: Vec<String>,
    /// Run the reference solutions instead of the exercises (progress is untouched)
    #[arg(long)]
    pub solutions: bool,
    /// Only this level (the number of its NN_ prefix)
    #[arg(long, value_name = "N")]
    pub level: Option<u32>,
    /// Only this topic (its folder name without the NN_ prefix)
    #[arg(long, value_name = "SLUG")]
    pub topic: Option<String>,
    /// Only the exercises already done (a check that they still pass)
    #[arg(long)]
    pub done: bool,
    /// How to report
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the report to FILE, and show the human view on the terminal
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Cases to run at once (default: the number of CPUs)
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Stop at the first exercise that fails
    #[arg(long)]
    pub fail_fast: bool,
}

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Check the whole course and list every problem with its file and line; exit 1 on any
    #[command(after_help = "Example:\n  pyroad dev check")]
    Check,
    /// Create a new exercise in TOPIC: exercise, spec (every key explained) and solution
    #[command(after_help = "Example:\n  pyroad dev new syntax tuple_unpacking")]
    New {
        /// The topic's folder name without its NN_ prefix
        topic: String,
        /// The exercise's name: lower-case letters, digits and _
        name: String,
    },
}
