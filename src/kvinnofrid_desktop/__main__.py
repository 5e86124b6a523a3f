"""Entry point: ``python -m kvinnofrid_desktop`` and the ``kvinnofrid-desktop`` script."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    # The command line never imports Qt unless a command needs it (fast, works headless).
    from kvinnofrid_desktop.cli.exit import ExitCode
    from kvinnofrid_desktop.cli.main import run

    # A terminal or pipe that cannot take "å" (PYTHONIOENCODING=ascii, an old code page): the
    # letter is written as \xe5 rather than the command dying with a UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and getattr(stream, "errors", None) == "strict" \
                and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        try:
            return run(sys.argv[1:] if argv is None else argv)
        finally:
            # Here, not at exit (after argparse's --help too): Python keeps a pipe's output in
            # a buffer, and a closed pipe found when it flushed at exit printed "Exception
            # ignored … BrokenPipeError", exit code 120. (No stdout at all under pythonw.)
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped reading ("… | head"): stop quietly, as other command-line tools do,
        # with the code of a command that did not do all it was asked (docs/content-updates.md).
        # Python would otherwise print a traceback, and another one when it flushes at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.PROBLEMS


if __name__ == "__main__":
    sys.exit(main())
