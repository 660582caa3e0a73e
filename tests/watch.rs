//! `pyroad watch` as a learner uses it: in a real pseudo-terminal, and with stdin piped.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use expectrl::{Eof, Expect, Session};
use support::Course;

const FIRST: &str = "exercises/01_one/01_t/01_first.py";
const SECOND: &str = "exercises/01_one/01_t/02_second.py";

/// A save the way vim and JetBrains do it: write a new file, then rename it over the old.
fn save_by_rename(course: &Course, rel: &str, text: &str) {
    let tmp = course.path("exercises/01_one/01_t/.save.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(tmp, course.path(rel)).unwrap();
}

#[test]
fn watch_in_a_terminal_runs_on_save_and_moves_on() {
    let course = Course::fixture("levels");
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("pyroad"));
    command
        .arg("watch")
        .current_dir(course.root())
        .env("LANG", "C.UTF-8")
        .env("TERM", "xterm-256color")
        .env_remove("PYROAD_LANG")
        .env_remove("LC_ALL");
    let mut session = Session::spawn(command).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session.get_process_mut().set_window_size(120, 40).unwrap();

    session.expect("01_first").unwrap();
    session.expect("0 of 1 cases passed").unwrap();
    session.expect("n next  h hint").unwrap();

    // A save in place.
    std::fs::write(course.path(FIRST), "print(1)\n").unwrap();
    session.expect("first passes! Press n").unwrap();
    session.send("n").unwrap();
    session.expect("02_second").unwrap();
    session.expect("0 of 1 cases passed").unwrap();

    // A save by rename.
    save_by_rename(&course, SECOND, "print(2)\n");
    session.expect("second passes!").unwrap();
    session
        .expect("level 1 is complete, and level 2 is unlocked!")
        .unwrap();

    session.send("q").unwrap();
    let rest = session.expect(Eof).unwrap();
    let rest = String::from_utf8_lossy(rest.as_bytes()).into_owned();
    assert!(
        rest.contains("\u{1b}[?1049l"),
        "the alternate screen was not left: {rest:?}"
    );
    assert!(
        rest.contains("\u{1b}[?25h"),
        "the cursor was not shown again: {rest:?}"
    );
    let status = format!("{:?}", session.get_process().wait().unwrap());
    assert!(
        status.starts_with("Exited(") && status.ends_with(", 0)"),
        "{status}"
    );
    let progress = course.read(".pyroad-progress.toml");
    assert!(
        progress.contains("\"first\"") && progress.contains("\"second\""),
        "{progress}"
    );
}

#[test]
fn watch_restores_the_terminal_when_killed() {
    let course = Course::fixture("levels");
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("pyroad"));
    command
        .arg("watch")
        .current_dir(course.root())
        .env("TERM", "xterm-256color");
    let mut session = Session::spawn(command).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session.expect("n next  h hint").unwrap();
    let pid = session.get_process().pid();
    Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    let rest = session.expect(Eof).unwrap();
    assert!(String::from_utf8_lossy(rest.as_bytes()).contains("\u{1b}[?1049l"));
}

/// With stdin not a terminal, watch prints plain lines, takes one-letter commands a line at a
/// time, and ends at the end of its input.
#[test]
fn watch_with_piped_stdin_prints_plain_lines() {
    let course = Course::fixture("levels");
    let mut child = course
        .std_command()
        .arg("watch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let mut wait_for = |text: &str| {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while std::time::Instant::now() < deadline {
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
                let found = line.contains(text);
                seen.push(line);
                if found {
                    return;
                }
            }
        }
        panic!("never saw {text:?}; saw:\n{}", seen.join("\n"));
    };

    wait_for("0 of 1 cases passed");
    std::fs::write(course.path(FIRST), "print(1)\n").unwrap();
    wait_for("first passes!");
    stdin.write_all(b"n\n").unwrap();
    wait_for("02_second");
    save_by_rename(&course, SECOND, "print(2)\n");
    wait_for("second passes!");
    drop(stdin);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(
        !seen.iter().any(|l| l.contains('\u{1b}')),
        "colour or escapes in plain output"
    );
}

/// One save runs once: the several events an editor's save raises are one run, and a save
/// that changes nothing runs nothing.
#[test]
fn one_save_is_one_run() {
    let course = Course::fixture("levels");
    let mut child = course
        .std_command()
        .arg("watch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = tx.send(line.unwrap());
        }
    });
    let runs = |rx: &mpsc::Receiver<String>, wait: Duration| {
        let deadline = std::time::Instant::now() + wait;
        let mut count = 0;
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match rx.recv_timeout(left) {
                Ok(line) if line.contains("cases passed") => count += 1,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        count
    };
    assert_eq!(runs(&rx, Duration::from_secs(5)), 1, "the first run");
    // Truncate, then write: two events, one new content.
    let path = course.path(FIRST);
    std::fs::write(&path, "").unwrap();
    std::fs::write(&path, "print('still wrong')\n").unwrap();
    let after_save = runs(&rx, Duration::from_secs(3));
    assert!(
        (1..=2).contains(&after_save),
        "{after_save} runs for one save"
    );
    // Touching the file without changing it runs nothing.
    std::fs::write(&path, "print('still wrong')\n").unwrap();
    assert_eq!(runs(&rx, Duration::from_secs(2)), 0);
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

/// With --poll (for drives where file events never arrive) a save is still seen.
#[test]
fn watch_with_poll_sees_saves() {
    let course = Course::fixture("levels");
    let mut child = course
        .std_command()
        .args(["watch", "--poll"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = tx.send(line.unwrap());
        }
    });
    let wait_for = |text: &str| {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            if rx.recv_timeout(left).is_ok_and(|line| line.contains(text)) {
                return;
            }
        }
        panic!("never saw {text:?}");
    };
    wait_for("0 of 1 cases passed");
    // A second later, so the modification time surely differs.
    std::thread::sleep(Duration::from_millis(1100));
    std::fs::write(course.path(FIRST), "print(1)\n").unwrap();
    wait_for("first passes!");
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}
