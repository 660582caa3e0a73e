//! Tools for course authors and a learner's first minutes: dev check, dev new, coverage,
//! init, setup, the welcome and shell completions.

mod support;

use support::Course;

#[test]
fn dev_check_names_every_problem_and_its_file() {
    let course = Course::fixture("authoring");
    let run = course.pyroad(["dev", "check"]);
    run.fails();
    let expected = [
        (
            "unknown field `expected`",
            "exercises/01_one/01_double/01_typo.toml:8:1",
        ),
        (
            "missing field `instructions`",
            "exercises/01_one/01_double/02_no_instructions.toml:1:1",
        ),
        (
            "the exercise has no solution",
            "exercises/01_one/01_double/03_no_solution.py",
        ),
        (
            "a solution without an exercise",
            "solutions/01_one/01_double/09_orphan.py",
        ),
        (
            "the exercise name `passes_shipped` is used twice",
            "exercises/01_one/02_again/01_passes_shipped.py",
        ),
        (
            "the exercise passes as shipped",
            "exercises/01_one/01_double/04_passes_shipped.py",
        ),
        (
            "the solution fails case `case-1`",
            "solutions/01_one/01_double/05_solution_fails.py",
        ),
        (
            "`hints` has 1 of the 2 hints",
            "exercises/01_one/01_double/06_one_hint.toml:5:1",
        ),
        (
            "`title_ko` is missing",
            "exercises/01_one/01_double/07_no_korean.toml",
        ),
        (
            "`instructions_ko` is missing",
            "exercises/01_one/01_double/07_no_korean.toml",
        ),
        (
            "`hints_ko` has 0 of the 2 hints",
            "exercises/01_one/01_double/07_no_korean.toml",
        ),
        (
            "`covers` has \"세 배\", which is not one of the topic's items",
            "exercises/01_one/01_double/08_bad_covers.toml:7:1",
        ),
        (
            "`requires` has `json_but_not_listed`, which requirements.txt does not list",
            "exercises/01_one/01_double/10_needs_module.toml:8:1",
        ),
        (
            "the level has no Korean title",
            "exercises/01_one/level.toml",
        ),
    ];
    let stdout = run.stdout();
    for (message, place) in expected {
        let found = stdout
            .split("problem: ")
            .any(|p| p.contains(message) && p.contains(&format!("--> {place}")));
        assert!(found, "no problem {message:?} at {place}:\n{stdout}");
    }
    assert!(stdout.contains("problems in"), "{stdout}");
}

#[test]
fn dev_check_passes_a_sound_course() {
    Course::fixture("clean")
        .pyroad(["dev", "check"])
        .succeeds()
        .stdout_has("course OK: 1 exercises, every check passed");
}

#[test]
fn dev_new_scaffolds_an_exercise_that_passes_once_filled_in() {
    let course = Course::fixture("clean");
    course
        .pyroad(["dev", "new", "double", "triple"])
        .succeeds()
        .stdout_has("created exercises/01_one/01_double/02_triple.py")
        .stdout_has("created exercises/01_one/01_double/02_triple.toml")
        .stdout_has("created solutions/01_one/01_double/02_triple.py");
    // As scaffolded, it parses (every key is valid) but is not finished.
    let run = course.pyroad(["dev", "check"]);
    run.fails()
        .stdout_lacks("unknown field")
        .stdout_has("the solution fails case");
    let spec = course.read("exercises/01_one/01_double/02_triple.toml");
    assert!(spec.contains("covers = [\"두 배\"]"), "{spec}");
    // Filled in as an author would.
    let spec = spec
        .replace("title = \"TODO\"", "title = \"Triple\"")
        .replace("title_ko = \"TODO\"", "title_ko = \"세 배\"")
        .replace("TODO: what the learner should do, and what a good answer looks like.", "Return the text three times.")
        .replace("TODO: 학습자가 할 일을 적으세요.", "텍스트를 세 번 이어서 반환하세요.")
        .replace("TODO: a gentle nudge.", "Strings can be multiplied.")
        .replace("TODO: a hint that nearly gives it away.", "text * 3")
        .replace("TODO: 가벼운 힌트.", "문자열도 곱할 수 있어요.")
        .replace("TODO: 거의 답에 가까운 힌트.", "text * 3")
        .replace(
            "name = \"TODO a typical input\"\nstdin = \"TODO\"\nexpect = \"TODO\"",
            "name = \"word\"\nstdin = \"ab\"\nexpect = \"ababab\"\n\n[[cases]]\nname = \"empty\"\nexpect = \"\"\n\n[[cases]]\nname = \"korean\"\nstdin = \"가\"\nexpect = \"가가가\"",
        );
    course.write("exercises/01_one/01_double/02_triple.toml", &spec);
    course.write(
        "solutions/01_one/01_double/02_triple.py",
        "\"\"\"Repeat a text three times.\"\"\"\n\n\ndef solve(text: str) -> str:\n    return text * 3\n",
    );
    course
        .pyroad(["dev", "check"])
        .succeeds()
        .stdout_has("course OK: 2 exercises");
    course
        .pyroad(["dev", "new", "double", "triple"])
        .errors()
        .stderr_has("there is already an exercise `triple`");
    course
        .pyroad(["dev", "new", "nowhere", "x"])
        .errors()
        .stderr_has("there is no topic `nowhere`");
}

#[test]
fn coverage_shows_items_exercises_and_gaps() {
    let course = Course::fixture("clean");
    course.write(
        "exercises/01_one/01_double/topic.toml",
        "title = \"Doubling\"\ntitle_ko = \"두 배\"\nroadmap = 1\nitems = [\"두 배\", \"세 배\"]\nitems_en = [\"Doubling\", \"Tripling\"]\n",
    );
    let run = course.pyroad(["coverage"]);
    run.succeeds();
    insta::assert_snapshot!(run.stdout());
    assert_eq!(course.pyroad(["list", "--coverage"]).stdout(), run.stdout());
}

#[test]
fn init_writes_a_fresh_course_and_never_overwrites() {
    let place = tempfile::tempdir().unwrap();
    let target = place.path().join("course");
    let course = Course::fixture("clean");
    let mut cmd = course.command();
    let output = cmd
        .current_dir(place.path())
        .args(["init", "course"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        target
            .join("exercises/01_basics/01_syntax/01_greeting.py")
            .exists()
    );
    assert!(
        target
            .join("solutions/01_basics/01_syntax/01_greeting.py")
            .exists()
    );
    assert!(
        std::fs::read_to_string(target.join(".gitignore"))
            .unwrap()
            .contains(".pyroad-progress.toml")
    );
    // The new workspace is a working course.
    let mut cmd = course.command();
    let output = cmd
        .current_dir(&target)
        .args(["run", "greeting"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Your first greeting"));
    // A second init into it is refused, and nothing is touched.
    std::fs::write(
        target.join("exercises/01_basics/01_syntax/01_greeting.py"),
        "print('mine')\n",
    )
    .unwrap();
    let mut cmd = course.command();
    let output = cmd
        .current_dir(place.path())
        .args(["init", "course"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("already exists and is not empty"));
    let kept = std::fs::read_to_string(target.join("exercises/01_basics/01_syntax/01_greeting.py"))
        .unwrap();
    assert_eq!(kept, "print('mine')\n");
}

/// A real virtual environment and a real install from PyPI: slow, and not skipped in CI.
#[test]
fn setup_creates_a_venv_that_pyroad_then_uses() {
    let course = Course::fixture("clean");
    course.write("requirements.txt", "six\n");
    course
        .pyroad(["setup"])
        .succeeds()
        .stdout_has("ready: pyroad now runs exercises with");
    let venv_python = course.path(".venv/bin/python");
    let import = std::process::Command::new(&venv_python)
        .args(["-c", "import six"])
        .status()
        .unwrap();
    assert!(import.success(), "six is not importable in the new .venv");
    course
        .pyroad(["doctor"])
        .succeeds()
        .stdout_has("(the course's .venv)");
    // Run again, it only installs what is missing.
    course.pyroad(["setup"]).succeeds();
}

#[test]
fn first_contact_in_and_outside_a_course() {
    let course = Course::fixture("clean");
    course
        .pyroad([])
        .succeeds()
        .stdout_has("learn Python by fixing small programs")
        .stdout_has(
            "your next exercise: double (exercises/01_one/01_double/01_double.py), 0 of 1 done",
        )
        .stdout_has("pyroad watch")
        .stdout_has("pyroad hint");
    let outside = tempfile::tempdir().unwrap();
    let mut cmd = course.command();
    let output = cmd
        .current_dir(outside.path())
        .arg("--lang")
        .arg("ko")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("pyroad init pyroad") && stdout.contains("과정이 없어요"),
        "{stdout}"
    );
}

#[test]
fn shell_completions() {
    let course = Course::fixture("clean");
    for shell in ["bash", "zsh", "fish"] {
        course
            .pyroad(["completions", shell])
            .succeeds()
            .stdout_has("watch")
            .stdout_has("verify");
    }
}

#[test]
fn every_command_has_an_example_in_its_help() {
    let course = Course::fixture("clean");
    for command in [
        "watch",
        "run",
        "hint",
        "list",
        "verify",
        "reset",
        "doctor",
        "coverage",
        "init",
        "setup",
        "completions",
    ] {
        course
            .pyroad([command, "--help"])
            .succeeds()
            .stdout_has("Example");
    }
    course
        .pyroad(["dev", "check", "--help"])
        .succeeds()
        .stdout_has("Example");
    course
        .pyroad(["dev", "new", "--help"])
        .succeeds()
        .stdout_has("Example");
}
