#!/usr/bin/env python3
"""How long watch takes from a save to the verdict, less the Python run itself.

Starts `pyroad watch` (plain mode, stdin piped) on a one-exercise course, saves the
exercise --saves times with new content, and for each save measures the time until the
verdict line appears, minus the case's own run time that pyroad reports (its "N ms").
Prints the median and the worst. Target: under 50 ms.

    cargo build --release && python3 bench/watch_latency.py
"""

from __future__ import annotations

import argparse
import queue
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SPEC = """title = "Echo"
instructions = "Print hello."
[[cases]]
name = "only"
expect = "hello"
"""


def make_course(root: Path) -> Path:
    topic = root / "exercises" / "01_bench" / "01_watch"
    topic.mkdir(parents=True)
    (root / "exercises" / "01_bench" / "level.toml").write_text('title = "Bench"\n')
    (topic / "topic.toml").write_text('title = "Watch"\n')
    (topic / "01_echo.toml").write_text(SPEC)
    exercise = topic / "01_echo.py"
    exercise.write_text("print('hello')  # 0\n")
    return exercise


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=20)
    args = parser.parse_args()
    binary = ROOT / "target" / "release" / "pyroad"
    if not binary.exists():
        print("build first: cargo build --release", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="pyroad-watch-bench-") as tmp:
        exercise = make_course(Path(tmp))
        watch = subprocess.Popen(
            [str(binary), "--root", tmp, "watch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        lines: queue.Queue[tuple[float, str]] = queue.Queue()

        def read() -> None:
            assert watch.stdout is not None
            for line in watch.stdout:
                lines.put((time.perf_counter(), line))

        threading.Thread(target=read, daemon=True).start()
        run_time = re.compile(r"✓ only\s+(\d+) ms")

        def verdict_after(start: float) -> float:
            """Seconds from `start` to the verdict, less the reported run time."""
            while True:
                seen, line = lines.get(timeout=30)
                match = run_time.search(line)
                if match and seen >= start:
                    return seen - start - int(match.group(1)) / 1000

        verdict_after(0.0)  # the first run, at start
        latencies = []
        for i in range(1, args.saves + 1):
            time.sleep(0.3)
            start = time.perf_counter()
            exercise.write_text(f"print('hello')  # {i}\n")
            latencies.append(verdict_after(start) * 1000)
        assert watch.stdin is not None
        watch.stdin.close()
        watch.wait(timeout=10)
    print(f"{args.saves} saves: save-to-verdict less the Python run")
    print(
        f"median {statistics.median(latencies):.1f} ms, worst {max(latencies):.1f} ms"
    )
    print("target: under 50 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
