//! The engine through the built binary: compare modes, verdicts, spec features, errors.

mod support;

use support::{Course, cases, verdicts};

#[test]
fn every_compare_mode_passes_and_fails() {
    let course = Course::fixture("modes");
    let (code, report) = course.verify_json(&[]);
    assert_eq!(code, 1);
    let verdicts = verdicts(&report);
    assert_eq!(verdicts.len(), 14);
    for (case, verdict) in &verdicts {
        let expected = if case.ends_with("_pass") {
            "passed"
        } else {
            "wrong_output"
        };
        assert_eq!(verdict, expected, "{case}");
    }
    for mode in [
        "lines",
        "exact",
        "tokens",
        "float",
        "sorted-lines",
        "regex",
        "ignore_case",
    ] {
        assert!(
            verdicts.contains_key(&format!("echo/{mode}_pass")),
            "{mode}"
        );
        assert!(
            verdicts.contains_key(&format!("echo/{mode}_fail")),
            "{mode}"
        );
    }
}

#[test]
fn a_wrong_output_says_which_looser_comparison_would_pass() {
    let course = Course::fixture("modes");
    let (_, report) = course.verify_json(&[]);
    let cases = cases(&report);
    let message = |name: &str| {
        cases[&format!("echo/{name}")]["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(message("ignore_case_fail").contains("close: only upper and lower case differ"));
    assert!(message("exact_fail").contains("close: only the newline at the very end differs"));
    assert_eq!(
        message("lines_fail"),
        "line 2 differs: expected \"b\", got \"c\""
    );
    assert_eq!(
        message("sorted-lines_fail"),
        "the line \"a\" is missing from the output"
    );
}

#[test]
fn every_verdict_is_reached() {
    let course = Course::fixture("verdicts");
    let (code, report) = course.verify_json(&[]);
    assert_eq!(code, 1);
    let expected = [
        ("crash/only", "runtime_error"),
        ("syntax/only", "runtime_error"),
        ("endless/only", "timeout"),
        ("hog/only", "memory_limit"),
        ("flood/only", "output_limit"),
        ("stderr_flood/only", "output_limit"),
        ("needs/only", "skipped"),
        ("exits/only", "passed"),
        ("segfault/only", "runtime_error"),
        ("leftover/only", "passed"),
        ("big_output_before_input/only", "wrong_output"),
    ];
    let verdicts = verdicts(&report);
    for (case, verdict) in expected {
        assert_eq!(verdicts[case], verdict, "{case}");
    }
    let cases = cases(&report);
    let message = |name: &str| cases[name]["message"].as_str().unwrap().to_string();
    assert_eq!(
        message("crash/only"),
        "ValueError: boom (at exercises/01_v/01_t/01_crash.py:2)"
    );
    assert!(
        message("syntax/only").starts_with("SyntaxError"),
        "{}",
        message("syntax/only")
    );
    assert!(
        message("syntax/only").ends_with("02_syntax.py:1)"),
        "{}",
        message("syntax/only")
    );
    assert!(message("segfault/only").contains("SIGSEGV"));
    assert!(message("needs/only").contains("pip install pyroad_no_such_module"));
    assert!(message("endless/only").contains("1 s"));
    assert!(message("hog/only").contains("128 MB"));
    let skipped = report["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "needs")
        .unwrap();
    assert_eq!(skipped["status"], "skip");
    assert_eq!(report["summary"]["skipped"], 1);
}

/// The `leftover` exercise starts `sleep 60` in the background and exits: the case must end
/// at once, with the sleeper gone, rather than wait for it to close the output pipe.
#[test]
fn what_a_case_leaves_running_is_killed() {
    let course = Course::fixture("verdicts");
    let marker = format!("{}", 60_000 + std::process::id() % 1000);
    course.write(
        "exercises/01_v/01_t/09_leftover.py",
        &format!(
            "import subprocess\n\nsubprocess.Popen([\"sleep\", \"{marker}\"])\nprint(\"done\")\n"
        ),
    );
    let started = std::time::Instant::now();
    course.pyroad(["run", "leftover"]).succeeds();
    assert!(
        started.elapsed().as_secs() < 30,
        "the run waited for the sleeper"
    );
    let survivors: Vec<String> = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| std::fs::read(e.ok()?.path().join("cmdline")).ok())
        .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
        .filter(|c| c.starts_with("sleep ") && c.contains(&marker))
        .collect();
    assert!(survivors.is_empty(), "left running: {survivors:?}");
}

#[test]
fn tracebacks_name_the_learners_file_not_the_temp_dir() {
    let course = Course::fixture("verdicts");
    course
        .pyroad(["run", "crash"])
        .fails()
        .stdout_has("File \"exercises/01_v/01_t/01_crash.py\", line 5, in <module>")
        .stdout_has("ValueError: boom")
        .stdout_lacks("pyroad-");
}

#[test]
fn drivers_fixture_files_and_arguments() {
    let course = Course::fixture("features");
    let (code, report) = course.verify_json(&["--solutions"]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["status"], "pass");
    assert_eq!(
        report["exercises"][1]["path"],
        "solutions/01_f/01_t/02_count_rows.py"
    );
    let (code, report) = course.verify_json(&[]);
    assert_eq!(code, 1);
    let verdicts = verdicts(&report);
    assert_eq!(verdicts["add/small"], "wrong_output");
    assert_eq!(verdicts["add/own driver"], "wrong_output");
    assert_eq!(verdicts["count_rows/two people"], "wrong_output");
    assert_eq!(verdicts["count_rows/override"], "wrong_output");
    course
        .pyroad(["run", "count_rows"])
        .fails()
        .stdout_has("arguments: data/people.csv")
        .stdout_has("file data/people.csv:")
        .stdout_has("- 2\n")
        .stdout_has("+ 3\n");
}

#[test]
fn hidden_cases_show_neither_input_nor_expected_output() {
    let course = Course::fixture("features");
    let run = course.pyroad(["run", "add"]);
    run.fails()
        .stdout_has("secret  wrong output: line 1 is not what this hidden case expects")
        .stdout_has("a hidden case: its input and expected output are not shown")
        .stdout_lacks("42")
        .stdout_lacks("40 2");
    let (_, report) = course.verify_json(&["add"]);
    assert!(!report.to_string().contains("42"), "{report}");
}

#[test]
fn a_case_sees_a_clean_environment() {
    let course = Course::fixture("features");
    let mut cmd = course.command();
    let output = cmd
        .env("PYROAD_TEST_SECRET", "hunter2")
        .args(["run", "environment"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(!stdout.contains("hunter2"));
}

#[test]
fn a_broken_spec_is_exit_2_with_file_line_and_caret() {
    let course = Course::fixture("badtoml");
    course
        .pyroad(["list"])
        .errors()
        .stderr_has("unknown field `expected`")
        .stderr_has("--> exercises/01_b/01_t/01_typo.toml:5:1")
        .stderr_has("5 | expected = \"1\"")
        .stderr_has("  | ^^^^^^^^")
        .stderr_has("--> exercises/01_b/01_t/02_broken.toml:2:");
}

#[test]
fn an_unknown_name_suggests_the_closest() {
    let course = Course::fixture("levels");
    course
        .pyroad(["run", "frist"])
        .errors()
        .stderr_has("unknown exercise `frist`")
        .stderr_has("did you mean `first`");
    course
        .pyroad(["run", "exercises/01_one/01_t/01_first.py"])
        .fails()
        .stdout_has("01_first.py");
    course
        .pyroad(["hint", "solutions/01_one/01_t/02_second.py"])
        .succeeds()
        .stdout_has("hint 1 of 2 for second");
}

#[test]
fn the_course_is_found_from_a_subfolder_or_with_root() {
    let course = Course::fixture("levels");
    let mut cmd = course.command();
    let output = cmd
        .current_dir(course.path("exercises/01_one"))
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let outside = tempfile::tempdir().unwrap();
    let mut cmd = course.command();
    let output = cmd
        .current_dir(outside.path())
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no pyroad course here"));
    let mut cmd = course.command();
    let output = cmd
        .current_dir(outside.path())
        .args(["--root", course.root().to_str().unwrap(), "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_missing_or_old_python_is_a_clear_error() {
    let course = Course::fixture("levels");
    course
        .pyroad(["--python", "/nonexistent/python3", "run", "first"])
        .errors()
        .stderr_has("/nonexistent/python3 (from --python) cannot be run");
    let fake = course.path("old-python");
    std::fs::write(&fake, "#!/bin/sh\necho /usr/bin/python3.8\necho 3 8 10\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = course.command();
    let output = cmd
        .env("PYROAD_PYTHON", &fake)
        .args(["run", "first"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("is Python 3.8, but pyroad needs 3.10 or newer")
    );
}

#[test]
fn messages_follow_the_language() {
    let course = Course::fixture("features");
    course
        .pyroad(["--lang", "ko", "run", "add"])
        .fails()
        .stdout_has("더하기")
        .stdout_has("출력 불일치")
        .stdout_has("합을 반환하세요.");
    course
        .pyroad(["--lang", "ko", "hint", "add"])
        .succeeds()
        .stdout_has("연산자를 보세요.");
    let mut cmd = course.command();
    let output = cmd
        .env("LANG", "ko_KR.UTF-8")
        .args(["run", "count_rows"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("이 문제에는 한국어 설명이 없어서 영어로 보여 줘요"),
        "{stdout}"
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let course = Course::fixture("features");
    course
        .pyroad(["run", "add"])
        .fails()
        .stdout_lacks("\u{1b}[");
    course
        .pyroad(["--color", "always", "run", "add"])
        .fails()
        .stdout_has("\u{1b}[");
}
