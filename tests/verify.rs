//! `pyroad verify` for CI: formats, files, selection, parallel runs, exit statuses.

mod support;

use support::Course;

fn stable(text: &str) -> String {
    let patterns = [
        (r#"time="[0-9.]+""#, r#"time="T""#),
        (r#""elapsed_ms": \d+"#, r#""elapsed_ms": N"#),
        (
            r"install it with: \S+ -m pip",
            "install it with: PYTHON -m pip",
        ),
    ];
    patterns
        .iter()
        .fold(text.to_string(), |text, (pattern, with)| {
            regex::Regex::new(pattern)
                .unwrap()
                .replace_all(&text, *with)
                .into_owned()
        })
}

#[test]
fn junit_report() {
    let course = Course::fixture("verdicts");
    let run = course.pyroad(["verify", "--format", "junit"]);
    run.fails();
    insta::assert_snapshot!(stable(&run.stdout()));
}

#[test]
fn github_annotations_and_job_summary() {
    let course = Course::fixture("verdicts");
    let summary = course.path("summary.md");
    let output = course
        .command()
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["verify", "--format", "github", "crash", "exits", "needs"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let annotation = "::error file=exercises/01_v/01_t/01_crash.py,line=2,title=crash [only]%3A runtime_error::ValueError: boom (at exercises/01_v/01_t/01_crash.py:2)";
    assert!(stdout.contains(annotation), "{stdout}");
    assert!(
        stdout.contains(
            "::warning file=exercises/01_v/01_t/06_needs.py,line=1,title=needs [only]%3A skipped::"
        ),
        "{stdout}"
    );
    assert!(
        !stdout.contains("exits [only]"),
        "a passing case is not annotated: {stdout}"
    );
    assert!(stdout.contains("1 passed, 1 failed, 1 skipped"), "{stdout}");
    let summary = std::fs::read_to_string(summary).unwrap();
    assert!(
        summary.contains("| `crash` | ❌ fail | only: ValueError: boom"),
        "{summary}"
    );
    assert!(summary.contains("| `exits` | ✅ pass |"), "{summary}");
}

/// The JUnit file is read back by a real consumer: junitparser, which CI installs.
#[test]
fn junit_is_read_by_junitparser() {
    let course = Course::fixture("verdicts");
    let report = course.path("report.xml");
    course
        .pyroad([
            "verify",
            "--format",
            "junit",
            "--output",
            report.to_str().unwrap(),
        ])
        .fails()
        .stdout_has("failed");
    let script = r#"
import sys
from junitparser import JUnitXml, Failure, Error, Skipped
xml = JUnitXml.fromfile(sys.argv[1])
kinds = {}
for suite in xml:
    for case in suite:
        result = case.result
        kind = type(result[0]).__name__ if result else "Passed"
        kinds[case.classname.split(".")[-1]] = kind
print(xml.tests, xml.failures, xml.errors, xml.skipped)
print(sorted(kinds.items()))
"#;
    let output = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&report)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "junitparser failed (is it installed?): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some("11 1 7 1"), "{stdout}");
    let kinds = lines.next().unwrap();
    for expected in [
        "('big_output_before_input', 'Failure')",
        "('crash', 'Error')",
        "('endless', 'Error')",
        "('exits', 'Passed')",
        "('needs', 'Skipped')",
    ] {
        assert!(kinds.contains(expected), "{expected} in {kinds}");
    }
}

#[test]
fn one_worker_and_four_give_the_same_report() {
    let course = Course::fixture("modes");
    let one = course.pyroad(["verify", "--format", "json", "-j", "1"]);
    let four = course.pyroad(["verify", "--format", "json", "-j", "4"]);
    assert_eq!(stable(&one.stdout()), stable(&four.stdout()));
    let course = Course::fixture("features");
    let one = course.pyroad(["verify", "-j", "1"]);
    let four = course.pyroad(["verify", "-j", "4"]);
    assert_eq!(one.stdout(), four.stdout());
}

#[test]
fn fail_fast_stops_at_the_first_failure() {
    let course = Course::fixture("levels");
    course.write("exercises/01_one/01_t/01_first.py", "print(1)\n");
    let (code, report) = course.verify_json(&["--fail-fast", "-j", "1"]);
    assert_eq!(code, 1);
    let names: Vec<&str> = report["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["first", "second"]);
    let (_, report) = course.verify_json(&[]);
    assert_eq!(report["exercises"].as_array().unwrap().len(), 3);
}

#[test]
fn output_writes_the_report_and_shows_people_the_human_view() {
    let course = Course::fixture("features");
    let file = course.path("out.json");
    let run = course.pyroad([
        "verify",
        "--format",
        "json",
        "--output",
        file.to_str().unwrap(),
    ]);
    run.fails()
        .stdout_has("✗ add")
        .stdout_has("1 passed, 2 failed, 0 skipped")
        .stdout_lacks("\"version\"");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(report["summary"]["failed"], 2);
}

#[test]
fn done_selects_the_exercises_already_done() {
    let course = Course::fixture("levels");
    course.write("exercises/01_one/01_t/02_second.py", "print(2)\n");
    course.pyroad(["verify", "second"]).succeeds();
    let (code, report) = course.verify_json(&["--done"]);
    assert_eq!(code, 0);
    assert_eq!(report["summary"]["total"], 1);
    assert_eq!(report["exercises"][0]["name"], "second");
}

#[test]
fn usage_errors_exit_2_in_every_format() {
    let course = Course::fixture("levels");
    for format in ["human", "json", "junit", "github"] {
        course
            .pyroad(["verify", "--format", format, "--level", "9"])
            .errors()
            .stderr_has("there is no level 9");
        course
            .pyroad(["verify", "--format", format, "--topic", "nope"])
            .errors()
            .stderr_has("there is no topic `nope`");
    }
    course.pyroad(["verify", "-j", "0"]).errors();
}

#[test]
fn github_report() {
    let course = Course::fixture("verdicts");
    let output = course
        .command()
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["verify", "--format", "github"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stable(&String::from_utf8_lossy(&output.stdout)));
}
