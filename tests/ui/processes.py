"""A fresh Python for the tests that need one: start-up, imports, leaks and the program itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_python(*args: str, env: dict[str, str] | None = None, timeout: int = 60,
               prefix: tuple[str, ...] = (),
               cwd: Path | str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python ARGS` offscreen (a child never opens a window on the developer's screen)
    and return its exit code and captured text; `prefix` wraps it (strace)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([*prefix, sys.executable, *args], capture_output=True, text=True,
                          timeout=timeout, env=environment, cwd=cwd)
