//! `pyroad watch`: the loop learners live in. Save the file, see the verdict.
//!
//! One loop reads one channel of [`Input`]s (keys, file changes, finished runs) and owns
//! only screen state; progress stays in [`App`]. Runs happen on worker threads so that keys
//! work while Python runs, and a save during a run queues exactly one more run: a run starts
//! only when the file's content differs from what the last run saw, so several events for
//! one save (or a save that changed nothing) never run twice, and none is lost.

mod input;
mod screen;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::thread::{self, Scope};
use std::time::{Duration, Instant};

use anyhow::Result;
use colored::Colorize;

use crate::app::{App, Outcome};
use crate::engine::{Event, ExerciseResult, Source, Status, display_path};
use crate::i18n::{Msg, tr};
use crate::levels;
use crate::python::Interpreter;
use crate::report::Reporter;
use crate::report::bar;
use crate::report::human::{HumanReporter, Style};
use crate::shipped::Shipped;
use input::{Input, Key};
use screen::Screen;

pub struct WatchOptions {
    pub poll: bool,
}

/// Editors often write a file in more than one step; a short pause lets the last one land.
const DEBOUNCE: Duration = Duration::from_millis(10);

pub fn run(app: &App, options: &WatchOptions) -> Result<Outcome> {
    let python = app.python()?;
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let (tx, rx) = mpsc::channel();
    let editor_has_terminal = Arc::new(AtomicBool::new(false));
    if interactive {
        input::read_keys(tx.clone(), Arc::clone(&editor_has_terminal));
    } else {
        input::read_lines(tx.clone());
    }
    input::forward_signals(tx.clone());
    let exercises_dir = app.course.root.join(crate::course::EXERCISES_DIR);
    let state_dir = app.course.root.join(crate::progress::STATE_DIR);
    let _watch = input::watch_files(&exercises_dir, &state_dir, options.poll, tx.clone());

    let progress = app.progress.load()?;
    let exercise = levels::current(&app.course, &progress);
    let mut session = Session {
        app,
        python: &python,
        tx,
        exercise: exercise.unwrap_or(0),
        finished: exercise.is_none(),
        output: Vec::new(),
        passed: false,
        running: false,
        rerun_pending: false,
        last_content: None,
        hints_shown: Vec::new(),
        notices: Vec::new(),
        mode: Mode::Normal,
        scroll: 0,
        debounce: None,
        screen: None,
        editor_has_terminal,
    };
    if options.poll {
        session
            .notices
            .push(tr(app.lang, Msg::WatchPollForced, &[]));
    }
    if interactive {
        session.screen = Some(Screen::enter()?);
    } else {
        println!("{}", tr(app.lang, Msg::WatchKeysPlain, &[]).dimmed());
    }
    thread::scope(|scope| session.run_loop(scope, rx))?;
    Ok(Outcome::Success)
}

enum Mode {
    Normal,
    List { selected: usize },
    ConfirmReset,
    Checking { done: usize, total: usize },
}

struct Session<'a> {
    app: &'a App,
    python: &'a Interpreter,
    tx: mpsc::Sender<Input>,
    exercise: usize,
    /// Every exercise is done: the closing screen.
    finished: bool,
    /// The last run's report, as lines.
    output: Vec<String>,
    passed: bool,
    running: bool,
    rerun_pending: bool,
    /// The file's content when the last run started.
    last_content: Option<Vec<u8>>,
    hints_shown: Vec<String>,
    /// One-off news: a level completed, polling started, an editor failed.
    notices: Vec<String>,
    mode: Mode,
    scroll: usize,
    debounce: Option<Instant>,
    screen: Option<Screen>,
    editor_has_terminal: Arc<AtomicBool>,
}

enum Flow {
    Continue,
    Quit,
}

impl<'a> Session<'a> {
    fn run_loop<'scope>(
        &mut self,
        scope: &'scope Scope<'scope, '_>,
        rx: mpsc::Receiver<Input>,
    ) -> Result<()>
    where
        'a: 'scope,
    {
        if !self.finished {
            self.start_run(scope, true);
        }
        self.draw()?;
        loop {
            let wait = self.debounce.map_or(Duration::from_secs(3600), |at| {
                at.saturating_duration_since(Instant::now())
            });
            let flow = match rx.recv_timeout(wait) {
                Ok(input) => self.handle(scope, input)?,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    self.debounce = None;
                    self.start_run(scope, false);
                    Flow::Continue
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => Flow::Quit,
            };
            if let Flow::Quit = flow {
                // Give the terminal back at once, then end the runs still going, so the
                // threads they run on finish now rather than at their timeout.
                self.screen = None;
                crate::runner::stop_all();
                return Ok(());
            }
            self.draw()?;
        }
    }

    fn file(&self) -> PathBuf {
        self.app
            .course
            .exercise_path(&self.app.course.exercises[self.exercise])
    }

    /// Runs the current exercise, unless its content is what the last run saw (`force`
    /// re-runs anyway). During a run, a request is remembered and served when it ends.
    fn start_run<'scope>(&mut self, scope: &'scope Scope<'scope, '_>, force: bool)
    where
        'a: 'scope,
    {
        if self.finished {
            return;
        }
        let content = std::fs::read(self.file()).ok();
        if !force && content == self.last_content {
            return;
        }
        if self.running {
            self.rerun_pending = true;
            return;
        }
        self.last_content = content;
        self.running = true;
        let (app, python, tx, exercise) = (self.app, self.python, self.tx.clone(), self.exercise);
        scope.spawn(move || {
            let engine = app.engine(python);
            let options = app.run_options(Source::Exercises);
            let mut result = None;
            let _ = engine.run(&[exercise], &options, &mut |event| {
                if let Event::ExerciseFinished { result: r } = event {
                    result = Some(Box::new(r.clone()));
                }
                Ok(())
            });
            if let Some(result) = result {
                let _ = tx.send(Input::RunDone { exercise, result });
            }
        });
    }

    fn handle<'scope>(&mut self, scope: &'scope Scope<'scope, '_>, input: Input) -> Result<Flow>
    where
        'a: 'scope,
    {
        match input {
            Input::Quit => return Ok(Flow::Quit),
            Input::Resize => {}
            Input::PollingStarted => self.notices.push(tr(self.app.lang, Msg::WatchPolling, &[])),
            Input::FileChanged(path) => {
                // Only the exercise on screen matters; saving another file changes nothing.
                if !self.finished && same_file(&path, &self.file()) {
                    self.debounce = Some(Instant::now() + DEBOUNCE);
                }
            }
            Input::RunDone { exercise, result } => {
                self.running = false;
                if exercise == self.exercise {
                    self.show_result(&result)?;
                }
                if std::mem::take(&mut self.rerun_pending) {
                    self.start_run(scope, false);
                }
            }
            Input::CheckProgress { done, total } => self.mode = Mode::Checking { done, total },
            Input::CheckDone(results) => self.check_done(&results)?,
            Input::Key(key) => return self.key(scope, key),
        }
        Ok(Flow::Continue)
    }

    fn key<'scope>(&mut self, scope: &'scope Scope<'scope, '_>, key: Key) -> Result<Flow>
    where
        'a: 'scope,
    {
        let lang = self.app.lang;
        match (&mut self.mode, key) {
            (_, Key::Quit) => return Ok(Flow::Quit),
            (Mode::Checking { .. }, _) => {}
            (Mode::ConfirmReset, Key::Yes) => {
                self.mode = Mode::Normal;
                let exercise = &self.app.course.exercises[self.exercise];
                match Shipped::new(&self.app.course.root).restore(&self.app.course, exercise) {
                    Ok(_) => {
                        let path = display_path(&self.file(), &self.app.cwd);
                        self.notices.push(tr(lang, Msg::ResetDone, &[&path]));
                        self.start_run(scope, true);
                    }
                    Err(_) => {
                        let path = display_path(&self.file(), &self.app.cwd);
                        self.notices.push(tr(lang, Msg::ResetNoCopy, &[&path]));
                    }
                }
            }
            (Mode::ConfirmReset, _) => self.mode = Mode::Normal,
            (Mode::List { selected }, Key::Up) => *selected = selected.saturating_sub(1),
            (Mode::List { selected }, Key::Down) => {
                *selected = (*selected + 1).min(self.app.course.exercises.len() - 1)
            }
            (Mode::List { selected }, Key::Enter) => {
                let chosen = *selected;
                let progress = self.app.progress.load()?;
                if levels::lock_of(&self.app.course, &progress, chosen).is_none() {
                    self.mode = Mode::Normal;
                    self.open(scope, chosen);
                }
            }
            (Mode::List { .. }, Key::Escape | Key::List) => self.mode = Mode::Normal,
            (Mode::List { .. }, _) => {}
            (Mode::Normal, Key::Next) => {
                if self.passed {
                    let progress = self.app.progress.load()?;
                    match levels::current(&self.app.course, &progress) {
                        Some(next) => self.open(scope, next),
                        None => self.finished = true,
                    }
                } else {
                    self.notices.push(tr(lang, Msg::WatchNotYet, &[]));
                }
            }
            (Mode::Normal, Key::Hint) => self.next_hint()?,
            (Mode::Normal, Key::List) => {
                self.mode = Mode::List {
                    selected: self.exercise,
                }
            }
            (Mode::Normal, Key::Rerun) => self.start_run(scope, true),
            (Mode::Normal, Key::Reset) => {
                if !self.finished {
                    self.mode = Mode::ConfirmReset;
                }
            }
            (Mode::Normal, Key::CheckAll) => self.check_all(scope),
            (Mode::Normal, Key::Edit) => self.edit(),
            (Mode::Normal, Key::Up) => self.scroll = self.scroll.saturating_sub(1),
            (Mode::Normal, Key::Down) => self.scroll += 1,
            (Mode::Normal, Key::PageUp) => {
                self.scroll = self.scroll.saturating_sub(Screen::size().1 / 2)
            }
            (Mode::Normal, Key::PageDown) => self.scroll += Screen::size().1 / 2,
            (Mode::Normal, _) => {}
        }
        Ok(Flow::Continue)
    }

    fn open<'scope>(&mut self, scope: &'scope Scope<'scope, '_>, exercise: usize)
    where
        'a: 'scope,
    {
        self.exercise = exercise;
        self.finished = false;
        self.passed = false;
        self.output.clear();
        self.hints_shown.clear();
        self.notices.clear();
        self.scroll = 0;
        self.last_content = None;
        self.start_run(scope, true);
    }

    fn show_result(&mut self, result: &ExerciseResult) -> Result<()> {
        let mut buffer = Vec::new();
        let mut reporter = HumanReporter {
            out: Box::new(&mut buffer),
            course: &self.app.course,
            lang: self.app.lang,
            python: self.python.executable.display().to_string(),
            style: Style::Detailed,
        };
        reporter.on_event(&Event::ExerciseFinished { result })?;
        drop(reporter);
        self.output = String::from_utf8_lossy(&buffer)
            .lines()
            .map(str::to_string)
            .collect();
        self.passed = result.status() == Status::Pass;
        if self.passed {
            let name = self.app.course.exercises[self.exercise].name.as_str();
            let mut news = Vec::new();
            self.app.record_done(&[name], &mut news)?;
            self.notices
                .extend(String::from_utf8_lossy(&news).lines().map(str::to_string));
        }
        if self.screen.is_none() {
            self.print_plain();
        }
        Ok(())
    }

    fn next_hint(&mut self) -> Result<()> {
        let exercise = &self.app.course.exercises[self.exercise];
        let hints = self
            .app
            .lang
            .pick_list(&exercise.spec.hints, &exercise.spec.hints_ko);
        if hints.is_empty() {
            self.notices
                .push(tr(self.app.lang, Msg::NoHints, &[&exercise.name]));
            return Ok(());
        }
        let progress = self.app.progress.load()?;
        let seen = progress
            .hints_shown
            .get(&exercise.name)
            .copied()
            .unwrap_or(0);
        // On screen, the hints already seen come back first, then one new one.
        let show = (self.hints_shown.len() + 1)
            .min(hints.len())
            .max(seen.min(hints.len()));
        self.hints_shown = hints[..show].to_vec();
        self.app.progress.update(|p| {
            p.hints_shown.insert(exercise.name.clone(), seen.max(show));
        })?;
        if self.screen.is_none() {
            for (i, hint) in self.hints_shown.iter().enumerate().skip(show - 1) {
                let header = tr(
                    self.app.lang,
                    Msg::HintHeader,
                    &[&(i + 1), &hints.len(), &exercise.name],
                );
                println!("{}\n  {}", header.yellow().bold(), hint);
            }
        }
        Ok(())
    }

    fn check_all<'scope>(&mut self, scope: &'scope Scope<'scope, '_>)
    where
        'a: 'scope,
    {
        let total = self.app.course.exercises.len();
        self.mode = Mode::Checking { done: 0, total };
        let (app, python, tx) = (self.app, self.python, self.tx.clone());
        scope.spawn(move || {
            let engine = app.engine(python);
            let options = app.run_options(Source::Exercises);
            let selection: Vec<usize> = (0..total).collect();
            let mut done = 0;
            let results = engine.run(&selection, &options, &mut |event| {
                if let Event::ExerciseFinished { .. } = event {
                    done += 1;
                    let _ = tx.send(Input::CheckProgress { done, total });
                }
                Ok(())
            });
            let _ = tx.send(Input::CheckDone(results.unwrap_or_default()));
        });
    }

    fn check_done(&mut self, results: &[ExerciseResult]) -> Result<()> {
        self.mode = Mode::Normal;
        let course = &self.app.course;
        let passed: Vec<&str> = results
            .iter()
            .filter(|r| r.status() == Status::Pass)
            .map(|r| course.exercises[r.exercise].name.as_str())
            .collect();
        let failing: Vec<&str> = results
            .iter()
            .filter(|r| r.status() == Status::Fail)
            .map(|r| course.exercises[r.exercise].name.as_str())
            .collect();
        let skipped = results.len() - passed.len() - failing.len();
        let lang = self.app.lang;
        self.notices.push(tr(
            lang,
            Msg::VerifySummary,
            &[&passed.len(), &failing.len(), &skipped],
        ));
        if !failing.is_empty() {
            let shown: Vec<&str> = failing.iter().take(8).copied().collect();
            let more = if failing.len() > 8 {
                format!(" (+{})", failing.len() - 8)
            } else {
                String::new()
            };
            self.notices.push(tr(
                lang,
                Msg::WatchFailedList,
                &[&format!("{}{more}", shown.join(", "))],
            ));
        }
        let mut news = Vec::new();
        self.app.record_done(&passed, &mut news)?;
        self.notices
            .extend(String::from_utf8_lossy(&news).lines().map(str::to_string));
        if self.screen.is_none() {
            for notice in &self.notices {
                println!("{notice}");
            }
        }
        Ok(())
    }

    /// Opens the exercise in $VISUAL or $EDITOR (VS Code's own terminal opens it in VS Code).
    fn edit(&mut self) {
        let lang = self.app.lang;
        let in_vscode = std::env::var("TERM_PROGRAM").is_ok_and(|p| p == "vscode");
        let editor = std::env::var("VISUAL")
            .or_else(|_| std::env::var("EDITOR"))
            .ok()
            .filter(|e| !e.trim().is_empty())
            .or_else(|| in_vscode.then(|| "code".to_string()));
        let Some(editor) = editor else {
            self.notices.push(tr(lang, Msg::WatchNoEditor, &[]));
            return;
        };
        let mut words = editor.split_whitespace();
        let program = words.next().unwrap_or("vi").to_string();
        let mut command = std::process::Command::new(&program);
        command.args(words).arg(self.file());
        self.editor_has_terminal.store(true, Ordering::SeqCst);
        if let Some(screen) = &mut self.screen {
            screen.suspend();
        }
        let status = command.status();
        if let Some(screen) = &mut self.screen {
            let _ = screen.resume();
        }
        self.editor_has_terminal.store(false, Ordering::SeqCst);
        if let Err(e) = status {
            self.notices
                .push(tr(lang, Msg::WatchEditorFailed, &[&program, &e]));
        }
    }

    /// The exercise's file path, as a clickable link where the terminal shows OSC 8 links.
    fn path_link(&self) -> String {
        let path = display_path(&self.file(), &self.app.cwd);
        if self.screen.is_some() && hyperlinks_supported() {
            format!(
                "\u{1b}]8;;file://{}\u{1b}\\{path}\u{1b}]8;;\u{1b}\\",
                self.file().display()
            )
        } else {
            path
        }
    }

    fn status_line(&self) -> String {
        let lang = self.app.lang;
        let exercise = &self.app.course.exercises[self.exercise];
        if self.running {
            tr(lang, Msg::WatchRunning, &[]).dimmed().to_string()
        } else if self.passed {
            format!("✓ {}", tr(lang, Msg::WatchPassed, &[&exercise.name]))
                .green()
                .bold()
                .to_string()
        } else {
            tr(lang, Msg::WatchSaveToRun, &[&self.path_link()])
        }
    }

    fn print_plain(&self) {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", "─".repeat(60).dimmed());
        for line in &self.output {
            let _ = writeln!(out, "{line}");
        }
        for notice in &self.notices {
            let _ = writeln!(out, "{notice}");
        }
        let _ = writeln!(out, "{}", self.status_line());
        let _ = out.flush();
    }

    fn draw(&mut self) -> Result<()> {
        if self.screen.is_none() {
            if self.finished {
                let mut out = std::io::stdout().lock();
                for line in self.closing_lines() {
                    writeln!(out, "{line}")?;
                }
            }
            return Ok(());
        }
        let lang = self.app.lang;
        let top = self.header_lines()?;
        let body = if self.finished {
            self.closing_lines()
        } else {
            self.body_lines()?
        };
        let keys = match self.mode {
            Mode::ConfirmReset => {
                let name = &self.app.course.exercises[self.exercise].name;
                tr(lang, Msg::WatchResetConfirm, &[name])
                    .yellow()
                    .bold()
                    .to_string()
            }
            Mode::List { .. } => tr(lang, Msg::WatchListTitle, &[]),
            _ => tr(lang, Msg::WatchKeys, &[]),
        };
        // The verdict, news and keys stay in view however long the report is.
        let mut bottom = vec!["─".repeat(Screen::size().0.min(100)).dimmed().to_string()];
        if !self.finished {
            let hints = self.hint_lines();
            bottom.extend(
                hints[hints.len() - self.latest_hint_len()..]
                    .iter()
                    .cloned(),
            );
            bottom.extend(self.notices.iter().cloned());
            bottom.push(self.status_line());
        }
        bottom.push(keys);
        let note = move |from: usize, to: usize, total: usize| {
            tr(lang, Msg::WatchScroll, &[&from, &to, &total])
        };
        let mut scroll = self.scroll;
        if let Some(screen) = &mut self.screen {
            screen.draw(&top, &body, &bottom, &note, &mut scroll)?;
        }
        self.scroll = scroll;
        Ok(())
    }

    fn header_lines(&self) -> Result<Vec<String>> {
        let course = &self.app.course;
        let lang = self.app.lang;
        let progress = self.app.progress.load()?;
        let level = course.exercises[self.exercise].level;
        let (level_done, level_total) = levels::level_counts(course, &progress, level);
        let done = course
            .exercises
            .iter()
            .filter(|e| progress.done.contains(&e.name))
            .count();
        let level_label = tr(lang, Msg::Level, &[&course.levels[level].number]);
        let (level_title, _) = lang.pick(
            &course.levels[level].spec.title,
            course.levels[level].spec.title_ko.as_deref(),
        );
        Ok(vec![
            format!(
                "{} · {}  {} {level_done}/{level_total}   {} {} {done}/{}",
                format!("pyroad · {level_label}").bold(),
                level_title.dimmed(),
                bar(level_done, level_total, 16),
                tr(lang, Msg::Overall, &[]),
                bar(done, course.exercises.len(), 16),
                course.exercises.len()
            ),
            String::new(),
        ])
    }

    fn body_lines(&self) -> Result<Vec<String>> {
        let lang = self.app.lang;
        let mut lines = Vec::new();
        match self.mode {
            Mode::List { selected } => return self.list_lines(selected),
            Mode::Checking { done, total } => {
                lines.push(format!(
                    "{} {}",
                    bar(done, total, 30),
                    tr(lang, Msg::WatchChecking, &[&done, &total])
                ));
                lines.push(String::new());
            }
            _ => {}
        }
        if self.output.is_empty() {
            let exercise = &self.app.course.exercises[self.exercise];
            let (title, _) = lang.pick(&exercise.spec.title, exercise.spec.title_ko.as_deref());
            lines.push(format!(
                "{} {}  {}",
                "▶".cyan(),
                title.bold(),
                self.path_link()
            ));
        } else {
            lines.extend(self.output.iter().cloned());
        }
        lines.push(String::new());
        // Earlier hints stay in the report; the newest one is kept in view below it.
        let hints = self.hint_lines();
        let earlier = hints.len().saturating_sub(self.latest_hint_len());
        lines.extend(hints.into_iter().take(earlier));
        Ok(lines)
    }

    /// Every hint shown for this exercise, each a header line and its text.
    fn hint_lines(&self) -> Vec<String> {
        let lang = self.app.lang;
        let exercise = &self.app.course.exercises[self.exercise];
        let total = lang
            .pick_list(&exercise.spec.hints, &exercise.spec.hints_ko)
            .len();
        let mut lines = Vec::new();
        for (i, hint) in self.hints_shown.iter().enumerate() {
            let header = tr(lang, Msg::HintHeader, &[&(i + 1), &total, &exercise.name]);
            lines.push(header.yellow().bold().to_string());
            lines.extend(hint.lines().map(|l| format!("  {l}")));
        }
        lines
    }

    fn latest_hint_len(&self) -> usize {
        self.hints_shown.last().map_or(0, |h| h.lines().count() + 1)
    }

    fn list_lines(&self, selected: usize) -> Result<Vec<String>> {
        let course = &self.app.course;
        let lang = self.app.lang;
        let progress = self.app.progress.load()?;
        let mut lines = Vec::new();
        let mut last_topic = usize::MAX;
        for (i, exercise) in course.exercises.iter().enumerate() {
            if exercise.topic != last_topic {
                last_topic = exercise.topic;
                let topic = &course.topics[exercise.topic];
                let (title, _) = lang.pick(&topic.spec.title, topic.spec.title_ko.as_deref());
                lines.push(format!("{} {}", topic.slug.cyan(), title.dimmed()));
            }
            let lock = levels::lock_of(course, &progress, i);
            let mark = if progress.done.contains(&exercise.name) {
                "✓".green().to_string()
            } else if lock.is_some() {
                "·".dimmed().to_string()
            } else {
                "·".to_string()
            };
            let (title, _) = lang.pick(&exercise.spec.title, exercise.spec.title_ko.as_deref());
            let note = lock
                .map(|l| tr(lang, Msg::WatchLocked, &[&l.blocking_level]))
                .unwrap_or_default();
            let line = format!(
                "  {mark} {}  {}  {}",
                exercise.name,
                title.dimmed(),
                note.dimmed()
            );
            lines.push(if i == selected {
                format!("{}", line.reversed())
            } else {
                line
            });
        }
        Ok(lines)
    }

    /// What the course covered, level by level: the closing screen.
    fn closing_lines(&self) -> Vec<String> {
        let course = &self.app.course;
        let lang = self.app.lang;
        let mut lines = vec![
            tr(lang, Msg::WatchCourseDone, &[])
                .green()
                .bold()
                .to_string(),
            String::new(),
        ];
        for (level_index, level) in course.levels.iter().enumerate() {
            let (title, _) = lang.pick(&level.spec.title, level.spec.title_ko.as_deref());
            lines.push(
                format!("{} · {title}", tr(lang, Msg::Level, &[&level.number]))
                    .bold()
                    .to_string(),
            );
            for topic in course.topics.iter().filter(|t| t.level == level_index) {
                let (title, _) = lang.pick(&topic.spec.title, topic.spec.title_ko.as_deref());
                let items = if lang == crate::i18n::Lang::En && !topic.spec.items_en.is_empty() {
                    &topic.spec.items_en
                } else {
                    &topic.spec.items
                };
                lines.push(format!("  ✓ {title}: {}", items.join(", ").dimmed()));
            }
        }
        lines
    }
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    a == b
        || std::fs::canonicalize(a)
            .ok()
            .zip(std::fs::canonicalize(b).ok())
            .is_some_and(|(a, b)| a == b)
}

/// Terminals known to show OSC 8 links; elsewhere the escape could print as garbage.
fn hyperlinks_supported() -> bool {
    let has = |key: &str| std::env::var_os(key).is_some();
    std::env::var("TERM").map_or(true, |t| t != "dumb")
        && (has("WT_SESSION")
            || has("VTE_VERSION")
            || has("KITTY_WINDOW_ID")
            || has("WEZTERM_EXECUTABLE")
            || has("KONSOLE_VERSION")
            || std::env::var("TERM_PROGRAM")
                .is_ok_and(|p| ["vscode", "iTerm.app", "WezTerm", "ghostty"].contains(&p.as_str())))
}
