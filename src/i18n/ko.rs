//! 한국어 메시지 카탈로그.

use super::Msg::{self, *};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        VerdictPassed => "통과",
        VerdictWrongOutput => "출력 불일치",
        VerdictRuntimeError => "실행 오류",
        VerdictTimeout => "시간 초과",
        VerdictMemoryLimit => "메모리 초과",
        VerdictOutputLimit => "출력 초과",
        VerdictSkipped => "건너뜀",

        LineDiffers => "{0}번째 줄이 달라요. 기대: {1} / 실제: {2}",
        MissingLine => "출력이 {0}번째 줄 전에 끝났어요. 기대한 줄: {1}",
        ExtraLine => "기대한 출력이 끝난 뒤에도 출력이 더 있어요. {0}번째 줄: {1}",
        TokenDiffers => "{0}번째 단어가 달라요. 기대: {1} / 실제: {2}",
        TokenCount => "단어 {0}개가 나와야 하는데 {1}개가 나왔어요",
        LineNotPrinted => "출력에 {0} 줄이 빠졌어요",
        LineNotExpected => "{0} 줄은 기대한 출력에 없어요",
        NoMatch => "출력이 기대한 패턴과 맞지 않아요",
        NeedsFinalNewline => "출력은 줄바꿈으로 끝나야 해요",
        NoFinalNewline => "출력이 줄바꿈으로 끝나면 안 돼요",
        StderrMissing => "stderr에 {0} 내용이 없어요",
        HiddenLineDiffers => "{0}번째 줄이 숨겨진 케이스의 기대 출력과 달라요",
        HiddenDiffers => "출력이 숨겨진 케이스의 기대 출력과 달라요",
        ExceptionAt => "{0} ({1})",
        ExitCode => "종료 코드가 달라요. 기대: {1} / 실제: {0}",
        Signal => "시그널을 받고 강제 종료됐어요: {0}",
        Timeout => "{0}초 안에 끝나지 않았어요 (무한 루프이거나 너무 느려요)",
        MemoryLimit => "메모리를 {0} MB 넘게 썼어요",
        OutputLimit => "{0}에 1 MiB 넘게 출력했어요 (무한 루프인가요?)",
        Stdout => "stdout",
        Stderr => "stderr",
        SkippedMissing => {
            "{0} 모듈이 설치되어 있지 않아요. `pyroad setup`을 실행하거나 직접 설치하세요: {1} -m pip install {0}"
        }
        NotStarted => "실행하지 못했어요: {0}",

        NearFinalNewline => "거의 맞았어요: 맨 끝의 줄바꿈만 달라요",
        NearTrailingWhitespace => "거의 맞았어요: 줄 끝의 공백만 달라요",
        NearCase => "거의 맞았어요: 대소문자만 달라요",
        NearSpacing => "거의 맞았어요: 공백(띄어쓰기)만 달라요",
        NearOrder => "거의 맞았어요: 줄은 모두 맞는데 순서가 달라요",
        NearRounding => "거의 맞았어요: 숫자의 반올림만 달라요",

        Input => "입력",
        FixtureFile => "파일 {0}",
        Arguments => "인자",
        Diff => "기대한 출력(-)과 내 출력(+)",
        NoNewlineAtEnd => "끝에 줄바꿈 없음",
        StderrLabel => "stderr",
        HiddenCase => "숨겨진 케이스예요. 입력과 기대 출력은 보여 주지 않아요",
        SameAsAbove => "(위와 같음)",
        Truncated => "… 나머지 {0}줄은 생략했어요",
        CasesPassed => "케이스 {1}개 중 {0}개 통과",
        ExerciseDone => "{0} 완료!",
        ExerciseFailed => "{0}: 아직 끝나지 않았어요. {1} 파일을 고치고 다시 실행하세요",
        HintAvailable => "막혔나요? `pyroad hint {0}`로 힌트를 볼 수 있어요 ({2}개 중 {1}개 봄)",
        NextExercise => "다음 문제: {0} ({1})",
        LevelComplete => "레벨 {0} 완료! 이제 레벨 {1} 문제를 풀 수 있어요",
        CourseComplete => "과정의 모든 문제를 마쳤어요. 수고 많았어요!",
        Locked => {
            "{0}: 레벨 {1}의 문제예요. 레벨 {2}의 문제를 모두 풀면 열려요 ({3}개 남음: {4})\n  = 도움말: 그래도 실행하려면 --force를 붙이세요"
        }
        Practises => "연습 항목: {0}",
        EnglishFallback => "(이 문제에는 한국어 설명이 없어서 영어로 보여 줘요)",

        HintHeader => "{2} 힌트 ({1}개 중 {0}번째):",
        NoHints => "{0}에는 힌트가 없어요",
        AllHintsSeen => "{0}의 마지막 힌트였어요. `pyroad hint {0} --all`로 전부 다시 볼 수 있어요",

        VerifySummary => "통과 {0}, 실패 {1}, 건너뜀 {2}",
        NothingSelected => "조건에 맞는 문제가 없어요",

        Level => "레벨 {0}",
        StatusDone => "완료",
        StatusTodo => "진행 전",
        StatusLocked => "잠김",
        Overall => "전체",
        Current => "지금 할 문제",

        ResetDone => "{0} 파일을 처음 상태로 되돌렸어요",
        ResetNoCopy => {
            "{0}의 원본 사본이 없어요\n  = 도움말: git 저장소라면 `git checkout -- {0}`로 되돌릴 수 있어요"
        }

        DoctorPython => "Python",
        DoctorCourse => "과정",
        DoctorProgress => "진행 상황",
        DoctorRequires => "레벨 {0}에 필요한 모듈",
        DoctorAllInstalled => "모두 설치됨",
        DoctorMissing => "없음",
        DoctorSandbox => "샌드박스",

        WatchKeys => "n 다음  h 힌트  l 목록  r 다시 실행  x 초기화  c 전체 확인  e 편집  q 종료",
        WatchKeysPlain => {
            "글자를 입력하고 Enter를 누르세요: n 다음, h 힌트, r 다시 실행, x 초기화, c 전체 확인, q 종료"
        }
        WatchSaveToRun => "{0} 파일을 저장하면 다시 실행해요",
        WatchRunning => "실행 중…",
        WatchPassed => "{0} 통과! n을 누르면 다음 문제로 넘어가요.",
        WatchNotYet => "이 문제를 통과해야 n으로 넘어갈 수 있어요",
        WatchPolling => {
            "이 위치에서는 파일 변경 이벤트가 오지 않아요 (네트워크 드라이브나 WSL의 /mnt인가요?). 대신 0.5초마다 변경을 확인해요"
        }
        WatchPollForced => "0.5초마다 변경을 확인해요 (--poll)",
        WatchResetConfirm => "{0} 파일을 처음 상태로 되돌릴까요? 고친 내용은 사라져요. (y/n)",
        WatchListTitle => "문제를 고르세요: ↑↓ 이동, Enter 열기, Esc 돌아가기",
        WatchChecking => "모든 문제를 확인하는 중: {0}/{1}",
        WatchFailedList => "아직 통과하지 못한 문제: {0}",
        WatchScroll => "전체 {2}줄 중 {0}-{1}줄: ↑↓ PgUp PgDn으로 스크롤",
        WatchCourseDone => "모든 문제를 마쳤어요! 지금까지 배운 내용이에요:",
        WatchNoEditor => "pyroad에서 파일을 열려면 $VISUAL이나 $EDITOR를 설정하세요",
        WatchEditorFailed => "실행하지 못했어요 ({0}): {1}",
        WatchLocked => "레벨 {0}의 문제를 모두 풀어야 열려요",

        CheckPassed => "과정 이상 없음: 문제 {0}개, 모든 검사 통과",
        CheckFailed => "파일 {1}개에서 문제 {0}건을 찾았어요",
        CoverageExercises => "문제 {0}개",
        CoverageGap => "아직 문제 없음",
        CoverageTotal => "로드맵 항목 {1}개 중 {0}개를 연습해요",
        CoverageOverall => "전체: 로드맵 항목 {1}개 중 {0}개를 문제 {2}개로 연습해요",
        SetupVenv => "Python {1}로 {0}을 만드는 중…",
        SetupVenvFailed => {
            "{0}을 만들지 못했어요. Debian이나 Ubuntu라면 python3-venv 패키지를 설치하세요"
        }
        SetupInstall => "{0}에 적힌 패키지를 설치하는 중…",
        SetupInstallFailed => "pip가 {0}의 패키지를 설치하지 못했어요 (위의 메시지를 확인하세요)",
        SetupDone => "준비 완료: 이제 pyroad가 {0}로 문제를 실행해요",
        InitNotEmpty => {
            "{0} 폴더가 이미 있고 비어 있지 않아요. pyroad init은 파일을 덮어쓰지 않아요\n  = 도움말: 다른 폴더를 고르세요: pyroad init DIR"
        }
        InitDone => "{0}에 새 pyroad 과정을 만들었어요. 이렇게 시작하세요:",
        WelcomeTagline => "pyroad: 작은 프로그램을 하나씩 고치며 Python을 배워요.",
        WelcomeNext => "다음 문제: {0} ({1}), {3}개 중 {2}개 완료",
        WelcomeCommands => {
            "  pyroad watch    문제를 보여 주고, 파일을 저장할 때마다 다시 실행해요\n  pyroad hint     막혔을 때 힌트를 가벼운 것부터 보여 줘요\n  pyroad list     전체 과정과 진행 상황을 보여 줘요"
        }
        WelcomeNoCourse => {
            "이 폴더나 상위 폴더에 pyroad 과정이 없어요. 이렇게 만드세요:\n\n  pyroad init pyroad     # ./pyroad에 새 과정을 복사해요\n  cd pyroad\n  pyroad watch"
        }
        NoLevel => "레벨 {0}은 없어요. 있는 레벨: {1}",
        NoTopic => "`{0}` 토픽은 없어요. 있는 토픽: {1}",
        UnknownExercise => "`{0}`라는 문제는 없어요",
        DidYouMean => "혹시 {0}인가요?",
        SeeList => "`pyroad list`로 모든 문제를 볼 수 있어요",
        NoCourseHere => {
            "pyroad 과정이 없어요: {0}과 그 상위 폴더 어디에도 `exercises/` 폴더가 없어요\n  = 도움말: 과정 폴더 안에서 실행하거나, --root DIR을 주거나, `pyroad init`으로 만드세요"
        }
        ErrorLabel => "오류:",

        WhyPidNs => {
            "여기서는 PID 네임스페이스를 쓸 수 없어요 (비특권 사용자 네임스페이스가 꺼져 있거나, AppArmor나 컨테이너의 seccomp 프로필이 막고 있어요)"
        }
        WhyNetNs => "여기서는 네트워크 네임스페이스를 쓸 수 없어요",
        WhyLandlock => {
            "이 커널에서는 Landlock이 켜져 있지 않아요 (Linux 5.13 이상, LSM 목록에 landlock 필요)"
        }
        WhyCgroupNotRoot => {
            "여기서는 root만 cgroup을 만들 수 있어요. 대신 RLIMIT_NPROC로 프로세스 수를 제한해요"
        }
        WhyCgroupNone => "쓸 수 있는 cgroup pids 컨트롤러가 없어요",
        WhyOtherOs => "이 OS에서는 쓸 수 없어요 (Linux 전용)",
        LayerTime => "케이스마다 실제 시간 제한, 그리고 예비로 RLIMIT_CPU",
        LayerMemory => "스펙의 memory_mb만큼 RLIMIT_DATA (memory_limit 판정), MALLOC_ARENA_MAX=2",
        LayerFiles => {
            "RLIMIT_FSIZE 96 MiB, RLIMIT_NOFILE 512, 코어 덤프 없음, pyroad의 파일 디스크립터는 넘겨주지 않음"
        }
        LayerEnvironment => {
            "PATH, LANG, LC_*, TERM만 전달, HOME과 TMPDIR는 케이스 폴더, PYTHONHASHSEED=0"
        }
        LayerProcessesCgroup => "케이스마다 최대 {0}개 ({1} 아래 cgroup pids.max)",
        LayerProcessesNproc => "RLIMIT_NPROC (이미 실행 중인 프로세스 수에 더해서 계산)",
        LayerCleanup => {
            "케이스마다 별도 PID 네임스페이스: 케이스가 끝나면 시작한 프로세스도 모두 끝나요"
        }
        LayerCleanupMissing => {
            "{0}. 케이스의 프로세스 그룹은 종료하지만, setsid로 빠져나간 프로세스는 남을 수 있어요"
        }
        LayerFilesystem => "Landlock ABI {0}: 케이스 폴더와 /dev/shm에만 쓸 수 있어요",
        LayerNetwork => "케이스마다 네트워크 네임스페이스: 네트워크 없음, 또는 케이스 전용 루프백",
        LayerSignals => {
            "케이스는 pyroad에 시그널을 보낼 수 없어요 (PID 네임스페이스, Landlock 범위 제한)"
        }
        LayerSignalsMissing => "PID 네임스페이스도 Landlock ABI 6도 쓸 수 없어요",
        SandboxOff => {
            "경고: --no-sandbox: 네임스페이스, Landlock, 프로세스 제한 없이 케이스를 실행해요"
        }
        SandboxMissing => {
            "참고: 이 컴퓨터에서 빠진 샌드박스 계층: {0} (`pyroad doctor`로 확인하세요)"
        }
    }
}
