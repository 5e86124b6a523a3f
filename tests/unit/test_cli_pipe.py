"""A command whose reader stops reading ("kvinnofrid-desktop search barn | head -1") ends
quietly, without Python's traceback for the closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("argv", [
    ["search", "barn"], ["search", "barn", "--json"], ["card", "show", "Sala"],
    ["card", "show", "Sala", "--json"], ["pack", "list"], ["pack", "list", "--json"],
    ["--version"],
], ids=" ".join)
# Python buffers a pipe's output unless PYTHONUNBUFFERED is set: then the closed pipe is found
# when the output is flushed at exit, after the command has returned.
@pytest.mark.parametrize("unbuffered", [True, False], ids=["unbuffered", "buffered"])
def test_a_closed_pipe_ends_the_command_without_a_traceback(argv: list[str],
                                                            unbuffered: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    done = _closed_pipe_run(argv, env)
    assert done.stderr == ""
    assert done.returncode == 1  # it did not write everything it had


def _closed_pipe_run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    reader, writer = os.pipe()
    os.close(reader)  # what "| head" does once it has its lines: every write now fails
    try:
        return subprocess.run([sys.executable, "-m", "kvinnofrid_desktop", *argv],
                              stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120,
                              check=False, env=env)
    finally:
        os.close(writer)


def test_help_to_a_closed_pipe_ends_quietly() -> None:
    # Buffered, as Python writes to a pipe by default: argparse prints the help and exits; the
    # closed pipe was found at exit ("Exception ignored … BrokenPipeError", exit code 120).
    # (Unbuffered, argparse drops the failed write itself and exits 0.)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = _closed_pipe_run(["card", "--help"], env)
    assert done.stderr == ""
    assert done.returncode == 1


def test_a_build_whose_progress_nobody_reads_stops_quietly(tmp_path: Path) -> None:
    """Its progress lines are printed inside the build's error handling, which said "paketet
    byggdes inte: Broken pipe" for the closed pipe."""
    out = tmp_path / "paket"
    done = _closed_pipe_run(["pack", "build", str(REPO / "resources" / "content-src"),
                             str(out)], {**os.environ, "PYTHONUNBUFFERED": "1"})
    assert done.stderr == ""
    assert done.returncode == 1


def test_the_same_command_writes_its_hits_to_an_open_pipe() -> None:
    done = subprocess.run([sys.executable, "-m", "kvinnofrid_desktop", "search", "barn"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(" 1. ")
