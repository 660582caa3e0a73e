//! The TOML files a course author writes: `level.toml`, `topic.toml` and one spec per exercise.
//!
//! Every struct denies unknown keys, because a typo such as `expected = …` must not pass
//! silently and leave a case that checks nothing. Errors carry the byte span of the offending
//! key so that [`crate::error::SpecError`] can point at the line.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::SpecError;

/// Default wall-clock limit per case, in seconds.
pub const DEFAULT_TIMEOUT_SECS: f64 = 5.0;
/// Default memory limit per case. Generous, because numpy and pandas map a lot at import.
pub const DEFAULT_MEMORY_MB: u64 = 1024;
/// Default tolerance of the `float` compare mode.
pub const DEFAULT_TOLERANCE: f64 = 1e-6;

/// Names the runner writes into a case's folder; fixtures may not use them.
pub const LEARNER_FILE: &str = "exercise.py";
pub const DRIVER_FILE: &str = "_pyroad_driver.py";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelSpec {
    pub title: String,
    pub title_ko: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicSpec {
    pub title: String,
    pub title_ko: Option<String>,
    /// The topic's number in the roadmap.
    pub roadmap: Option<u32>,
    /// The roadmap's sub-items of this topic, as written there.
    #[serde(default)]
    pub items: Vec<String>,
    #[serde(default)]
    pub items_en: Vec<String>,
}

/// How a case's expected output is compared with the actual one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Compare {
    #[default]
    Lines,
    Exact,
    Tokens,
    Float,
    SortedLines,
    Regex,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExercise {
    title: String,
    title_ko: Option<String>,
    instructions: String,
    instructions_ko: Option<String>,
    #[serde(default)]
    hints: Vec<String>,
    #[serde(default)]
    hints_ko: Vec<String>,
    #[serde(default)]
    covers: Vec<String>,
    timeout: Option<Spanned<f64>>,
    memory_mb: Option<Spanned<u64>>,
    #[serde(default)]
    requires: Vec<String>,
    driver: Option<String>,
    #[serde(default)]
    network: crate::sandbox::Network,
    sandbox: Option<bool>,
    files: Files,
    cases: Spanned<Vec<Spanned<RawCase>>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    name: Option<String>,
    #[serde(default)]
    stdin: String,
    #[serde(default)]
    args: Vec<String>,
    expect: Option<String>,
    #[serde(default)]
    compare: Compare,
    #[serde(default)]
    ignore_case: bool,
    abs_tol: Option<f64>,
    rel_tol: Option<f64>,
    #[serde(default)]
    exit_code: i32,
    #[serde(default)]
    stderr_contains: Option<OneOrMany>,
    driver: Option<String>,
    files: Files,
    #[serde(default)]
    hidden: bool,
}

/// `stderr_contains` reads naturally as one string, and a logging exercise wants several.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// A validated exercise spec.
#[derive(Debug, Clone)]
pub struct ExerciseSpec {
    pub title: String,
    pub title_ko: Option<String>,
    pub instructions: String,
    pub instructions_ko: Option<String>,
    pub hints: Vec<String>,
    pub hints_ko: Vec<String>,
    pub covers: Vec<String>,
    pub timeout_secs: f64,
    pub memory_mb: u64,
    pub requires: Vec<String>,
    /// The network the cases get: none, or a loopback of their own.
    pub network: crate::sandbox::Network,
    /// `false` turns the sandbox's optional layers off, for a teacher's debugging.
    pub sandbox: bool,
    pub cases: Vec<Case>,
}

/// One validated case, with everything resolved: its name, driver and the merged fixture files.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    /// 1-based line of the `[[cases]]` header, for reports that point at the spec.
    pub line: usize,
    pub stdin: String,
    pub args: Vec<String>,
    pub expect: Option<String>,
    pub compare: Compare,
    pub ignore_case: bool,
    pub abs_tol: f64,
    pub rel_tol: f64,
    pub exit_code: i32,
    pub stderr_contains: Vec<String>,
    pub driver: Option<String>,
    pub files: BTreeMap<String, String>,
    pub hidden: bool,
    /// The compiled `expect` of a `regex` case, checked when the spec is read.
    pub pattern: Option<regex::Regex>,
}

pub fn parse_level(path: &Path, source: &str) -> Result<LevelSpec, SpecError> {
    toml::from_str(source).map_err(|e| SpecError::from_toml(path, source, &e))
}

pub fn parse_topic(path: &Path, source: &str) -> Result<TopicSpec, SpecError> {
    let topic: TopicSpec =
        toml::from_str(source).map_err(|e| SpecError::from_toml(path, source, &e))?;
    if !topic.items_en.is_empty() && topic.items_en.len() != topic.items.len() {
        return Err(SpecError::at_key(
            path,
            source,
            "items_en",
            format!(
                "`items_en` has {} entries but `items` has {}",
                topic.items_en.len(),
                topic.items.len()
            ),
            "give one English item for each item, in the same order",
        ));
    }
    Ok(topic)
}

pub fn parse_exercise(path: &Path, source: &str) -> Result<ExerciseSpec, SpecError> {
    let raw: RawExercise =
        toml::from_str(source).map_err(|e| SpecError::from_toml(path, source, &e))?;
    let err = |span: Range<usize>, message: String, help: &str| {
        SpecError::at_span(path, source, span, message, help)
    };

    let timeout_secs = match &raw.timeout {
        Some(t) if !(*t.get_ref() > 0.0 && t.get_ref().is_finite()) => {
            return Err(err(
                t.span(),
                format!(
                    "timeout must be a positive number of seconds, not {}",
                    t.get_ref()
                ),
                "for example `timeout = 2`",
            ));
        }
        Some(t) => *t.get_ref(),
        None => DEFAULT_TIMEOUT_SECS,
    };
    let memory_mb = match &raw.memory_mb {
        Some(m) if *m.get_ref() < 16 => {
            return Err(err(
                m.span(),
                format!("memory_mb = {} is too small to start Python", m.get_ref()),
                "leave it out for the default of 1024, or give at least 64",
            ));
        }
        Some(m) => *m.get_ref(),
        None => DEFAULT_MEMORY_MB,
    };
    check_files(&raw.files).map_err(|(span, m)| err(span, m, FILES_HELP))?;
    if raw.cases.get_ref().is_empty() {
        return Err(err(
            raw.cases.span(),
            "an exercise needs at least one case".into(),
            "add a [[cases]] table with an `expect`",
        ));
    }

    let mut cases: Vec<Case> = Vec::with_capacity(raw.cases.get_ref().len());
    for (index, spanned) in raw.cases.get_ref().iter().enumerate() {
        let span = spanned.span();
        let case = spanned.get_ref();
        let name = case
            .name
            .clone()
            .unwrap_or_else(|| format!("case-{}", index + 1));
        if cases.iter().any(|c| c.name == name) {
            return Err(err(
                span,
                format!("two cases are named `{name}`"),
                "give each case its own name",
            ));
        }
        check_files(&case.files).map_err(|(span, m)| err(span, m, FILES_HELP))?;
        let pattern = match (&case.compare, &case.expect) {
            (Compare::Regex, Some(expect)) => Some(
                regex::RegexBuilder::new(&format!("^(?:{expect})$"))
                    .case_insensitive(case.ignore_case)
                    .build()
                    .map_err(|e| {
                        err(
                            span.clone(),
                            format!("`expect` is not a valid regular expression: {e}"),
                            "compare = \"regex\" uses Rust regex syntax (no look-around)",
                        )
                    })?,
            ),
            _ => None,
        };
        let mut files = plain(&raw.files);
        files.extend(plain(&case.files));
        cases.push(Case {
            name,
            line: line_of(source, span.start),
            stdin: case.stdin.clone(),
            args: case.args.clone(),
            expect: case.expect.clone(),
            compare: case.compare,
            ignore_case: case.ignore_case,
            abs_tol: case.abs_tol.unwrap_or(DEFAULT_TOLERANCE),
            rel_tol: case.rel_tol.unwrap_or(DEFAULT_TOLERANCE),
            exit_code: case.exit_code,
            stderr_contains: match &case.stderr_contains {
                None => Vec::new(),
                Some(OneOrMany::One(s)) => vec![s.clone()],
                Some(OneOrMany::Many(v)) => v.clone(),
            },
            driver: case.driver.clone().or_else(|| raw.driver.clone()),
            files,
            hidden: case.hidden,
            pattern,
        });
    }

    Ok(ExerciseSpec {
        title: raw.title,
        title_ko: raw.title_ko,
        instructions: raw.instructions,
        instructions_ko: raw.instructions_ko,
        hints: raw.hints,
        hints_ko: raw.hints_ko,
        covers: raw.covers,
        timeout_secs,
        memory_mb,
        requires: raw.requires,
        network: raw.network,
        sandbox: raw.sandbox.unwrap_or(true),
        cases,
    })
}

/// Keys of a case, which a fixture file is most unlikely to be named after.
const CASE_KEYS: &[&str] = &[
    "name",
    "stdin",
    "args",
    "expect",
    "compare",
    "ignore_case",
    "abs_tol",
    "rel_tol",
    "exit_code",
    "stderr_contains",
    "driver",
    "hidden",
];

const FILES_HELP: &str =
    "fixture names are relative paths inside the case's folder, such as \"data/input.csv\"";

type Files = Option<Spanned<BTreeMap<String, String>>>;

fn plain(files: &Files) -> BTreeMap<String, String> {
    files
        .as_ref()
        .map(|f| f.get_ref().clone())
        .unwrap_or_default()
}

fn check_files(files: &Files) -> Result<(), (Range<usize>, String)> {
    match files {
        Some(f) => check_file_names(f.get_ref()).map_err(|m| (f.span(), m)),
        None => Ok(()),
    }
}

/// Fixture files are written under the case's temporary folder, so a name must stay inside it
/// and must not replace the files the runner itself writes there.
fn check_file_names(files: &BTreeMap<String, String>) -> Result<(), String> {
    for name in files.keys() {
        let path = Path::new(name);
        let escapes = path.is_absolute()
            || path
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)));
        if name.is_empty() || escapes {
            return Err(format!(
                "fixture file name `{name}` must be a plain relative path"
            ));
        }
        if CASE_KEYS.contains(&name.as_str()) {
            return Err(format!(
                "a fixture file named `{name}` looks like a case key: in TOML, keys after a \
                 [cases.files] table belong to that table; move `{name}` above it"
            ));
        }
        if name == LEARNER_FILE || name == DRIVER_FILE {
            return Err(format!(
                "fixture file name `{name}` is reserved: pyroad writes the learner's file and the driver there"
            ));
        }
    }
    Ok(())
}

/// 1-based line number of a byte offset.
pub fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<ExerciseSpec, SpecError> {
        parse_exercise(Path::new("x.toml"), src)
    }

    const MINIMAL: &str = "title = \"t\"\ninstructions = \"i\"\n[[cases]]\nexpect = \"1\"\n";

    #[test]
    fn defaults_fill_in() {
        let spec = parse(MINIMAL).unwrap();
        assert_eq!(spec.timeout_secs, DEFAULT_TIMEOUT_SECS);
        assert_eq!(spec.memory_mb, DEFAULT_MEMORY_MB);
        let case = &spec.cases[0];
        assert_eq!(case.name, "case-1");
        assert_eq!(case.line, 3);
        assert_eq!(case.compare, Compare::Lines);
        assert_eq!(case.exit_code, 0);
    }

    #[test]
    fn unknown_key_names_its_line() {
        let e = parse(&format!("{MINIMAL}expected = \"2\"\n")).unwrap_err();
        assert_eq!(e.line, Some(5));
        assert!(e.message.contains("expected"), "{}", e.message);
    }

    #[test]
    fn case_files_override_exercise_files() {
        let src = "title = \"t\"\ninstructions = \"i\"\n[files]\n\"a.txt\" = \"x\"\n\"b.txt\" = \"y\"\n[[cases]]\nfiles = { \"a.txt\" = \"z\" }\n";
        let spec = parse(src).unwrap();
        let files = &spec.cases[0].files;
        assert_eq!(files["a.txt"], "z");
        assert_eq!(files["b.txt"], "y");
    }

    #[test]
    fn escaping_fixture_names_are_refused() {
        for name in ["../x", "/etc/passwd", "exercise.py", "a/../../b", "expect"] {
            let src = format!(
                "title = \"t\"\ninstructions = \"i\"\n[files]\n\"{name}\" = \"x\"\n[[cases]]\n"
            );
            let e = parse(&src).unwrap_err();
            assert_eq!(e.line, Some(3), "{name}: {e:?}");
        }
    }

    #[test]
    fn bad_regex_and_duplicate_names_are_errors() {
        let src =
            "title = \"t\"\ninstructions = \"i\"\n[[cases]]\ncompare = \"regex\"\nexpect = \"(\"\n";
        assert!(
            parse(src)
                .unwrap_err()
                .message
                .contains("regular expression")
        );
        let src = "title = \"t\"\ninstructions = \"i\"\n[[cases]]\nname = \"a\"\n[[cases]]\nname = \"a\"\n";
        assert_eq!(parse(src).unwrap_err().line, Some(5));
    }

    #[test]
    fn stderr_contains_takes_one_or_many() {
        let one = "title = \"t\"\ninstructions = \"i\"\n[[cases]]\nstderr_contains = \"WARN\"\n";
        assert_eq!(parse(one).unwrap().cases[0].stderr_contains, ["WARN"]);
        let many =
            "title = \"t\"\ninstructions = \"i\"\n[[cases]]\nstderr_contains = [\"A\", \"B\"]\n";
        assert_eq!(parse(many).unwrap().cases[0].stderr_contains, ["A", "B"]);
    }
}
