"""PyInstaller's entry script: the frozen program does exactly what ``python -m kvinnofrid_desktop``
does. Nothing frozen-specific happens here; the bundle's layout makes ``importlib.resources``
find the shipped files the same way as in a checkout (see kvinnofrid_desktop.spec)."""

import sys

from kvinnofrid_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
