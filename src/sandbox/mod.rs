//! What a case may do, in layers, each used where the OS offers it.
//!
//! The runner applies resource limits itself (see `runner.rs`). The layers here need a
//! process of pyroad's own between pyroad and Python: the binary re-executed as
//! `pyroad __pyroad-init` (see [`init`]), which enters new PID and network namespaces, puts
//! itself in a cgroup that caps processes, applies Landlock, and runs Python as the child of
//! a small PID 1 that reaps and passes on the exit status. When that PID 1 ends, the kernel
//! ends every process of the case, however it detached itself.
//!
//! Which layers this machine offers is probed once per pyroad process (a namespace can be
//! refused by AppArmor, Docker's seccomp profile or an old kernel), so a refused layer is
//! reported by `pyroad doctor` and never makes a case fail.

pub mod init;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::i18n::{Lang, Msg, tr};

/// The hidden first argument that turns the binary into the per-case init.
pub const INIT_ARG: &str = "__pyroad-init";

/// Processes a case may have at once, where a cgroup or RLIMIT_NPROC can hold it.
pub const MAX_PROCESSES: u64 = 128;

/// The network a case gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Network {
    /// No network at all, not even the host's loopback.
    #[default]
    None,
    /// A loopback interface of the case's own: a server and a client inside one case.
    Loopback,
}

/// One layer as probed on this machine: in force, or missing and why.
#[derive(Debug, Clone)]
pub struct Layer {
    pub name: &'static str,
    pub active: Result<String, String>,
}

/// The layers this machine offers, found once.
#[derive(Debug, Clone, Default)]
pub struct Offer {
    pub user_ns: bool,
    pub pid_ns: bool,
    pub net_ns: bool,
    /// The Landlock ABI version, 0 when Landlock is not available.
    pub landlock_abi: i32,
    /// Where per-case cgroups for the process cap go (v1 `pids` or v2 with `pids.max`).
    pub cgroup_root: Option<PathBuf>,
    pub why_not: Vec<(&'static str, Msg)>,
}

static OFFER: OnceLock<Offer> = OnceLock::new();

/// The layers this machine offers, probed the first time they are asked for.
pub fn offer() -> &'static Offer {
    OFFER.get_or_init(probe)
}

fn is_root() -> bool {
    // SAFETY: a plain syscall.
    unsafe { libc::geteuid() == 0 }
}

#[cfg(target_os = "linux")]
fn probe() -> Offer {
    let mut offer = Offer::default();
    // Namespaces are tried for real, in a throwaway child: only that tells whether AppArmor,
    // seccomp or the kernel allow them here.
    let answer = std::env::current_exe().ok().and_then(|exe| {
        Command::new(exe)
            .args([INIT_ARG, "--probe"])
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()
    });
    let answer = answer
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    for word in answer.split_whitespace() {
        match word.split_once('=') {
            Some(("user_ns", v)) => offer.user_ns = v == "ok",
            Some(("pid_ns", v)) => offer.pid_ns = v == "ok",
            Some(("net_ns", v)) => offer.net_ns = v == "ok",
            Some(("landlock", v)) => offer.landlock_abi = v.parse().unwrap_or(0),
            _ => {}
        }
    }
    for (name, ok, reason) in [
        ("pid_ns", offer.pid_ns, Msg::WhyPidNs),
        ("net_ns", offer.net_ns, Msg::WhyNetNs),
    ] {
        if !ok {
            offer.why_not.push((name, reason));
        }
    }
    if offer.landlock_abi <= 0 {
        offer.why_not.push(("landlock", Msg::WhyLandlock));
    }
    match cgroup_root() {
        Some(root) => offer.cgroup_root = Some(root),
        None => offer.why_not.push((
            "cgroup",
            if is_root() {
                Msg::WhyCgroupNone
            } else {
                Msg::WhyCgroupNotRoot
            },
        )),
    }
    offer
}

#[cfg(not(target_os = "linux"))]
fn probe() -> Offer {
    let mut offer = Offer::default();
    for name in ["pid_ns", "net_ns", "landlock", "cgroup"] {
        offer
            .why_not
            .push((name, "not available on this OS (Linux only)".into()));
    }
    offer
}

/// A folder where pyroad may make one cgroup per case with a `pids.max`.
#[cfg(target_os = "linux")]
fn cgroup_root() -> Option<PathBuf> {
    if !is_root() {
        return None;
    }
    let v1 = Path::new("/sys/fs/cgroup/pids");
    let v2 = Path::new("/sys/fs/cgroup");
    let parent = if v1.join("tasks").exists() {
        v1.to_path_buf()
    } else if v2.join("cgroup.controllers").exists() {
        v2.to_path_buf()
    } else {
        return None;
    };
    remove_stale_cgroups(&parent);
    let root = parent.join(format!("pyroad-{}", std::process::id()));
    std::fs::create_dir_all(&root).ok()?;
    let probe = root.join("probe");
    let usable = std::fs::create_dir(&probe).is_ok() && probe.join("pids.max").exists();
    let _ = std::fs::remove_dir(&probe);
    if usable {
        Some(root)
    } else {
        let _ = std::fs::remove_dir(&root);
        None
    }
}

/// The cgroups of pyroad processes that were killed before they could remove their own.
#[cfg(target_os = "linux")]
fn remove_stale_cgroups(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("pyroad-") else {
            continue;
        };
        if Path::new("/proc").join(pid).exists() {
            continue;
        }
        if let Ok(cases) = std::fs::read_dir(entry.path()) {
            for case in cases.filter_map(Result::ok).filter(|c| c.path().is_dir()) {
                let _ = std::fs::remove_dir(case.path());
            }
        }
        let _ = std::fs::remove_dir(entry.path());
    }
}

/// Removes this process's cgroup folder at exit (each case's own is removed after it).
pub fn forget_cgroups() {
    if let Some(root) = OFFER.get().and_then(|o| o.cgroup_root.as_ref()) {
        let _ = std::fs::remove_dir(root);
    }
}

/// The layers as a list for `pyroad doctor`, in the learner's language.
pub fn layers(lang: Lang) -> Vec<Layer> {
    let offer = offer();
    let t = |msg: Msg, args: &[&dyn std::fmt::Display]| tr(lang, msg, args);
    let why = |name: &str| {
        let msg = offer
            .why_not
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(Msg::WhyOtherOs, |(_, m)| *m);
        t(msg, &[])
    };
    let processes = match &offer.cgroup_root {
        Some(root) => Ok(t(
            Msg::LayerProcessesCgroup,
            &[&MAX_PROCESSES, &root.display()],
        )),
        None if cfg!(target_os = "linux") && !is_root() => Ok(t(Msg::LayerProcessesNproc, &[])),
        None => Err(why("cgroup")),
    };
    let cleanup = if offer.pid_ns {
        Ok(t(Msg::LayerCleanup, &[]))
    } else {
        Err(t(Msg::LayerCleanupMissing, &[&why("pid_ns")]))
    };
    let filesystem = if offer.landlock_abi > 0 {
        Ok(t(Msg::LayerFilesystem, &[&offer.landlock_abi]))
    } else {
        Err(why("landlock"))
    };
    let network = if offer.net_ns {
        Ok(t(Msg::LayerNetwork, &[]))
    } else {
        Err(why("net_ns"))
    };
    let signals = if offer.pid_ns || offer.landlock_abi >= 6 {
        Ok(t(Msg::LayerSignals, &[]))
    } else {
        Err(t(Msg::LayerSignalsMissing, &[]))
    };
    vec![
        Layer {
            name: "time",
            active: Ok(t(Msg::LayerTime, &[])),
        },
        Layer {
            name: "memory",
            active: Ok(t(Msg::LayerMemory, &[])),
        },
        Layer {
            name: "files",
            active: Ok(t(Msg::LayerFiles, &[])),
        },
        Layer {
            name: "environment",
            active: Ok(t(Msg::LayerEnvironment, &[])),
        },
        Layer {
            name: "processes",
            active: processes,
        },
        Layer {
            name: "cleanup",
            active: cleanup,
        },
        Layer {
            name: "filesystem",
            active: filesystem,
        },
        Layer {
            name: "network",
            active: network,
        },
        Layer {
            name: "signals",
            active: signals,
        },
    ]
}

/// The layers that are missing, named once on stderr the first time a case runs.
pub fn warn_missing_once(disabled: bool, lang: Lang) {
    static WARNED: OnceLock<()> = OnceLock::new();
    WARNED.get_or_init(|| {
        if disabled {
            eprintln!("{}", tr(lang, Msg::SandboxOff, &[]));
            return;
        }
        let missing: Vec<&str> = layers(lang)
            .iter()
            .filter(|l| l.active.is_err())
            .map(|l| l.name)
            .collect();
        if !missing.is_empty() {
            eprintln!("{}", tr(lang, Msg::SandboxMissing, &[&missing.join(", ")]));
        }
    });
}

/// One case's cgroup, removed (with anything left in it killed) when dropped.
pub struct CaseCgroup {
    pub path: PathBuf,
}

static NEXT_CGROUP: AtomicU64 = AtomicU64::new(0);

impl CaseCgroup {
    pub fn create() -> Option<CaseCgroup> {
        let root = offer().cgroup_root.as_ref()?;
        let path = root.join(format!(
            "case-{}",
            NEXT_CGROUP.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir(&path).ok()?;
        std::fs::write(path.join("pids.max"), MAX_PROCESSES.to_string()).ok()?;
        Some(CaseCgroup { path })
    }

    /// Kills whatever is still in the cgroup, repeatedly, since a dying fork bomb can still
    /// fork between one read and the next.
    pub fn kill_all(&self) {
        for _ in 0..50 {
            let procs = std::fs::read_to_string(self.path.join("cgroup.procs")).unwrap_or_default();
            let pids: Vec<libc::pid_t> = procs
                .lines()
                .filter_map(|l| l.trim().parse().ok())
                .collect();
            if pids.is_empty() {
                return;
            }
            for pid in pids {
                // SAFETY: a signal to a process of this case's cgroup.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}

impl Drop for CaseCgroup {
    fn drop(&mut self) {
        self.kill_all();
        for _ in 0..50 {
            if std::fs::remove_dir(&self.path).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}

/// RLIMIT_NPROC counts every process of the user, so a cap for one case must start from
/// what the user already runs.
pub fn nproc_limit() -> Option<u64> {
    if is_root() || !cfg!(target_os = "linux") {
        return None; // root ignores RLIMIT_NPROC; the cgroup caps instead
    }
    static LIMIT: OnceLock<u64> = OnceLock::new();
    Some(*LIMIT.get_or_init(|| {
        // SAFETY: a plain syscall.
        let uid = unsafe { libc::getuid() };
        let running = std::fs::read_dir("/proc")
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .filter(|e| {
                        e.file_name()
                            .to_string_lossy()
                            .bytes()
                            .all(|b| b.is_ascii_digit())
                    })
                    .filter(|e| {
                        std::fs::read_to_string(e.path().join("status")).is_ok_and(|s| {
                            s.lines().any(|l| {
                                l.starts_with("Uid:")
                                    && l.split_whitespace().nth(1) == Some(&uid.to_string())
                            })
                        })
                    })
                    .count() as u64
            })
            .unwrap_or(0);
        // Threads count too; leave room for the user's own and for parallel cases.
        running * 4 + 4 * MAX_PROCESSES
    }))
}

/// How one case is to be run.
#[derive(Debug, Clone)]
pub struct Plan {
    pub args: Vec<String>,
}

impl Plan {
    /// The init's arguments for a case in `dir` with `network`, from what this machine offers.
    pub fn new(network: Network, cgroup: Option<&Path>) -> Plan {
        let offer = offer();
        let mut args = vec![INIT_ARG.to_string()];
        if offer.user_ns && !is_root() {
            args.push("--user-ns".into());
        }
        if offer.pid_ns {
            args.push("--pid-ns".into());
        }
        if offer.net_ns {
            args.push("--net-ns".into());
            if network == Network::Loopback {
                args.push("--loopback".into());
            }
        }
        if offer.landlock_abi > 0 {
            args.push("--landlock".into());
            // Without a network namespace, Landlock can still refuse TCP (ABI 4+).
            if !offer.net_ns && network == Network::None {
                args.push("--no-tcp".into());
            }
        }
        if let Some(cgroup) = cgroup {
            args.push("--cgroup".into());
            args.push(cgroup.display().to_string());
        }
        args.push("--".into());
        Plan { args }
    }
}

/// Length-prefixed fields: how pyroad tells a warm init what to run (paths and arguments
/// may hold any byte but NUL, so no separator would do).
pub fn encode_fields(fields: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for field in fields {
        out.extend_from_slice(&(field.len() as u32).to_le_bytes());
        out.extend_from_slice(field);
    }
    out
}

pub fn decode_fields(mut bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut fields = Vec::new();
    while bytes.len() >= 4 {
        let len = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        let Some(field) = bytes.get(4..4 + len) else {
            break;
        };
        fields.push(field.to_vec());
        bytes = &bytes[4 + len..];
    }
    fields
}
