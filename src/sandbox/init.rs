//! The per-case init: `pyroad __pyroad-init [layers] -- python script args…`.
//!
//! It runs as a fresh, single-threaded process, so it may unshare and fork freely (which a
//! `pre_exec` closure in multi-threaded pyroad may not). It enters the namespaces it is
//! given, then forks: the child is PID 1 of the new PID namespace. Python must not be that
//! PID 1 (PID 1 ignores signals it has no handler for, so Ctrl-C and SIGTERM would do
//! nothing), so the child applies Landlock, starts Python, reaps whatever is reparented to
//! it, and reports Python's wait status through a pipe. The outer init then exits the same
//! way Python did, so pyroad sees an exit code or a signal as if it had run Python itself.
//! When the PID-1 child ends, the kernel ends every process left in the namespace.

#![cfg(target_os = "linux")]

use std::io::Write;
use std::process::Command;

struct Options {
    probe: bool,
    /// Started ahead of its case: join the cgroup, then wait on fd 3 for what to run.
    warm: bool,
    user_ns: bool,
    pid_ns: bool,
    net_ns: bool,
    loopback: bool,
    landlock: bool,
    no_tcp: bool,
    cgroup: Option<String>,
    command: Vec<String>,
}

fn parse(args: &[String]) -> Options {
    let mut options = Options {
        probe: false,
        warm: false,
        user_ns: false,
        pid_ns: false,
        net_ns: false,
        loopback: false,
        landlock: false,
        no_tcp: false,
        cgroup: None,
        command: Vec::new(),
    };
    let mut words = args.iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "--probe" => options.probe = true,
            "--warm" => options.warm = true,
            "--user-ns" => options.user_ns = true,
            "--pid-ns" => options.pid_ns = true,
            "--net-ns" => options.net_ns = true,
            "--loopback" => options.loopback = true,
            "--landlock" => options.landlock = true,
            "--no-tcp" => options.no_tcp = true,
            "--cgroup" => options.cgroup = words.next().cloned(),
            "--" => {
                options.command = words.cloned().collect();
                break;
            }
            _ => {}
        }
    }
    options
}

fn fail(what: &str) -> ! {
    let _ = writeln!(
        std::io::stderr(),
        "pyroad sandbox: {what}: {}",
        std::io::Error::last_os_error()
    );
    std::process::exit(125);
}

/// Runs the init with the arguments after `__pyroad-init`; never returns.
pub fn main(args: &[String]) -> ! {
    let mut options = parse(args);
    if options.probe {
        probe();
    }
    if let Some(cgroup) = &options.cgroup {
        // Everything this init starts is counted against the case's pids.max from now on.
        let _ = std::fs::write(
            format!("{cgroup}/cgroup.procs"),
            std::process::id().to_string(),
        );
    }
    if options.warm {
        options = receive_case();
    }
    // Whatever pyroad's own parent let it inherit (a jobserver's pipes, an editor's sockets)
    // stops here: the case gets stdin, stdout and stderr only.
    // SAFETY: closing descriptors this fresh process does not use.
    unsafe {
        if libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32) != 0 {
            for fd in 3..1024 {
                libc::close(fd);
            }
        }
    }
    let entered_pid_ns = enter_namespaces(&options);
    if options.command.is_empty() {
        fail("no command to run");
    }
    // SAFETY: a plain syscall; without a PID namespace, orphans of the case come back to
    // this process, which ends them.
    unsafe {
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    }
    let mut fds = [0; 2];
    // SAFETY: pipe with a valid array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        fail("pipe");
    }
    let (read_end, write_end) = (fds[0], fds[1]);
    // SAFETY: this process has one thread, so the child may run ordinary code after fork.
    let child = unsafe { libc::fork() };
    if child < 0 {
        fail("fork");
    }
    if child == 0 {
        // SAFETY: closing our copy of the read end.
        unsafe { libc::close(read_end) };
        run_python(&options, write_end);
    }
    // SAFETY: closing our copy of the write end.
    unsafe { libc::close(write_end) };
    let mut status = 0;
    // SAFETY: waiting for our own child.
    while unsafe { libc::waitpid(child, &mut status, 0) } < 0 {
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            break;
        }
    }
    let mut reported = [0u8; 4];
    // SAFETY: reading into a local buffer from our pipe.
    let got = unsafe { libc::read(read_end, reported.as_mut_ptr().cast(), 4) };
    if !entered_pid_ns {
        end_descendants();
    }
    if got == 4 {
        exit_like(i32::from_ne_bytes(reported));
    }
    // The PID-1 child died before Python finished (it was killed): say so the same way.
    exit_like(status);
}

/// A warm init's case, read from fd 3: its folder, limits, environment and the init's
/// usual arguments. Ends the process when pyroad goes away without sending one.
fn receive_case() -> Options {
    use std::io::Read;
    use std::os::fd::FromRawFd;
    let mut bytes = Vec::new();
    // SAFETY: fd 3 is the control pipe pyroad set up for this process.
    let mut control = unsafe { std::fs::File::from_raw_fd(3) };
    if control.read_to_end(&mut bytes).is_err() || bytes.is_empty() {
        std::process::exit(0);
    }
    let fields: Vec<String> = crate::sandbox::decode_fields(&bytes)
        .into_iter()
        .map(|f| String::from_utf8_lossy(&f).into_owned())
        .collect();
    let (Some(dir), Some(limits), Some(count)) = (fields.first(), fields.get(1), fields.get(2))
    else {
        fail("a malformed case from pyroad");
    };
    let count: usize = count.parse().unwrap_or(0);
    if std::env::set_current_dir(dir).is_err() {
        fail("cannot enter the case's folder");
    }
    if crate::runner::apply_encoded_limits(limits).is_err() {
        fail("cannot set the case's limits");
    }
    // SAFETY: this process has one thread, so the environment may be changed.
    unsafe {
        for (key, _) in std::env::vars_os() {
            std::env::remove_var(key);
        }
        for pair in fields.iter().skip(3).take(count) {
            if let Some((key, value)) = pair.split_once('=') {
                std::env::set_var(key, value);
            }
        }
    }
    let mut rest = parse(&fields[3 + count..]);
    rest.warm = false;
    rest
}

/// Enters the namespaces asked for; returns whether a PID namespace was entered.
fn enter_namespaces(options: &Options) -> bool {
    // SAFETY: plain syscalls reading our own ids.
    let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
    let mut flags = 0;
    if options.user_ns {
        flags |= libc::CLONE_NEWUSER;
    }
    if options.pid_ns {
        flags |= libc::CLONE_NEWPID;
    }
    if options.net_ns {
        flags |= libc::CLONE_NEWNET;
    }
    // SAFETY: unshare in a single-threaded process.
    if flags == 0 || unsafe { libc::unshare(flags) } != 0 {
        return false;
    }
    if options.user_ns {
        // The same ids inside as outside: files the case writes belong to the learner.
        let _ = std::fs::write("/proc/self/setgroups", "deny");
        let _ = std::fs::write("/proc/self/uid_map", format!("{uid} {uid} 1"));
        let _ = std::fs::write("/proc/self/gid_map", format!("{gid} {gid} 1"));
    }
    if options.net_ns && options.loopback {
        loopback_up();
    }
    options.pid_ns
}

/// Brings up `lo` in the case's own network namespace, for a server and a client in one case.
fn loopback_up() {
    #[repr(C)]
    struct IfReq {
        name: [libc::c_char; libc::IFNAMSIZ],
        flags: libc::c_short,
        _pad: [u8; 22],
    }
    // SAFETY: an ioctl on a socket we own, with a correctly sized ifreq.
    unsafe {
        let sock = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
        if sock < 0 {
            return;
        }
        let mut request = IfReq {
            name: [0; libc::IFNAMSIZ],
            flags: 0,
            _pad: [0; 22],
        };
        for (slot, byte) in request.name.iter_mut().zip(b"lo") {
            *slot = *byte as libc::c_char;
        }
        if libc::ioctl(sock, libc::SIOCGIFFLAGS, &mut request) == 0 {
            request.flags |= libc::IFF_UP as libc::c_short;
            libc::ioctl(sock, libc::SIOCSIFFLAGS, &request);
        }
        libc::close(sock);
    }
}

/// The PID-1 side: Landlock, then Python, then reaping until Python is done.
fn run_python(options: &Options, report: libc::c_int) -> ! {
    // SAFETY: plain prctl; if the outer init is killed (a timeout), so is this one, which
    // takes the namespace with it.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
    }
    if options.landlock {
        restrict_filesystem(options.no_tcp);
    }
    let python = match Command::new(&options.command[0])
        .args(&options.command[1..])
        .spawn()
    {
        Ok(child) => child.id() as libc::pid_t,
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "pyroad sandbox: cannot start {}: {e}",
                options.command[0]
            );
            // SAFETY: ending this process.
            unsafe { libc::_exit(127) };
        }
    };
    loop {
        let mut status = 0;
        // SAFETY: reaping any child; as PID 1 orphans come to us.
        let pid = unsafe { libc::waitpid(-1, &mut status, 0) };
        if pid == python {
            // SAFETY: writing four bytes to our pipe, then leaving.
            unsafe {
                libc::write(report, status.to_ne_bytes().as_ptr().cast(), 4);
                libc::_exit(0);
            }
        }
        if pid < 0 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            // SAFETY: ending this process.
            unsafe { libc::_exit(126) };
        }
    }
}

/// Writes only inside the case's folder (the working directory) and /dev/shm; no signals
/// or abstract sockets outside the case; no TCP when there is no network namespace.
fn restrict_filesystem(no_tcp: bool) {
    use landlock::{
        ABI, AccessFs, AccessNet, Ruleset, RulesetAttr, RulesetCreatedAttr, Scope,
        path_beneath_rules,
    };
    let abi = ABI::V6;
    let Ok(folder) = std::env::current_dir() else {
        return;
    };
    let result = (|| -> Result<(), landlock::RulesetError> {
        let mut ruleset = Ruleset::default().handle_access(AccessFs::from_write(abi))?;
        if no_tcp {
            ruleset = ruleset.handle_access(AccessNet::BindTcp | AccessNet::ConnectTcp)?;
        }
        ruleset
            .scope(Scope::Signal | Scope::AbstractUnixSocket)?
            .create()?
            .add_rules(path_beneath_rules(
                [folder.as_path(), "/dev/shm".as_ref()],
                AccessFs::from_write(abi),
            ))?
            .add_rules(path_beneath_rules(
                ["/dev/null", "/dev/zero", "/dev/full"],
                AccessFs::from_write(abi),
            ))?
            .restrict_self()?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = writeln!(
            std::io::stderr(),
            "pyroad sandbox: Landlock not applied: {e}"
        );
    }
}

/// Without a PID namespace: ends every process reparented to this one, until none is left.
fn end_descendants() {
    // SAFETY: plain syscalls on our own children.
    let me = unsafe { libc::getpid() };
    for _ in 0..200 {
        let children = children_of(me);
        if children.is_empty() {
            return;
        }
        for pid in children {
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
        }
        let mut status = 0;
        while unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG) } > 0 {}
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

fn children_of(parent: libc::pid_t) -> Vec<libc::pid_t> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str()?.parse::<libc::pid_t>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
                // Field 4 (ppid) comes after the command name in parentheses.
                stat.rsplit_once(')')
                    .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse().ok())
                    == Some(parent)
            })
        })
        .collect()
}

/// Ends this process the way a child with wait status `status` ended.
fn exit_like(status: libc::c_int) -> ! {
    if libc::WIFEXITED(status) {
        std::process::exit(libc::WEXITSTATUS(status));
    }
    if libc::WIFSIGNALED(status) {
        let signal = libc::WTERMSIG(status);
        // SAFETY: restoring the default action and raising the same signal on ourselves.
        unsafe {
            libc::signal(signal, libc::SIG_DFL);
            libc::raise(signal);
        }
    }
    std::process::exit(125);
}

/// Tries each layer in this throwaway process and prints what worked.
fn probe() -> ! {
    // SAFETY: plain syscalls in a process that exits right after.
    let root = unsafe { libc::geteuid() } == 0;
    let mut out = String::new();
    let user_ns = !root && unsafe { libc::unshare(libc::CLONE_NEWUSER) } == 0;
    out.push_str(if user_ns {
        "user_ns=ok "
    } else {
        "user_ns=no "
    });
    let pid_ns = (root || user_ns) && unsafe { libc::unshare(libc::CLONE_NEWPID) } == 0;
    out.push_str(if pid_ns { "pid_ns=ok " } else { "pid_ns=no " });
    let net_ns = (root || user_ns) && unsafe { libc::unshare(libc::CLONE_NEWNET) } == 0;
    out.push_str(if net_ns { "net_ns=ok " } else { "net_ns=no " });
    let abi = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<libc::c_void>(),
            0usize,
            1u32,
        )
    };
    out.push_str(&format!("landlock={}", abi.max(0)));
    println!("{out}");
    std::process::exit(0);
}
