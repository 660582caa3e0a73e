//! What people and tools read, as snapshots: the diff view of `run`, in both languages, and
//! the JSON document. Timings are replaced, since they differ on every run.

mod support;

use support::Course;

fn stable(text: &str) -> String {
    let ms = regex::Regex::new(r"\d+ ms").unwrap();
    let elapsed = regex::Regex::new(r#""elapsed_ms": \d+"#).unwrap();
    elapsed
        .replace_all(&ms.replace_all(text, "N ms"), r#""elapsed_ms": N"#)
        .into_owned()
}

#[test]
fn run_shows_input_diff_and_near_misses() {
    let course = Course::fixture("modes");
    let run = course.pyroad(["run", "echo"]);
    run.fails();
    insta::assert_snapshot!(stable(&run.stdout()));
}

#[test]
fn run_in_korean() {
    let course = Course::fixture("features");
    let run = course.pyroad(["--lang", "ko", "run", "add"]);
    run.fails();
    insta::assert_snapshot!(stable(&run.stdout()));
}

#[test]
fn verify_json_document() {
    let course = Course::fixture("modes");
    let run = course.pyroad(["verify", "--format", "json"]);
    run.fails();
    insta::assert_snapshot!(stable(&run.stdout()));
}

#[test]
fn verify_human_lines_and_summary() {
    let course = Course::fixture("features");
    let run = course.pyroad(["verify"]);
    run.fails();
    insta::assert_snapshot!(stable(&run.stdout()));
}
