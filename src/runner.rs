//! Running one case: a fresh folder, the real interpreter, limits, captured output.
//!
//! The runner knows nothing of verdicts; it reports what happened ([`RawOutcome`]) and
//! [`crate::judge`] decides what that means. Three things here are easy to get wrong and
//! each costs a hung terminal when it is: stdin is written on its own thread (a program may
//! print megabytes before it reads), output is capped while it is read (so a flood cannot
//! eat pyroad's memory), and readers are joined with a deadline (a process that escaped the
//! process group may hold the pipe open forever).

use std::fs;
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use wait_timeout::ChildExt;

use crate::spec::{Case, DRIVER_FILE, LEARNER_FILE};

/// Each of stdout and stderr is kept up to this many bytes; past it the case is stopped.
pub const OUTPUT_CAP: usize = 1024 * 1024;

/// How long to wait for the output pipes to close after the program has ended.
const DRAIN_GRACE: Duration = Duration::from_millis(250);
/// How often a running case is checked for an output flood.
const POLL_SLICE: Duration = Duration::from_millis(25);

/// What to run: the interpreter, the learner's file and one case of its spec.
pub struct CaseRequest<'a> {
    pub python: &'a Path,
    pub learner_file: &'a Path,
    pub case: &'a Case,
    pub timeout: Duration,
    pub memory_mb: u64,
    /// How the learner's file and the driver are named in what the learner sees.
    pub learner_display: &'a str,
    pub driver_display: &'a str,
    /// Run inside the sandbox's init (namespaces, Landlock, process cap) where the OS can.
    pub sandbox: bool,
    pub network: crate::sandbox::Network,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
}

#[derive(Debug, Clone)]
pub struct RawOutcome {
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub stdout_overflow: bool,
    pub stderr_overflow: bool,
    pub timed_out: bool,
    pub elapsed: Duration,
}

/// The case could not be started at all (no temp dir, no interpreter).
#[derive(Debug, thiserror::Error)]
#[error("{what}: {source}")]
pub struct RunnerError {
    pub what: String,
    #[source]
    pub source: std::io::Error,
}

fn failed(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> RunnerError {
    let what = what.into();
    move |source| RunnerError { what, source }
}

/// Process groups of the cases running now, so that pyroad can end them all when it is
/// interrupted or when watch quits; and whether it is stopping, so no new case starts.
static RUNNING: Mutex<Vec<libc::pid_t>> = Mutex::new(Vec::new());
static STOPPING: AtomicBool = AtomicBool::new(false);

/// Kills every running case and refuses new ones: for Ctrl-C, SIGTERM and quitting watch.
pub fn stop_all() {
    STOPPING.store(true, Ordering::SeqCst);
    for &group in RUNNING.lock().unwrap_or_else(|e| e.into_inner()).iter() {
        kill_group(group);
    }
}

pub fn run_case(request: &CaseRequest) -> Result<RawOutcome, RunnerError> {
    if STOPPING.load(Ordering::SeqCst) {
        return Err(RunnerError {
            what: "pyroad is stopping".into(),
            source: std::io::Error::from(std::io::ErrorKind::Interrupted),
        });
    }
    let dir = tempfile::Builder::new()
        .prefix("pyroad-")
        .tempdir()
        .map_err(failed("cannot create a temporary folder"))?;
    prepare_dir(dir.path(), request)?;
    let script = if request.case.driver.is_some() {
        DRIVER_FILE
    } else {
        LEARNER_FILE
    };

    let limits = Limits::for_request(request);
    // A warm init already sits in a cgroup of its own: joining one costs an RCU grace period
    // (about 14 ms on cgroup v1), which warm inits pay while the previous case runs.
    if request.sandbox
        && let Some(warm) = take_warm()
    {
        let started = Instant::now();
        return match warm.start(request, dir.path(), script, limits) {
            Ok((child, cgroup)) => finish(child, Some(cgroup), started, request, &dir),
            Err(e) => Err(failed("cannot start the sandbox's init")(e)),
        };
    }
    let cgroup = if request.sandbox {
        crate::sandbox::CaseCgroup::create()
    } else {
        None
    };
    let mut command = match (request.sandbox, init_exe()) {
        (true, Some(init)) => {
            let plan = crate::sandbox::Plan::new(
                request.network,
                cgroup.as_ref().map(|c| c.path.as_path()),
            );
            let mut command = Command::new(init);
            command.args(&plan.args).arg(request.python);
            command
        }
        _ => Command::new(request.python),
    };
    command
        .arg(script)
        .args(&request.case.args)
        .current_dir(dir.path())
        .env_clear()
        .envs(case_environment(dir.path()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // A group of its own, so that a timeout kills what the program started as well.
        .process_group(0);
    // SAFETY: the closure only calls setrlimit, which is async-signal-safe, on values
    // computed before the fork; it allocates nothing.
    unsafe {
        command.pre_exec(move || limits.apply());
    }

    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(failed(format!("cannot start {}", request.python.display())))?;
    finish(child, cgroup, started, request, &dir)
}

/// Feeds, watches and ends a started case, and collects what it did.
fn finish(
    mut child: Child,
    cgroup: Option<crate::sandbox::CaseCgroup>,
    started: Instant,
    request: &CaseRequest,
    dir: &tempfile::TempDir,
) -> Result<RawOutcome, RunnerError> {
    let group = child.id() as libc::pid_t;
    RUNNING
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(group);
    let stdout = Capture::start(child.stdout.take());
    let stderr = Capture::start(child.stderr.take());
    feed_stdin(&mut child, request.case.stdin.as_bytes().to_vec());

    let (status, timed_out) =
        wait_with_limits(&mut child, group, request.timeout, &stdout, &stderr);
    let elapsed = started.elapsed();
    // Whatever the program left running in its group, or its cgroup, goes with it.
    kill_group(group);
    drop(cgroup);
    RUNNING
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|&g| g != group);

    let deadline = Instant::now() + DRAIN_GRACE;
    let (stdout, stdout_overflow) = stdout.finish(deadline);
    let (stderr, stderr_overflow) = stderr.finish(deadline);
    let exit = match (status.code(), status.signal()) {
        (Some(code), _) => Exit::Code(code),
        (None, Some(signal)) => Exit::Signal(signal),
        (None, None) => Exit::Code(-1),
    };
    let rewrite = PathRewrite::new(dir.path(), request);
    Ok(RawOutcome {
        exit,
        stdout: rewrite.apply(stdout),
        stderr: rewrite.apply(stderr),
        stdout_overflow,
        stderr_overflow,
        timed_out,
        elapsed,
    })
}

fn prepare_dir(dir: &Path, request: &CaseRequest) -> Result<(), RunnerError> {
    fs::copy(request.learner_file, dir.join(LEARNER_FILE)).map_err(failed(format!(
        "cannot read {}",
        request.learner_file.display()
    )))?;
    if let Some(driver) = &request.case.driver {
        fs::write(dir.join(DRIVER_FILE), driver).map_err(failed("cannot write the driver"))?;
    }
    for (name, content) in &request.case.files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(failed(format!("cannot create {name}")))?;
        }
        fs::write(&path, content).map_err(failed(format!("cannot write {name}")))?;
    }
    Ok(())
}

/// The case sees a fixed environment: nothing of the user's (tokens, keys) reaches it, and a
/// fixed hash seed makes the order of a printed set the same on every run and machine.
fn case_environment(dir: &Path) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = std::env::vars()
        .filter(|(key, _)| {
            key == "PATH" || key == "LANG" || key == "TERM" || key.starts_with("LC_")
        })
        .collect();
    let dir = dir.to_string_lossy().into_owned();
    env.extend(
        [
            ("HOME", dir.as_str()),
            ("TMPDIR", dir.as_str()),
            ("PYTHONHASHSEED", "0"),
            ("PYTHONIOENCODING", "utf-8"),
            ("PYTHONDONTWRITEBYTECODE", "1"),
            // glibc gives each thread an arena of address space; a few keep RLIMIT_DATA honest.
            ("MALLOC_ARENA_MAX", "2"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    env
}

/// The binary itself, which runs the sandbox's per-case init (Linux only).
fn init_exe() -> Option<&'static std::path::Path> {
    static EXE: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    EXE.get_or_init(|| {
        cfg!(target_os = "linux")
            .then(|| std::env::current_exe().ok())
            .flatten()
    })
    .as_deref()
}

/// Largest file a case may write: room for a data exercise's fixtures, not for a disk filler.
const FILE_SIZE_CAP: libc::rlim_t = 96 * 1024 * 1024;
/// Open files a case may hold at once.
const OPEN_FILES_CAP: libc::rlim_t = 512;

/// Resource limits applied in the child between fork and exec.
#[derive(Clone, Copy)]
struct Limits {
    data_bytes: libc::rlim_t,
    cpu_secs: libc::rlim_t,
    processes: Option<libc::rlim_t>,
}

impl Limits {
    fn for_request(request: &CaseRequest) -> Self {
        Limits {
            data_bytes: request.memory_mb.saturating_mul(1024 * 1024) as libc::rlim_t,
            // A backstop for the wall clock: CPU time past it ends the case even if pyroad
            // itself were stopped.
            cpu_secs: request.timeout.as_secs_f64().ceil() as libc::rlim_t + 1,
            processes: if request.sandbox {
                crate::sandbox::nproc_limit().map(|n| n as libc::rlim_t)
            } else {
                None
            },
        }
    }

    /// The limits as text, for a warm init to apply to itself.
    fn encode(self) -> String {
        let processes = self.processes.map_or("-".to_string(), |p| p.to_string());
        format!("{} {} {processes}", self.data_bytes, self.cpu_secs)
    }

    /// Limits sent by pyroad to a warm init, which applies them to itself.
    fn apply_encoded(text: &str) -> std::io::Result<()> {
        let mut words = text.split_whitespace();
        let mut number = || words.next().and_then(|w| w.parse::<libc::rlim_t>().ok());
        let (Some(data_bytes), Some(cpu_secs)) = (number(), number()) else {
            return Err(std::io::Error::other("bad limits"));
        };
        let processes = number();
        Limits {
            data_bytes,
            cpu_secs,
            processes,
        }
        .apply()
    }

    fn apply(self) -> std::io::Result<()> {
        set_limit(libc::RLIMIT_DATA, self.data_bytes, self.data_bytes)?;
        set_limit(libc::RLIMIT_CPU, self.cpu_secs, self.cpu_secs + 1)?;
        set_limit(libc::RLIMIT_FSIZE, FILE_SIZE_CAP, FILE_SIZE_CAP)?;
        set_limit(libc::RLIMIT_NOFILE, OPEN_FILES_CAP, OPEN_FILES_CAP)?;
        if let Some(processes) = self.processes {
            set_limit(libc::RLIMIT_NPROC, processes, processes)?;
        }
        set_limit(libc::RLIMIT_CORE, 0, 0)
    }
}

fn set_limit(
    resource: libc::__rlimit_resource_t,
    soft: libc::rlim_t,
    hard: libc::rlim_t,
) -> std::io::Result<()> {
    let mut current = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain syscalls on a stack value.
    unsafe {
        if libc::getrlimit(resource, &mut current) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        // Never ask for more than the hard limit we were given: that fails for non-root.
        let hard = hard.min(current.rlim_max);
        let limit = libc::rlimit {
            rlim_cur: soft.min(hard),
            rlim_max: hard,
        };
        if libc::setrlimit(resource, &limit) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

fn kill_group(group: libc::pid_t) {
    // SAFETY: a signal to our own child's process group; ESRCH (already gone) is fine.
    unsafe {
        libc::killpg(group, libc::SIGKILL);
    }
}

fn feed_stdin(child: &mut Child, input: Vec<u8>) {
    let Some(mut stdin) = child.stdin.take() else {
        return;
    };
    if input.is_empty() {
        return; // dropping the handle gives the program an immediate end of file
    }
    thread::spawn(move || {
        // A program that exits without reading everything closes the pipe: not an error.
        let _ = stdin.write_all(&input);
    });
}

fn wait_with_limits(
    child: &mut Child,
    group: libc::pid_t,
    timeout: Duration,
    stdout: &Capture,
    stderr: &Capture,
) -> (std::process::ExitStatus, bool) {
    let deadline = Instant::now() + timeout;
    loop {
        let now = Instant::now();
        if now >= deadline || stdout.overflowed() || stderr.overflowed() {
            kill_group(group);
            let status = child.wait().expect("waiting for a child we spawned");
            return (status, now >= deadline);
        }
        match child.wait_timeout(POLL_SLICE.min(deadline - now)) {
            Ok(Some(status)) => return (status, false),
            Ok(None) => {}
            Err(_) => {
                kill_group(group);
                let status = child.wait().expect("waiting for a child we spawned");
                return (status, false);
            }
        }
    }
}

/// One output pipe, read on its own thread into a capped buffer.
struct Capture {
    shared: Arc<Shared>,
    done: mpsc::Receiver<()>,
}

#[derive(Default)]
struct Shared {
    buffer: Mutex<Vec<u8>>,
    overflow: AtomicBool,
}

impl Capture {
    fn start<R: Read + Send + 'static>(pipe: Option<R>) -> Capture {
        let shared = Arc::new(Shared::default());
        let (tx, done) = mpsc::channel();
        let writer = Arc::clone(&shared);
        thread::spawn(move || {
            if let Some(mut pipe) = pipe {
                let mut chunk = vec![0u8; 64 * 1024];
                loop {
                    match pipe.read(&mut chunk) {
                        Ok(0) => break,
                        Ok(n) => {
                            let mut buffer =
                                writer.buffer.lock().unwrap_or_else(|e| e.into_inner());
                            let room = OUTPUT_CAP - buffer.len();
                            buffer.extend_from_slice(&chunk[..n.min(room)]);
                            if n > room {
                                writer.overflow.store(true, Ordering::SeqCst);
                                break;
                            }
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(_) => break,
                    }
                }
            }
            let _ = tx.send(());
        });
        Capture { shared, done }
    }

    fn overflowed(&self) -> bool {
        self.shared.overflow.load(Ordering::SeqCst)
    }

    /// What was read, waiting for the end of the pipe until `deadline` at most.
    fn finish(self, deadline: Instant) -> (Vec<u8>, bool) {
        let _ = self
            .done
            .recv_timeout(deadline.saturating_duration_since(Instant::now()));
        let buffer =
            std::mem::take(&mut *self.shared.buffer.lock().unwrap_or_else(|e| e.into_inner()));
        (buffer, self.overflowed())
    }
}

/// Tracebacks should name the learner's own file, not `/tmp/pyroad-x1y2/exercise.py`.
struct PathRewrite {
    replacements: Vec<(Vec<u8>, Vec<u8>)>,
}

impl PathRewrite {
    fn new(dir: &Path, request: &CaseRequest) -> Self {
        let mut dirs = vec![dir.to_path_buf()];
        if let Ok(real) = fs::canonicalize(dir)
            && real != dir
        {
            dirs.push(real);
        }
        let mut replacements = Vec::new();
        for dir in dirs {
            let dir = dir.to_string_lossy().into_owned();
            replacements.push((
                format!("{dir}/{LEARNER_FILE}"),
                request.learner_display.to_string(),
            ));
            replacements.push((
                format!("{dir}/{DRIVER_FILE}"),
                request.driver_display.to_string(),
            ));
            replacements.push((format!("{dir}/"), String::new()));
            replacements.push((dir, ".".to_string()));
        }
        PathRewrite {
            replacements: replacements
                .into_iter()
                .map(|(a, b)| (a.into_bytes(), b.into_bytes()))
                .collect(),
        }
    }

    fn apply(&self, mut bytes: Vec<u8>) -> Vec<u8> {
        for (from, to) in &self.replacements {
            if find_bytes(&bytes, from).is_some() {
                bytes = replace_all(&bytes, from, to);
            }
        }
        bytes
    }
}

fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn replace_all(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(at) = find_bytes(rest, from) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(to);
        rest = &rest[at + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// An init started ahead of a case, already in a cgroup of its own, waiting on a pipe for
/// what to run.
struct Warm {
    child: Child,
    control: std::fs::File,
    cgroup: crate::sandbox::CaseCgroup,
}

/// At most one warm init per worker is ever waiting here.
static WARM: Mutex<Vec<Warm>> = Mutex::new(Vec::new());

/// A warm init, or a new one; `None` where there is no cgroup to warm up for (an ordinary
/// user, another OS), since then starting cold costs nothing extra.
fn take_warm() -> Option<Warm> {
    crate::sandbox::offer().cgroup_root.as_ref()?;
    let waiting = WARM.lock().unwrap_or_else(|e| e.into_inner()).pop();
    waiting.or_else(spawn_warm)
}

fn spawn_warm() -> Option<Warm> {
    use std::os::fd::FromRawFd;
    let init = init_exe()?;
    let cgroup = crate::sandbox::CaseCgroup::create()?;
    let mut fds = [0; 2];
    // SAFETY: pipe2 with a valid array; both ends close on exec unless moved below.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return None;
    }
    let (read_end, write_end) = (fds[0], fds[1]);
    let mut command = Command::new(init);
    command
        .args([crate::sandbox::INIT_ARG, "--warm", "--cgroup"])
        .arg(&cgroup.path)
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    // SAFETY: dup2 and fcntl are async-signal-safe; the control pipe becomes fd 3.
    unsafe {
        command.pre_exec(move || {
            let fd = if read_end == 3 {
                libc::fcntl(3, libc::F_SETFD, 0)
            } else {
                libc::dup2(read_end, 3)
            };
            if fd < 0 {
                Err(std::io::Error::last_os_error())
            } else {
                Ok(())
            }
        });
    }
    let child = command.spawn().ok();
    // SAFETY: closing our copy of the read end; the child has its own.
    unsafe { libc::close(read_end) };
    // SAFETY: the write end is ours alone from here.
    let control = unsafe { std::fs::File::from_raw_fd(write_end) };
    Some(Warm {
        child: child?,
        control,
        cgroup,
    })
}

impl Warm {
    /// Tells the init what to run, and puts a new warm init in its place.
    fn start(
        mut self,
        request: &CaseRequest,
        dir: &Path,
        script: &str,
        limits: Limits,
    ) -> std::io::Result<(Child, crate::sandbox::CaseCgroup)> {
        let plan = crate::sandbox::Plan::new(request.network, None);
        let mut fields: Vec<Vec<u8>> = vec![
            dir.as_os_str().as_encoded_bytes().to_vec(),
            limits.encode().into_bytes(),
        ];
        let env = case_environment(dir);
        fields.push(env.len().to_string().into_bytes());
        fields.extend(env.iter().map(|(k, v)| format!("{k}={v}").into_bytes()));
        fields.extend(plan.args.iter().skip(1).map(|a| a.clone().into_bytes()));
        fields.push(request.python.as_os_str().as_encoded_bytes().to_vec());
        fields.push(script.as_bytes().to_vec());
        fields.extend(request.case.args.iter().map(|a| a.clone().into_bytes()));
        self.control
            .write_all(&crate::sandbox::encode_fields(&fields))?;
        drop(self.control);
        if let Some(next) = spawn_warm() {
            WARM.lock().unwrap_or_else(|e| e.into_inner()).push(next);
        }
        Ok((self.child, self.cgroup))
    }
}

/// Ends the warm inits that will not be used, and their cgroups: at exit.
pub fn drain_warm() {
    let waiting = std::mem::take(&mut *WARM.lock().unwrap_or_else(|e| e.into_inner()));
    for mut warm in waiting {
        let _ = warm.child.kill();
        let _ = warm.child.wait();
    }
}

/// For the sandbox's warm init: applies the limits pyroad sent it.
pub fn apply_encoded_limits(text: &str) -> std::io::Result<()> {
    Limits::apply_encoded(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_all_replaces_every_occurrence() {
        assert_eq!(replace_all(b"a/x b/x", b"/x", b"!"), b"a! b!");
        assert_eq!(replace_all(b"none", b"zz", b"!"), b"none");
    }
}
