"""Entry point: ``python -m kvinnofrid_desktop`` and the ``kvinnofrid-desktop`` script."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    # The command line never imports Qt unless a command needs it (fast, works headless).
    from kvinnofrid_desktop.cli.main import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
