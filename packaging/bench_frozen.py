"""Start-up of the frozen program vs. the same program run from source, in one run.

    python packaging/bench_frozen.py [--runs 9] [--tab strategy] [--bundle dist/kvinnofrid-desktop]

Both sides run the same command, ``screenshot OUT.png --tab TAB`` (offscreen), alternately,
after one unmeasured warm-up each. Two figures per run, medians printed:

- **first paint**: from just before the process is spawned to the moment Qt first flushes the
  main window's painted contents to its window (Qt's own log line
  ``qt.widgets.painting: Flushing … of MainWindow``, time-stamped by Qt with
  ``QT_MESSAGE_PATTERN=%{time boot}`` on the same monotonic clock as ``time.monotonic()``).
  This is "start to first window painted"; it needs no change to the program.
- **screenshot total**: the whole command, including the 0.6 s the command deliberately waits
  for asynchronous PDF rendering before grabbing the window (the same on both sides).

Exit status 1 if the first-paint ratio (frozen / source) exceeds ``--max-ratio`` (1.3).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg

FLUSH = re.compile(r"^\s*(\d+\.\d+) qt\.widgets\.painting: Flushing .* of MainWindow", re.M)


def run_once(cmd: list[str], out: Path, tab: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds to first paint, seconds for the whole command) of one run."""
    started = time.monotonic()
    result = subprocess.run([*cmd, "screenshot", str(out), "--tab", tab], env=env,
                            capture_output=True, text=True, timeout=120)
    total = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"bench_frozen: {' '.join(cmd)} failed (exit {result.returncode}):\n"
                         f"{result.stderr[-2000:]}")
    match = FLUSH.search(result.stderr)
    if match is None:
        raise SystemExit("bench_frozen: Qt did not log the first paint; is the "
                         "qt.widgets.painting category available?\n" + result.stderr[-1500:])
    return float(match.group(1)) - started, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python packaging/bench_frozen.py",
        description="Compare start-up to the first painted window (offscreen) of the frozen "
        "bundle and of `python -m kvinnofrid_desktop`; medians of --runs runs each.")
    parser.add_argument("--runs", type=int, default=9, help="measured runs per side (9, ≥ 7)")
    parser.add_argument("--tab", default="strategy",
                        choices=["strategy", "collaboration", "action_card", "publications"])
    parser.add_argument("--bundle", type=Path, default=cfg.REPO / "dist" / cfg.APP_NAME,
                        help="the one-folder bundle (default: dist/kvinnofrid-desktop)")
    parser.add_argument("--max-ratio", type=float, default=1.3,
                        help="fail when frozen/source first paint exceeds this (1.3)")
    args = parser.parse_args(argv)
    if args.runs < 7:
        parser.error("--runs must be at least 7")
    exe = args.bundle / cfg.executable_name()
    if not exe.is_file():
        print(f"bench_frozen: {exe} does not exist; run python packaging/build.py first",
              file=sys.stderr)
        return 2

    home = Path(tempfile.mkdtemp(prefix="kvinnofrid-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "QT_LOGGING_RULES": "*.debug=false;qt.widgets.painting.debug=true",
           "QT_MESSAGE_PATTERN": "%{time boot} %{category}: %{message}",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "KVINNOFRID_DATA_DIR": str(home / "data" / "packs")}
    sides = {"frozen": [str(exe)], "source": [sys.executable, "-m", "kvinnofrid_desktop"]}
    figures: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    for name, cmd in sides.items():  # warm-up: page cache, fontconfig cache
        run_once(cmd, home / f"warm-{name}.png", args.tab, env)
    for i in range(args.runs):
        for name, cmd in sides.items():
            figures[name].append(run_once(cmd, home / f"{name}-{i}.png", args.tab, env))

    def median(name: str, index: int) -> float:
        return statistics.median(f[index] for f in figures[name]) * 1000

    print(f"Start-up, screenshot --tab {args.tab}, offscreen, medians of {args.runs} runs "
          f"(Python {sys.version.split()[0]}, {cfg.platform_tag()})")
    print(f"{'':8} {'first paint':>12} {'min':>8} {'max':>8} {'screenshot total':>17}")
    for name in sides:
        paints = [f[0] * 1000 for f in figures[name]]
        print(f"{name:8} {median(name, 0):9.0f} ms {min(paints):5.0f} ms {max(paints):5.0f} ms "
              f"{median(name, 1):14.0f} ms")
    ratio = median("frozen", 0) / median("source", 0)
    total_ratio = median("frozen", 1) / median("source", 1)
    verdict = "OK" if ratio <= args.max_ratio else "TOO SLOW"
    print(f"ratio frozen/source: first paint {ratio:.2f}x, screenshot total {total_ratio:.2f}x "
          f"(target ≤ {args.max_ratio}x: {verdict})")
    return 0 if ratio <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
