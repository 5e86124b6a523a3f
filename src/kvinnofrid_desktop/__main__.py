"""Entry point: ``python -m kvinnofrid_desktop`` and the ``kvinnofrid-desktop`` script."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    # The command line never imports Qt unless a command needs it (fast, works headless).
    from kvinnofrid_desktop.cli.exit import ExitCode
    from kvinnofrid_desktop.cli.main import run

    try:
        return run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        # The reader stopped reading ("… | head"): stop quietly, as other command-line tools do.
        # Python would otherwise print a traceback, and another one when it flushes at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.PROBLEMS


if __name__ == "__main__":
    sys.exit(main())
