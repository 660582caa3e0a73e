//! Progress, locked levels, hints and reset, through the built binary.

mod support;

use std::time::Duration;

use support::Course;

fn done(course: &Course) -> Vec<String> {
    let path = course.path(".pyroad-progress.toml");
    if !path.exists() {
        return Vec::new();
    }
    let text = std::fs::read_to_string(path).unwrap();
    let progress: toml::Table =
        toml::from_str(&text).unwrap_or_else(|e| panic!("progress is damaged: {e}\n{text}"));
    progress
        .get("done")
        .and_then(|d| d.as_array())
        .map(|d| d.iter().map(|v| v.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn a_level_unlocks_when_the_one_before_is_done() {
    let course = Course::fixture("levels");
    course
        .pyroad(["run", "third"])
        .errors()
        .stderr_has(
            "third is in level 2, which unlocks when level 1 is done (2 left: first, second)",
        )
        .stderr_has("--force");
    course
        .pyroad(["run", "third", "--force"])
        .fails()
        .stdout_has("0 of 1 cases passed");
    course.pyroad(["hint", "third"]).errors();

    course.solve_all();
    // with no NAME, run takes the current exercise: the first not done
    course
        .pyroad(["run"])
        .succeeds()
        .stdout_has("first is done!")
        .stdout_has("next: second");
    assert_eq!(done(&course), ["first"]);
    course
        .pyroad(["run"])
        .succeeds()
        .stdout_has("second is done!")
        .stdout_has("level 1 is complete, and level 2 is unlocked!")
        .stdout_has("next: third");
    course
        .pyroad(["run", "third"])
        .succeeds()
        .stdout_has("you have finished every exercise of the course");
    course.pyroad(["list"]).succeeds().stdout_has("3/3");
}

#[test]
fn verify_marks_passing_exercises_done() {
    let course = Course::fixture("levels");
    course.write("exercises/01_one/01_t/02_second.py", "print(2)\n");
    course
        .pyroad(["verify"])
        .fails()
        .stdout_has("1 passed, 2 failed, 0 skipped");
    assert_eq!(done(&course), ["second"]);
    course.pyroad(["verify", "--solutions"]).succeeds();
    assert_eq!(
        done(&course),
        ["second"],
        "--solutions leaves progress alone"
    );
}

#[test]
fn hints_come_one_at_a_time_and_are_remembered() {
    let course = Course::fixture("levels");
    course
        .pyroad(["hint"])
        .succeeds()
        .stdout_has("hint 1 of 2 for first")
        .stdout_has("Print it.");
    course
        .pyroad(["hint", "first"])
        .succeeds()
        .stdout_has("hint 2 of 2 for first")
        .stdout_has("print(1)")
        .stdout_has("last hint");
    course
        .pyroad(["hint", "first"])
        .succeeds()
        .stdout_has("hint 2 of 2 for first");
    course
        .pyroad(["hint", "first", "--all"])
        .succeeds()
        .stdout_has("hint 1 of 2")
        .stdout_has("hint 2 of 2");
    let progress = course.read(".pyroad-progress.toml");
    assert!(progress.contains("first = 2"), "{progress}");
    course
        .pyroad(["run", "first"])
        .fails()
        .stdout_has("(2 of 2 seen)");
}

#[test]
fn reset_restores_the_shipped_file_without_git() {
    let course = Course::fixture("levels");
    let shipped = course.read("exercises/01_one/01_t/01_first.py");
    course.pyroad(["list"]).succeeds();
    course.write("exercises/01_one/01_t/01_first.py", "print('my attempt')\n");
    course
        .pyroad(["reset", "first"])
        .succeeds()
        .stdout_has("01_first.py is back as shipped");
    assert_eq!(course.read("exercises/01_one/01_t/01_first.py"), shipped);
    std::fs::remove_file(course.path("exercises/01_one/01_t/02_second.py")).unwrap();
    course
        .pyroad(["reset", "exercises/01_one/01_t/02_second.py"])
        .succeeds();
    assert!(course.path("exercises/01_one/01_t/02_second.py").exists());
}

#[test]
fn a_damaged_progress_file_is_reported_and_kept() {
    let course = Course::fixture("levels");
    course.write(".pyroad-progress.toml", "done = [\"first\"\n");
    course.solve_all();
    course
        .pyroad(["run", "first"])
        .errors()
        .stderr_has(".pyroad-progress.toml:")
        .stderr_has("delete the file to start the course over");
    assert_eq!(course.read(".pyroad-progress.toml"), "done = [\"first\"\n");
}

/// Kill `verify` at many moments while it records progress: the file is always either the
/// old one or the new one, never damaged.
#[test]
fn progress_survives_a_kill_in_the_middle_of_a_write() {
    let course = Course::fixture("levels");
    course.solve_all();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    for round in 0..25u64 {
        // Spread the kills over the run; a different spread each round.
        let delay = (seed.wrapping_mul(round + 1).wrapping_mul(2_654_435_761) >> 7) % 250;
        course.write(".pyroad-progress.toml", "done = []\n");
        // A killed pyroad cannot remove its cases' folders: keep them inside the course.
        let mut child = course
            .std_command()
            .env("TMPDIR", course.root())
            .args(["verify", "-j", "1"])
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        let now = done(&course);
        assert!(
            now.iter()
                .all(|n| ["first", "second", "third"].contains(&n.as_str())),
            "{now:?}"
        );
    }
    course.pyroad(["verify"]).succeeds();
    assert_eq!(done(&course), ["first", "second", "third"]);
}
