"""The command line's exit codes, one list for every command (scripts and IT's tools test them;
docs/content-updates.md names them)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    PROBLEMS = 1  # the file or pack has problems, or the store refused it (one line each);
    # or, quietly, the reader of stdout stopped reading ("| head -1")
    USAGE = 2  # the command line itself is wrong (argparse's own code for that)
    BUSY = 3  # another program holds the content store's lock; try again
