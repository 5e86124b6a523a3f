"""A command whose reader stops reading ("kvinnofrid-desktop search barn | head -1") ends
quietly, without Python's traceback for the closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("argv", [["search", "barn"], ["card", "show", "Sala"]])
def test_a_closed_pipe_ends_the_command_without_a_traceback(argv: list[str]) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # what "| head" does once it has its lines: every write now fails
    try:
        done = subprocess.run([sys.executable, "-m", "kvinnofrid_desktop", *argv],
                              stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120,
                              check=False)
    finally:
        os.close(writer)
    assert done.stderr == ""
    assert done.returncode == 1  # it did not write everything it had


def test_the_same_command_writes_its_hits_to_an_open_pipe() -> None:
    done = subprocess.run([sys.executable, "-m", "kvinnofrid_desktop", "search", "barn"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(" 1. ")
