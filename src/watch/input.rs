//! Everything watch reacts to, turned into [`Input`]s on one channel: keys (or lines of a
//! piped stdin), file changes, signals, and the results of runs started by the loop.
//!
//! File changes come from the OS's file events where they work. Where they never arrive (WSL
//! projects under /mnt, network drives, some containers), a probe notices within seconds and
//! polling takes over, so that a save is never missed.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, SystemTime};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use notify::Watcher;

use crate::engine::ExerciseResult;

/// What the learner asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Next,
    Hint,
    List,
    Rerun,
    Reset,
    CheckAll,
    Edit,
    Quit,
    Up,
    Down,
    PageUp,
    PageDown,
    Enter,
    Yes,
    Escape,
}

pub enum Input {
    Key(Key),
    /// Some file under exercises/ changed.
    FileChanged(PathBuf),
    Resize,
    /// File events proved not to arrive; polling has started.
    PollingStarted,
    RunDone {
        exercise: usize,
        result: Box<ExerciseResult>,
    },
    CheckProgress {
        done: usize,
        total: usize,
    },
    CheckDone(Vec<ExerciseResult>),
    /// End of piped input, or a signal: leave, restoring the terminal.
    Quit,
}

fn key_of(code: KeyCode, modifiers: KeyModifiers) -> Option<Key> {
    if modifiers.contains(KeyModifiers::CONTROL) {
        // Raw mode turns Ctrl-C into a key press rather than a signal.
        return matches!(code, KeyCode::Char('c') | KeyCode::Char('d')).then_some(Key::Quit);
    }
    Some(match code {
        KeyCode::Char('n') => Key::Next,
        KeyCode::Char('h') => Key::Hint,
        KeyCode::Char('l') => Key::List,
        KeyCode::Char('r') => Key::Rerun,
        KeyCode::Char('x') => Key::Reset,
        KeyCode::Char('c') => Key::CheckAll,
        KeyCode::Char('e') => Key::Edit,
        KeyCode::Char('q') => Key::Quit,
        KeyCode::Char('y') => Key::Yes,
        KeyCode::Char('j') | KeyCode::Down => Key::Down,
        KeyCode::Char('k') | KeyCode::Up => Key::Up,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown | KeyCode::Char(' ') => Key::PageDown,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Escape,
        _ => return None,
    })
}

/// Key presses from the terminal (in raw mode), forever.
pub fn read_keys(tx: mpsc::Sender<Input>, paused: Arc<AtomicBool>) {
    thread::spawn(move || {
        loop {
            if paused.load(Ordering::SeqCst) {
                // An editor has the terminal; its keys are not ours.
                thread::sleep(Duration::from_millis(50));
                continue;
            }
            if !event::poll(Duration::from_millis(100)).unwrap_or(false) {
                continue;
            }
            let input = match event::read() {
                Ok(Event::Key(KeyEvent {
                    code,
                    modifiers,
                    kind: KeyEventKind::Press,
                    ..
                })) => key_of(code, modifiers).map(Input::Key),
                Ok(Event::Resize(..)) => Some(Input::Resize),
                Ok(_) => None,
                Err(_) => Some(Input::Quit),
            };
            if let Some(input) = input
                && tx.send(input).is_err()
            {
                return;
            }
        }
    });
}

/// Commands from a piped stdin, one letter a line; the end of input ends watch.
pub fn read_lines(tx: mpsc::Sender<Input>) {
    thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            let key = line
                .trim()
                .chars()
                .next()
                .and_then(|c| key_of(KeyCode::Char(c), KeyModifiers::NONE));
            if let Some(key) = key
                && tx.send(Input::Key(key)).is_err()
            {
                return;
            }
        }
        let _ = tx.send(Input::Quit);
    });
}

/// SIGTERM, SIGHUP and SIGINT end watch through the loop, so the terminal is restored.
pub fn forward_signals(tx: mpsc::Sender<Input>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) else {
        return;
    };
    thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(Input::Quit);
        }
    });
}

/// Keeps the file watcher alive for as long as watch runs.
pub struct FileWatch {
    _watcher: Option<notify::RecommendedWatcher>,
}

/// Watches `exercises_dir` for changes. With `force_poll`, or when a probe written into
/// `probe_dir` raises no event within two seconds, falls back to polling modification times.
pub fn watch_files(
    exercises_dir: &Path,
    probe_dir: &Path,
    force_poll: bool,
    tx: mpsc::Sender<Input>,
) -> FileWatch {
    if force_poll {
        poll(exercises_dir.to_path_buf(), tx);
        return FileWatch { _watcher: None };
    }
    let probe = probe_dir.join("watch-probe");
    let seen_probe = Arc::new(AtomicBool::new(false));
    let events_tx = tx.clone();
    let (probe_path, seen) = (probe.clone(), Arc::clone(&seen_probe));
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        for path in event.paths {
            if path.file_name() == probe_path.file_name() && path.parent() == probe_path.parent() {
                seen.store(true, Ordering::SeqCst);
            } else {
                let _ = events_tx.send(Input::FileChanged(path));
            }
        }
    });
    let mut watcher = match watcher {
        Ok(watcher) => watcher,
        Err(_) => {
            poll(exercises_dir.to_path_buf(), tx.clone());
            let _ = tx.send(Input::PollingStarted);
            return FileWatch { _watcher: None };
        }
    };
    let watching = watcher
        .watch(exercises_dir, notify::RecursiveMode::Recursive)
        .is_ok()
        && std::fs::create_dir_all(probe_dir).is_ok()
        && watcher
            .watch(probe_dir, notify::RecursiveMode::NonRecursive)
            .is_ok();
    let exercises_dir = exercises_dir.to_path_buf();
    thread::spawn(move || {
        let written = std::fs::write(&probe, b"probe").is_ok();
        for _ in 0..40 {
            if seen_probe.load(Ordering::SeqCst) {
                let _ = std::fs::remove_file(&probe);
                return;
            }
            thread::sleep(Duration::from_millis(50));
        }
        let _ = std::fs::remove_file(&probe);
        if !watching || written {
            poll(exercises_dir, tx.clone());
            let _ = tx.send(Input::PollingStarted);
        }
    });
    FileWatch {
        _watcher: Some(watcher),
    }
}

/// Compares the modification time and size of every `.py` file every half second.
fn poll(dir: PathBuf, tx: mpsc::Sender<Input>) {
    thread::spawn(move || {
        let mut known = snapshot(&dir);
        loop {
            thread::sleep(Duration::from_millis(500));
            let now = snapshot(&dir);
            for (path, stamp) in &now {
                if known.get(path) != Some(stamp)
                    && tx.send(Input::FileChanged(path.clone())).is_err()
                {
                    return;
                }
            }
            known = now;
        }
    });
}

fn snapshot(dir: &Path) -> HashMap<PathBuf, (SystemTime, u64)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
        .filter_map(|e| {
            let meta = e.metadata().ok()?;
            Some((e.path().to_path_buf(), (meta.modified().ok()?, meta.len())))
        })
        .collect()
}
