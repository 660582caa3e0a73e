//! The English catalogue.

use super::Msg::{self, *};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        VerdictPassed => "passed",
        VerdictWrongOutput => "wrong output",
        VerdictRuntimeError => "runtime error",
        VerdictTimeout => "timed out",
        VerdictMemoryLimit => "out of memory",
        VerdictOutputLimit => "too much output",
        VerdictSkipped => "skipped",

        LineDiffers => "line {0} differs: expected {1}, got {2}",
        MissingLine => "the output ends before line {0}, which should be {1}",
        ExtraLine => "the output goes on past the expected end, from line {0}: {1}",
        TokenDiffers => "word {0} differs: expected {1}, got {2}",
        TokenCount => "expected {0} words, got {1}",
        LineNotPrinted => "the line {0} is missing from the output",
        LineNotExpected => "the line {0} was not expected",
        NoMatch => "the output does not match the expected pattern",
        NeedsFinalNewline => "the output must end with a newline",
        NoFinalNewline => "the output must not end with a newline",
        StderrMissing => "stderr does not contain {0}",
        HiddenLineDiffers => "line {0} is not what this hidden case expects",
        HiddenDiffers => "the output is not what this hidden case expects",
        ExceptionAt => "{0} (at {1})",
        ExitCode => "exited with status {0}, expected {1}",
        Signal => "killed by signal {0}",
        Timeout => "did not finish within {0} s (an endless loop, or too slow?)",
        MemoryLimit => "used more than its {0} MB of memory",
        OutputLimit => "printed more than 1 MiB to {0} (an endless loop?)",
        Stdout => "stdout",
        Stderr => "stderr",
        SkippedMissing => {
            "needs {0}, which is not installed: run `pyroad setup`, or install it with: {1} -m pip install {0}"
        }
        NotStarted => "could not be started: {0}",

        NearFinalNewline => "close: only the newline at the very end differs",
        NearTrailingWhitespace => "close: only spaces at the ends of lines differ",
        NearCase => "close: only upper and lower case differ",
        NearSpacing => "close: only the spacing differs",
        NearOrder => "close: the right lines, in a different order",
        NearRounding => "close: the numbers differ only in rounding",

        Input => "input",
        FixtureFile => "file {0}",
        Arguments => "arguments",
        Diff => "expected (-) and your output (+)",
        NoNewlineAtEnd => "no newline at end",
        StderrLabel => "stderr",
        HiddenCase => "a hidden case: its input and expected output are not shown",
        SameAsAbove => "(the same as above)",
        Truncated => "… {0} more lines not shown",
        CasesPassed => "{0} of {1} cases passed",
        ExerciseDone => "{0} is done!",
        ExerciseFailed => "{0} is not done yet: edit {1} and run it again",
        HintAvailable => "stuck? `pyroad hint {0}` shows a hint ({1} of {2} seen)",
        NextExercise => "next: {0} ({1})",
        LevelComplete => "level {0} is complete, and level {1} is unlocked!",
        CourseComplete => "you have finished every exercise of the course. Well done!",
        Locked => {
            "{0} is in level {1}, which unlocks when level {2} is done ({3} left: {4})\n  = help: add --force to run it anyway"
        }
        Practises => "practises: {0}",
        EnglishFallback => "(this exercise has no Korean text; showing English)",

        HintHeader => "hint {0} of {1} for {2}:",
        NoHints => "{0} has no hints",
        AllHintsSeen => "that was the last hint for {0}; `pyroad hint {0} --all` shows them all",

        VerifySummary => "{0} passed, {1} failed, {2} skipped",
        NothingSelected => "no exercise matches that selection",

        Level => "level {0}",
        StatusDone => "done",
        StatusTodo => "to do",
        StatusLocked => "locked",
        Overall => "overall",
        Current => "current",

        ResetDone => "{0} is back as shipped",
        ResetNoCopy => {
            "pyroad has no shipped copy of {0}\n  = help: restore it with `git checkout -- {0}` if the course is a git repository"
        }

        DoctorPython => "Python",
        DoctorCourse => "course",
        DoctorProgress => "progress",
        DoctorRequires => "modules level {0} requires",
        DoctorAllInstalled => "all installed",
        DoctorMissing => "missing",
        DoctorSandbox => "sandbox",

        WatchKeys => "n next  h hint  l list  r re-run  x reset  c check all  e edit  q quit",
        WatchKeysPlain => {
            "type a letter and Enter: n next, h hint, r re-run, x reset, c check all, q quit"
        }
        WatchSaveToRun => "save {0} to run it again",
        WatchRunning => "running…",
        WatchPassed => "{0} passes! Press n for the next exercise.",
        WatchNotYet => "n moves on once this exercise passes",
        WatchPolling => {
            "file events do not arrive here (a network drive, or WSL's /mnt?): checking for changes every half second instead"
        }
        WatchPollForced => "checking for changes every half second (--poll)",
        WatchResetConfirm => "reset {0} as shipped? Your changes will be lost. (y/n)",
        WatchListTitle => "choose an exercise: ↑↓ to move, Enter to open, Esc to go back",
        WatchChecking => "checking every exercise: {0}/{1}",
        WatchFailedList => "not passing yet: {0}",
        WatchScroll => "lines {0}-{1} of {2}: ↑↓ PgUp PgDn to scroll",
        WatchCourseDone => "You have finished every exercise! What you covered:",
        WatchNoEditor => "set $VISUAL or $EDITOR to open files from pyroad",
        WatchEditorFailed => "could not start {0}: {1}",
        WatchLocked => "locked until level {0} is done",

        CheckPassed => "course OK: {0} exercises, every check passed",
        CheckFailed => "{0} problems in {1} files",
        CoverageExercises => "{0} exercises",
        CoverageGap => "no exercise yet",
        CoverageTotal => "{0} of {1} roadmap items practised",
        CoverageOverall => "overall: {0} of {1} roadmap items practised by {2} exercises",
        SetupVenv => "creating {0} with Python {1}…",
        SetupVenvFailed => {
            "could not create {0}; on Debian and Ubuntu, install the python3-venv package"
        }
        SetupInstall => "installing the packages in {0}…",
        SetupInstallFailed => "pip could not install the packages in {0} (see its messages above)",
        SetupDone => "ready: pyroad now runs exercises with {0}",
        InitNotEmpty => {
            "{0} already exists and is not empty; pyroad init never overwrites files\n  = help: choose another folder: pyroad init DIR"
        }
        InitDone => "a fresh pyroad course is in {0}. Start with:",
        WelcomeTagline => "pyroad: learn Python by fixing small programs, one exercise at a time.",
        WelcomeNext => "your next exercise: {0} ({1}), {2} of {3} done",
        WelcomeCommands => {
            "  pyroad watch    shows the exercise and runs it again each time you save\n  pyroad hint     a hint when you are stuck, the mildest first\n  pyroad list     the whole course and your progress"
        }
        WelcomeNoCourse => {
            "There is no pyroad course in this folder or above it. Make one with:\n\n  pyroad init pyroad     # a fresh copy of the course in ./pyroad\n  cd pyroad\n  pyroad watch"
        }
        NoLevel => "there is no level {0}; the levels are {1}",
        NoTopic => "there is no topic `{0}`; the topics are {1}",
        UnknownExercise => "unknown exercise `{0}`",
        DidYouMean => "did you mean {0}?",
        SeeList => "`pyroad list` shows every exercise",
        NoCourseHere => {
            "no pyroad course here: neither {0} nor any folder above it has an `exercises/` folder\n  = help: run pyroad inside a course, pass --root DIR, or make one with `pyroad init`"
        }
        ErrorLabel => "error:",

        WhyPidNs => {
            "PID namespaces are refused here (unprivileged user namespaces off, AppArmor or a container's seccomp profile)"
        }
        WhyNetNs => "network namespaces are refused here",
        WhyLandlock => {
            "Landlock is not enabled in this kernel (needs Linux 5.13+ with landlock in the LSM list)"
        }
        WhyCgroupNotRoot => "only root can make cgroups here; RLIMIT_NPROC caps processes instead",
        WhyCgroupNone => "no cgroup pids controller is usable here",
        WhyOtherOs => "not available on this OS (Linux only)",
        LayerTime => "wall-clock timeout per case, and RLIMIT_CPU as a backstop",
        LayerMemory => {
            "RLIMIT_DATA at the spec's memory_mb (memory_limit verdict), MALLOC_ARENA_MAX=2"
        }
        LayerFiles => {
            "RLIMIT_FSIZE 96 MiB, RLIMIT_NOFILE 512, no core dumps, no file descriptor of pyroad's"
        }
        LayerEnvironment => {
            "PATH, LANG, LC_* and TERM only; HOME and TMPDIR in the case's folder; PYTHONHASHSEED=0"
        }
        LayerProcessesCgroup => "at most {0} per case (cgroup pids.max under {1})",
        LayerProcessesNproc => "RLIMIT_NPROC, counted above the processes you already run",
        LayerCleanup => {
            "each case in its own PID namespace: when it ends, every process it started ends too"
        }
        LayerCleanupMissing => {
            "{0}; the case's process group is killed, but a process that left it with setsid can survive"
        }
        LayerFilesystem => "Landlock ABI {0}: writes only inside the case's folder and /dev/shm",
        LayerNetwork => "a network namespace per case: no network, or a loopback of its own",
        LayerSignals => "the case cannot signal pyroad (PID namespace, Landlock scoping)",
        LayerSignalsMissing => "neither a PID namespace nor Landlock ABI 6 is available",
        SandboxOff => {
            "warning: --no-sandbox: cases run without namespaces, Landlock or a process cap"
        }
        SandboxMissing => "note: sandbox layers missing on this machine: {0} (see `pyroad doctor`)",
    }
}
