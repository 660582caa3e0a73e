#!/usr/bin/env python3
"""How much pyroad costs over running the cases by hand.

Times, in one run on one machine, over the shipped solutions:
  (a) pyroad verify --solutions -j 1
  (b) the plain sequential loop: for each case, the real python on the solution
      (or its driver) with the case's stdin, output compared with cmp
  (c) pyroad verify --solutions with the default number of workers
  (d) pyroad verify --solutions -j 1 --no-sandbox
and prints a/b and c/b, and the sandbox's cost per case, (a - d) / cases. Each
is run --rounds times and the fastest run counts, which is the least noisy figure
on a shared machine.

    cargo build --release && python3 bench/verify_speed.py
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent


def real_python() -> str:
    """The interpreter pyroad would resolve: python3's sys.executable, not a shim."""
    out = subprocess.run(
        ["python3", "-c", "import sys; print(sys.executable)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def exercises() -> list[tuple[str, Path, dict]]:
    """(name, solution file, spec) of every exercise that needs nothing installed."""
    found = []
    for spec_path in sorted((ROOT / "exercises").glob("*/*/*.toml")):
        if spec_path.name == "topic.toml":
            continue
        spec = tomllib.loads(spec_path.read_text(encoding="utf-8"))
        if spec.get("requires"):
            continue
        rel = spec_path.relative_to(ROOT / "exercises").with_suffix(".py")
        name = spec_path.stem.split("_", 1)[1]
        found.append((name, ROOT / "solutions" / rel, spec))
    return found


def prepare_plain_loop(work: Path, python: str) -> tuple[Path, int]:
    """Lays out every case in its own folder and writes the loop as a shell script."""
    lines = []
    count = 0
    for _, solution, spec in exercises():
        for case in spec["cases"]:
            folder = work / f"case{count}"
            folder.mkdir()
            (folder / "exercise.py").write_bytes(solution.read_bytes())
            files = dict(spec.get("files", {}))
            files.update(case.get("files", {}))
            for name, content in files.items():
                path = folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8")
            driver = case.get("driver", spec.get("driver"))
            script = "exercise.py"
            if driver is not None:
                (folder / "_pyroad_driver.py").write_text(driver, encoding="utf-8")
                script = "_pyroad_driver.py"
            (folder / "stdin").write_text(case.get("stdin", ""), encoding="utf-8")
            (folder / "expect").write_text(case.get("expect", ""), encoding="utf-8")
            args = " ".join(shlex.quote(a) for a in case.get("args", []))
            lines.append(
                f"cd {shlex.quote(str(folder))} && "
                f"{shlex.quote(python)} {script} {args} < stdin > out 2> err; "
                "cmp -s out expect"
            )
            count += 1
    loop = work / "loop.sh"
    loop.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return loop, count


def fastest(
    command: list[str], rounds: int, env: dict[str, str], must_pass: bool
) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        done = subprocess.run(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
        best = min(best, time.perf_counter() - start)
        if must_pass and done.returncode != 0:
            raise SystemExit(
                f"{shlex.join(command[:4])} … failed:\n{done.stderr.decode()}"
            )
    return best


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    binary = ROOT / "target" / "release" / "pyroad"
    if not binary.exists():
        print("build first: cargo build --release", file=sys.stderr)
        return 2
    python = real_python()
    env = dict(os.environ, PYROAD_PYTHON=python)
    names = [name for name, _, _ in exercises()]
    with tempfile.TemporaryDirectory(prefix="pyroad-bench-") as tmp:
        loop, cases = prepare_plain_loop(Path(tmp), python)
        verify = [str(binary), "--root", str(ROOT), "verify", "--solutions", *names]
        a = fastest([*verify, "-j", "1"], args.rounds, env, must_pass=True)
        b = fastest(["bash", str(loop)], args.rounds, env, must_pass=False)
        c = fastest(verify, args.rounds, env, must_pass=True)
        d = fastest(
            [*verify, "-j", "1", "--no-sandbox"], args.rounds, env, must_pass=True
        )
    print(f"{len(names)} exercises, {cases} cases, {os.cpu_count()} CPUs,", end=" ")
    print(f"fastest of {args.rounds}")
    for label, seconds in [
        ("(a) pyroad verify --solutions -j 1", a),
        ("(b) plain loop: python + cmp", b),
        ("(c) pyroad verify --solutions", c),
        ("(d) as (a), --no-sandbox", d),
    ]:
        print(f"{label:36} {seconds:7.2f} s  {seconds / cases * 1000:6.1f} ms/case")
    print(f"a/b = {a / b:.2f}   (target <= 1.10)")
    print(f"c/b = {c / b:.2f}   (target <= 0.60)")
    print(f"sandbox cost: {(a - d) / cases * 1000:.1f} ms per case")
    return 0


if __name__ == "__main__":
    sys.exit(main())
