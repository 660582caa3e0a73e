//! The course this repository ships: its solutions pass and its exercises, as shipped, do not.

mod support;

use support::Course;

#[test]
fn every_solution_passes() {
    let course = Course::shipped();
    let (code, report) = course.verify_json(&["--solutions"]);
    let failing: Vec<String> = report["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["status"] != "pass")
        .map(|e| format!("{}: {}", e["name"], e["cases"]))
        .collect();
    assert!(
        failing.is_empty(),
        "solutions that do not pass:\n{}",
        failing.join("\n")
    );
    assert_eq!(code, 0);
    assert!(report["summary"]["total"].as_u64().unwrap() >= 3);
}

#[test]
fn no_exercise_passes_as_shipped() {
    let course = Course::shipped();
    let (code, report) = course.verify_json(&[]);
    assert_eq!(code, 1);
    let not_failing: Vec<String> = report["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["status"] != "fail")
        .map(|e| format!("{} ({})", e["name"], e["status"]))
        .collect();
    assert!(
        not_failing.is_empty(),
        "exercises that do not fail as shipped: {not_failing:?}"
    );
    // Failing must mean the learner's work is missing, not that the file is broken.
    for exercise in report["exercises"].as_array().unwrap() {
        for case in exercise["cases"].as_array().unwrap() {
            let message = case["message"].as_str().unwrap();
            assert!(
                !message.starts_with("SyntaxError"),
                "{}: {message}",
                exercise["name"]
            );
        }
    }
}
