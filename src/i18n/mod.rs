//! Every sentence pyroad says to a person, in English and Korean.
//!
//! The keys are one enum and each language is one exhaustive `match` in its own file, so a
//! message that exists in one language and not the other does not compile. Arguments are
//! positional (`{0}`, `{1}`) because word order differs between the two languages.

mod en;
mod ko;

use std::fmt::Display;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ko,
}

impl Lang {
    /// `--lang` wins, then PYROAD_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG).
    pub fn detect(flag: Option<&str>) -> Lang {
        let from_env = |key: &str| std::env::var(key).ok().filter(|v| !v.is_empty());
        let choice = flag
            .map(str::to_string)
            .or_else(|| from_env("PYROAD_LANG"))
            .or_else(|| from_env("LC_ALL"))
            .or_else(|| from_env("LC_MESSAGES"))
            .or_else(|| from_env("LANG"));
        match choice {
            Some(value) if value.to_ascii_lowercase().starts_with("ko") => Lang::Ko,
            _ => Lang::En,
        }
    }

    /// Picks the Korean text of a course where there is one; `None` means English was used
    /// in place of missing Korean, which the caller may want to say.
    pub fn pick<'a>(self, en: &'a str, ko: Option<&'a str>) -> (&'a str, bool) {
        match (self, ko) {
            (Lang::Ko, Some(ko)) if !ko.trim().is_empty() => (ko, false),
            (Lang::Ko, _) => (en, true),
            (Lang::En, _) => (en, false),
        }
    }

    /// Korean hints where the course has them, else the English ones.
    pub fn pick_list<'a>(self, en: &'a [String], ko: &'a [String]) -> &'a [String] {
        if self == Lang::Ko && !ko.is_empty() {
            ko
        } else {
            en
        }
    }
}

/// The message keys, and `ALL` listing them for the tests. Add a key here, then its text in
/// `en.rs` and `ko.rs`.
macro_rules! message_keys {
    ($($key:ident),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($key),* }
        #[cfg(test)]
        pub const ALL: &[Msg] = &[$(Msg::$key),*];
    };
}

message_keys! {
    // verdicts, as shown to people
    VerdictPassed,
    VerdictWrongOutput,
    VerdictRuntimeError,
    VerdictTimeout,
    VerdictMemoryLimit,
    VerdictOutputLimit,
    VerdictSkipped,
    // why a case failed
    LineDiffers,
    MissingLine,
    ExtraLine,
    TokenDiffers,
    TokenCount,
    LineNotPrinted,
    LineNotExpected,
    NoMatch,
    NeedsFinalNewline,
    NoFinalNewline,
    StderrMissing,
    HiddenLineDiffers,
    HiddenDiffers,
    ExceptionAt,
    ExitCode,
    Signal,
    Timeout,
    MemoryLimit,
    OutputLimit,
    Stdout,
    Stderr,
    SkippedMissing,
    NotStarted,
    // near misses
    NearFinalNewline,
    NearTrailingWhitespace,
    NearCase,
    NearSpacing,
    NearOrder,
    NearRounding,
    // run
    Input,
    FixtureFile,
    Arguments,
    Diff,
    NoNewlineAtEnd,
    StderrLabel,
    HiddenCase,
    Truncated,
    SameAsAbove,
    CasesPassed,
    ExerciseDone,
    ExerciseFailed,
    HintAvailable,
    NextExercise,
    LevelComplete,
    CourseComplete,
    Locked,
    EnglishFallback,
    Practises,
    // hint
    HintHeader,
    NoHints,
    AllHintsSeen,
    // verify
    VerifySummary,
    NothingSelected,
    // list
    Level,
    StatusDone,
    StatusTodo,
    StatusLocked,
    Overall,
    Current,
    // reset
    ResetDone,
    ResetNoCopy,
    // doctor
    DoctorPython,
    DoctorCourse,
    DoctorProgress,
    DoctorRequires,
    DoctorAllInstalled,
    DoctorMissing,
    DoctorSandbox,
    // authoring, setup and first contact
    CheckPassed,
    CheckFailed,
    CoverageExercises,
    CoverageGap,
    CoverageTotal,
    CoverageOverall,
    SetupVenv,
    SetupVenvFailed,
    SetupInstall,
    SetupInstallFailed,
    SetupDone,
    InitNotEmpty,
    InitDone,
    WelcomeTagline,
    WelcomeNext,
    WelcomeCommands,
    WelcomeNoCourse,
    NoLevel,
    NoTopic,
    UnknownExercise,
    DidYouMean,
    SeeList,
    NoCourseHere,
    ErrorLabel,
    // sandbox
    WhyPidNs,
    WhyNetNs,
    WhyLandlock,
    WhyCgroupNotRoot,
    WhyCgroupNone,
    WhyOtherOs,
    LayerTime,
    LayerMemory,
    LayerFiles,
    LayerEnvironment,
    LayerProcessesCgroup,
    LayerProcessesNproc,
    LayerCleanup,
    LayerCleanupMissing,
    LayerFilesystem,
    LayerNetwork,
    LayerSignals,
    LayerSignalsMissing,
    SandboxOff,
    SandboxMissing,
    // watch
    WatchKeys,
    WatchKeysPlain,
    WatchSaveToRun,
    WatchRunning,
    WatchPassed,
    WatchNotYet,
    WatchPolling,
    WatchPollForced,
    WatchResetConfirm,
    WatchListTitle,
    WatchChecking,
    WatchFailedList,
    WatchScroll,
    WatchCourseDone,
    WatchNoEditor,
    WatchEditorFailed,
    WatchLocked,
}

/// The text of `msg` in `lang`, with `{0}`, `{1}`, … replaced by `args`.
pub fn tr(lang: Lang, msg: Msg, args: &[&dyn Display]) -> String {
    let template = match lang {
        Lang::En => en::text(msg),
        Lang::Ko => ko::text(msg),
    };
    let mut out = template.to_string();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), &arg.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both catalogues must use the same placeholders, or an argument silently vanishes in
    /// one language.
    #[test]
    fn placeholders_agree_between_languages() {
        for &msg in ALL {
            assert!(
                !en::text(msg).is_empty() && !ko::text(msg).is_empty(),
                "{msg:?}"
            );
            let holes = |text: &str| -> Vec<usize> {
                (0..6)
                    .filter(|i| text.contains(&format!("{{{i}}}")))
                    .collect()
            };
            assert_eq!(holes(en::text(msg)), holes(ko::text(msg)), "{msg:?}");
        }
    }

    #[test]
    fn detect_prefers_the_flag() {
        assert_eq!(Lang::detect(Some("ko")), Lang::Ko);
        assert_eq!(Lang::detect(Some("en")), Lang::En);
        assert_eq!(
            tr(Lang::En, Msg::CasesPassed, &[&2, &3]),
            "2 of 3 cases passed"
        );
    }
}
