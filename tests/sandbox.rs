//! Hostile learner code, run through the binary: each program tries something a learner's
//! half-finished code (or a stranger's, in CI) must never get away with. After the run:
//! the expected verdict, no process of the case left, nothing written or deleted outside
//! its folder, no connection or datagram received, no secret seen, pyroad's memory small.

use std::collections::BTreeMap;
use std::io::Read;
use std::net::{TcpListener, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

struct Program {
    name: &'static str,
    source: String,
    /// Extra spec lines (timeout, memory_mb, network…).
    spec: String,
    stdin: String,
    /// Acceptable verdicts.
    verdicts: &'static [&'static str],
}

fn program(name: &'static str, source: &str, verdicts: &'static [&'static str]) -> Program {
    Program {
        name,
        source: source.to_string(),
        spec: String::new(),
        stdin: String::new(),
        verdicts,
    }
}

/// Writes a one-level course of `programs` into `root`; each has one case and no `expect`,
/// so a program that runs to a clean end passes.
fn write_course(root: &Path, programs: &[Program]) {
    let topic = root.join("exercises/01_h/01_t");
    std::fs::create_dir_all(&topic).unwrap();
    std::fs::write(
        root.join("exercises/01_h/level.toml"),
        "title = \"Hostile\"\n",
    )
    .unwrap();
    std::fs::write(topic.join("topic.toml"), "title = \"Hostile programs\"\n").unwrap();
    for (i, p) in programs.iter().enumerate() {
        let stem = format!("{:02}_{}", i + 1, p.name);
        std::fs::write(topic.join(format!("{stem}.py")), &p.source).unwrap();
        let spec = format!(
            "title = \"{}\"\ninstructions = \"-\"\n{}\n[[cases]]\nname = \"only\"\nstdin = '''{}'''\n",
            p.name, p.spec, p.stdin
        );
        std::fs::write(topic.join(format!("{stem}.toml")), spec).unwrap();
    }
}

fn processes_with(marker: &str) -> Vec<String> {
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| std::fs::read(e.ok()?.path().join("cmdline")).ok())
        .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
        .filter(|c| c.contains(marker))
        .collect()
}

/// Runs `pyroad verify --format json` on `root`, sampling pyroad's peak memory as it runs.
fn verify(root: &Path, secret: &str) -> (serde_json::Value, u64) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("pyroad"))
        .args([
            "--root",
            root.to_str().unwrap(),
            "verify",
            "--format",
            "json",
        ])
        .env("PYROAD_TEST_SECRET", secret)
        .env("LANG", "C.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        stdout.read_to_string(&mut text).unwrap();
        text
    });
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0;
    while child.try_wait().unwrap().is_none() {
        if let Ok(status) = std::fs::read_to_string(&status_path) {
            let hwm = status.lines().find(|l| l.starts_with("VmHWM:"));
            if let Some(kb) = hwm.and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok()) {
                peak_kb = peak_kb.max(kb);
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let text = reader.join().unwrap();
    let report = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    (report, peak_kb)
}

fn verdicts(report: &serde_json::Value) -> BTreeMap<String, (String, String)> {
    report["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let case = &e["cases"][0];
            (
                e["name"].as_str().unwrap().to_string(),
                (
                    case["verdict"].as_str().unwrap().to_string(),
                    case["message"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect()
}

#[test]
fn hostile_programs_cost_nothing() {
    let course = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let outside_dir = outside.path().to_str().unwrap().to_string();
    let keep = outside.path().join("keep.txt");
    std::fs::write(&keep, "learner data").unwrap();
    let home = PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| "/root".into()));
    let marker = format!("pyroad-hostile-{}", std::process::id());
    let home_target = home.join(format!("{marker}.txt"));
    let tcp = TcpListener::bind("127.0.0.1:0").unwrap();
    tcp.set_nonblocking(true).unwrap();
    let tcp_port = tcp.local_addr().unwrap().port();
    let udp = UdpSocket::bind("127.0.0.1:0").unwrap();
    udp.set_nonblocking(true).unwrap();
    let udp_port = udp.local_addr().unwrap().port();
    let root_path = course.path().to_str().unwrap().to_string();

    // Children carry the marker in their command line, so survivors can be found.
    let sleeper = format!(
        "import subprocess, sys\nSLEEP = [sys.executable, '-c', 'import time; time.sleep(1000)', '{marker}']\n"
    );
    let mut timeout_1 = program("endless_loop", "while True:\n    pass\n", &["timeout"]);
    timeout_1.spec = "timeout = 1".into();
    let mut busy_child = program(
        "busy_child",
        &format!(
            "import os, sys\nif os.fork() == 0:\n    os.execv(sys.executable, [sys.executable, '-c', 'while True: pass', '{marker}'])\n"
        ),
        &["passed"],
    );
    busy_child.spec = "timeout = 2".into();
    let mut spawn_loop = program(
        "spawn_loop",
        &format!("{sleeper}while True:\n    subprocess.Popen(SLEEP)\n"),
        &["runtime_error", "timeout"],
    );
    spawn_loop.spec = "timeout = 3".into();
    let mut hog = program(
        "memory_hog",
        "chunks = []\nwhile True:\n    chunks.append(bytearray(16 * 1024 * 1024))\n",
        &["memory_limit"],
    );
    hog.spec = "memory_mb = 256".into();
    let mut before_stdin = program(
        "print_before_reading",
        "import sys\nsys.stdout.write('x' * (10 * 1024 * 1024))\nsys.stdin.read()\n",
        &["output_limit"],
    );
    before_stdin.stdin = "y".repeat(100_000);
    let programs = vec![
        timeout_1,
        busy_child,
        program(
            "fifty_sleepers",
            &format!(
                "{sleeper}for _ in range(50):\n    subprocess.Popen(SLEEP)\nprint('forked')\n"
            ),
            &["passed"],
        ),
        program(
            "setsid_daemon",
            &format!(
                "import os, sys\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        os.execv(sys.executable, [sys.executable, '-c', 'import time; time.sleep(1000)', '{marker}'])\n    os._exit(0)\nprint('daemon started')\n"
            ),
            &["passed"],
        ),
        spawn_loop,
        program(
            "ignores_sigterm",
            &format!(
                "import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', 'import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(1000)', '{marker}'])\n"
            ),
            &["passed"],
        ),
        program(
            "kills_its_parents",
            &format!(
                "import os, signal\ntry:\n    os.kill(os.getppid(), signal.SIGKILL)\nexcept OSError:\n    pass\nfor pid in os.listdir('/proc'):\n    try:\n        cmdline = open(f'/proc/{{pid}}/cmdline', 'rb').read()\n    except OSError:\n        continue\n    if b'{root_path}' in cmdline or b'__pyroad-init' in cmdline:\n        try:\n            os.kill(int(pid), signal.SIGKILL)\n        except OSError:\n            pass\nprint('still here')\n"
            ),
            &["passed"],
        ),
        program(
            "stdout_flood",
            "while True:\n    print('x' * 1000)\n",
            &["output_limit"],
        ),
        program(
            "stderr_flood",
            "import sys\nwhile True:\n    sys.stderr.write('e' * 1000)\n",
            &["output_limit"],
        ),
        before_stdin,
        hog,
        program(
            "big_file",
            "with open('big.bin', 'wb') as f:\n    f.write(b'0' * (100 * 1024 * 1024))\n",
            &["runtime_error"],
        ),
        program(
            "open_files",
            "files = []\nwhile True:\n    files.append(open('/dev/null'))\n",
            &["runtime_error"],
        ),
        program(
            "segfault",
            "import ctypes\nctypes.string_at(0)\n",
            &["runtime_error"],
        ),
        program(
            "write_tmp",
            &format!("open('{outside_dir}/pwned.txt', 'w').write('x')\n"),
            &["runtime_error"],
        ),
        program(
            "write_home",
            &format!("open('{}', 'w').write('x')\n", home_target.display()),
            &["runtime_error"],
        ),
        program(
            "write_through_symlink",
            &format!(
                "import os\nos.symlink('{outside_dir}', 'link')\nopen('link/through.txt', 'w').write('x')\n"
            ),
            &["runtime_error"],
        ),
        program(
            "delete_outside",
            &format!("import os\nos.remove('{}')\n", keep.display()),
            &["runtime_error"],
        ),
        program(
            "tcp_connect",
            &format!(
                "import socket\nsocket.create_connection(('127.0.0.1', {tcp_port}), timeout=2).sendall(b'hi')\n"
            ),
            &["runtime_error"],
        ),
        program(
            "udp_send",
            &format!(
                "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.sendto(b'hi', ('127.0.0.1', {udp_port}))\nprint('sent')\n"
            ),
            &["runtime_error", "passed"],
        ),
        program(
            "read_secret",
            "import os\nassert 'PYROAD_TEST_SECRET' not in os.environ, os.environ['PYROAD_TEST_SECRET']\nprint(os.environ.get('HOME'))\n",
            &["passed"],
        ),
        program(
            "open_descriptors",
            "import os\nfds = sorted(int(fd) for fd in os.listdir('/proc/self/fd'))\nassert fds == [0, 1, 2, 3], fds\n",
            &["passed"],
        ),
    ];
    write_course(course.path(), &programs);
    let (report, peak_kb) = verify(course.path(), "hunter2-secret");

    let found = verdicts(&report);
    for p in &programs {
        let (verdict, message) = &found[p.name];
        assert!(
            p.verdicts.contains(&verdict.as_str()),
            "{}: {verdict} ({message}), expected one of {:?}",
            p.name,
            p.verdicts
        );
    }
    assert!(
        found["big_file"].1.contains("File too large"),
        "{:?}",
        found["big_file"]
    );
    assert!(
        found["open_files"].1.contains("Too many open files"),
        "{:?}",
        found["open_files"]
    );
    assert!(
        found["segfault"].1.contains("SIGSEGV"),
        "{:?}",
        found["segfault"]
    );
    assert!(
        !report.to_string().contains("hunter2-secret"),
        "the secret reached a case"
    );

    // Nothing of any case is left running.
    std::thread::sleep(Duration::from_millis(200));
    let survivors = processes_with(&marker);
    assert!(survivors.is_empty(), "left running: {survivors:#?}");
    // Nothing written or deleted outside the cases' folders.
    assert!(!outside.path().join("pwned.txt").exists());
    assert!(!outside.path().join("through.txt").exists());
    assert!(
        !home_target.exists(),
        "{} was written",
        home_target.display()
    );
    assert_eq!(std::fs::read_to_string(&keep).unwrap(), "learner data");
    // No connection and no datagram arrived.
    assert!(tcp.accept().is_err(), "a case connected to the host");
    let mut buffer = [0u8; 16];
    assert!(
        udp.recv_from(&mut buffer).is_err(),
        "a case sent a datagram to the host"
    );
    // pyroad itself stayed small through floods and hogs.
    assert!(
        peak_kb > 0 && peak_kb < 100 * 1024,
        "pyroad's peak memory: {peak_kb} kB"
    );
}

#[test]
fn legitimate_programs_still_pass() {
    let course = tempfile::tempdir().unwrap();
    let mut server = program(
        "loopback_server_and_client",
        "import asyncio\n\nasync def handle(reader, writer):\n    writer.write((await reader.readline()).upper())\n    await writer.drain()\n    writer.close()\n\nasync def main():\n    server = await asyncio.start_server(handle, '127.0.0.1', 0)\n    port = server.sockets[0].getsockname()[1]\n    reader, writer = await asyncio.open_connection('127.0.0.1', port)\n    writer.write(b'hello\\n')\n    print((await reader.readline()).decode().strip())\n    server.close()\n\nasyncio.run(main())\n",
        &["passed"],
    );
    server.spec = "network = \"loopback\"".into();
    let mut numpy = program(
        "numpy_if_installed",
        "import numpy\nprint(numpy.arange(4).sum())\n",
        &["passed", "skipped"],
    );
    numpy.spec = "requires = [\"numpy\"]".into();
    let mut utf8 = program(
        "utf8_in_and_out",
        "text = input()\nprint(text[::-1], len(text))\n",
        &["passed"],
    );
    utf8.stdin = "안녕하세요 pyroad ✓".into();
    let programs = vec![
        program(
            "process_pool",
            "from multiprocessing import Pool\n\nif __name__ == '__main__':\n    with Pool(4) as pool:\n        print(sum(pool.map(abs, range(-100, 100))))\n",
            &["passed"],
        ),
        program(
            "sixteen_threads",
            "import threading\nresults = []\nlock = threading.Lock()\ndef work(i):\n    with lock:\n        results.append(i * i)\nthreads = [threading.Thread(target=work, args=(i,)) for i in range(16)]\nfor t in threads: t.start()\nfor t in threads: t.join()\nprint(sum(results))\n",
            &["passed"],
        ),
        program(
            "asyncio_gather",
            "import asyncio\n\nasync def twice(x):\n    await asyncio.sleep(0.01)\n    return 2 * x\n\nasync def main():\n    print(sum(await asyncio.gather(*(twice(i) for i in range(50)))))\n\nasyncio.run(main())\n",
            &["passed"],
        ),
        server,
        utf8,
        numpy,
        program(
            "writes_in_its_folder",
            "import os, tempfile\nopen('out.txt', 'w').write('ok')\nwith tempfile.NamedTemporaryFile() as f:\n    f.write(b'x')\nos.makedirs('a/b')\nos.remove('out.txt')\n",
            &["passed"],
        ),
    ];
    write_course(course.path(), &programs);
    let (report, _) = verify(course.path(), "unused");
    let found = verdicts(&report);
    for p in &programs {
        let (verdict, message) = &found[p.name];
        assert!(
            p.verdicts.contains(&verdict.as_str()),
            "{}: {verdict} ({message})",
            p.name
        );
    }
}

/// `--no-sandbox` turns the optional layers off, and says so.
#[test]
fn no_sandbox_is_loud() {
    let course = tempfile::tempdir().unwrap();
    write_course(
        course.path(),
        &[program("hello", "print('hi')\n", &["passed"])],
    );
    let output = Command::new(assert_cmd::cargo::cargo_bin("pyroad"))
        .args([
            "--root",
            course.path().to_str().unwrap(),
            "--no-sandbox",
            "verify",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--no-sandbox"));
    let doctor = Command::new(assert_cmd::cargo::cargo_bin("pyroad"))
        .args(["--root", course.path().to_str().unwrap(), "doctor"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&doctor.stdout);
    for layer in [
        "time",
        "memory",
        "processes",
        "cleanup",
        "filesystem",
        "network",
        "signals",
    ] {
        assert!(
            text.lines().any(|l| l.contains(&format!(" {layer} "))),
            "doctor does not list {layer}:\n{text}"
        );
    }
}

/// Ctrl-C or SIGTERM during a run: the cases end and their folders go with them.
#[test]
fn an_interrupted_run_leaves_no_folders_or_processes() {
    let course = tempfile::tempdir().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let marker = format!("pyroad-interrupted-{}", std::process::id());
    let sleeper = format!(
        "import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', 'import time; time.sleep(1000)', '{marker}'])\ntime.sleep(1000)\n"
    );
    let programs: Vec<Program> = (0..2)
        .map(|_| program("sleeps", &sleeper, &["timeout"]))
        .collect();
    let programs: Vec<Program> = programs
        .into_iter()
        .enumerate()
        .map(|(i, mut p)| {
            p.name = if i == 0 { "sleeps_one" } else { "sleeps_two" };
            p.spec = "timeout = 60".into();
            p
        })
        .collect();
    write_course(course.path(), &programs);
    for signal in ["-INT", "-TERM"] {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("pyroad"))
            .args(["--root", course.path().to_str().unwrap(), "verify"])
            .env("TMPDIR", scratch.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(1500));
        Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "{signal}: {status:?}");
        std::thread::sleep(Duration::from_millis(200));
        let left: Vec<_> = std::fs::read_dir(scratch.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        assert!(left.is_empty(), "{signal}: folders left: {left:?}");
        assert!(
            processes_with(&marker).is_empty(),
            "{signal}: processes left"
        );
    }
}
