"""Refresh the English translation from the sources and compile it (maintainers only).

    python resources/translations/update.py           # lupdate, then lrelease
    python resources/translations/update.py --check   # only report; exit 1 if anything is stale

lupdate reads every user-visible string of the interface (``src/kvinnofrid_desktop/ui/**.py``
and ``app.py``) into ``kvinnofrid_en.ts``, keeping the translations already there and dropping
strings the sources no longer have. Translate the new entries (Qt Linguist, or any editor:
each ``<translation type="unfinished">`` needs its English text and the ``type`` attribute
removed), then run this script again: lrelease compiles ``kvinnofrid_en.qm``, the file the
program loads. Both files are committed; ``tests/unit/test_translations.py`` fails when they
are out of step with the sources. See docs/i18n.md.

The tools come with PySide6 (``pyside6-lupdate``, ``pyside6-lrelease``); nothing else is needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PACKAGE = REPO / "src" / "kvinnofrid_desktop"
TS = HERE / "kvinnofrid_en.ts"
QM = HERE / "kvinnofrid_en.qm"
SOURCE_LANGUAGE = "sv_SE"
TARGET_LANGUAGE = "en_GB"


def sources() -> list[Path]:
    """The files whose strings are translated: the interface package and the start-up code."""
    files = sorted(p for p in (PACKAGE / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    return [*files, PACKAGE / "app" / "start.py"]


def tool(name: str) -> list[str]:
    """The command that runs Qt's ``lupdate`` or ``lrelease`` as shipped with PySide6.

    The ``pyside6-*`` wrappers are on PATH after ``pip install``; a bundled Python or an
    unusual install may only have the binaries inside the PySide6 package folder.
    """
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return [wrapper]
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name,
                      folder / "Qt" / "libexec" / name):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    # PySide6's own entry points (what the pyside6-* wrappers call), run by this Python.
    return [sys.executable, "-c", "import sys; from PySide6.scripts import pyside_tool; "
            "getattr(pyside_tool, sys.argv.pop(1))()", name]


def _run(command: list[str]) -> str:
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:2])} … failed ({result.returncode}):\n"
                         f"{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def lupdate(ts: Path) -> str:
    """Extract the strings of ``sources()`` into ``ts`` (merged with what ``ts`` already has;
    strings no longer in the sources are dropped)."""
    files = [os.path.relpath(p, REPO) for p in sources()]
    return _run([*tool("lupdate"), *files, "-no-obsolete", "-locations", "absolute",
                 "-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LANGUAGE,
                 "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> str:
    return _run([*tool("lrelease"), str(ts), "-qm", str(qm)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the .ts or .qm is out of date")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh_ts, fresh_qm = Path(tmp) / TS.name, Path(tmp) / QM.name
            shutil.copyfile(TS, fresh_ts)
            lupdate(fresh_ts)
            lrelease(TS, fresh_qm)
            stale = [name for name, same in (
                (TS.name, _messages(fresh_ts) == _messages(TS)),
                (QM.name, QM.is_file() and fresh_qm.read_bytes() == QM.read_bytes())) if not same]
        for name in stale:
            print(f"{name} is out of date: run python {os.path.relpath(__file__)}")
        # lrelease counts a translation typed in but still marked unfinished as finished, and
        # one left empty is shown in Swedish: either way the English interface is incomplete.
        unfinished = [source for _c, source, _t, kind in _messages(TS) if kind == "unfinished"]
        for source in unfinished:
            print(f"not translated yet (type=\"unfinished\"): {source!r}")
        return 1 if stale or unfinished else 0
    print(lupdate(TS).strip())
    print(lrelease(TS, QM).strip())
    return 0


def _messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) of every message: what --check compares."""
    import xml.etree.ElementTree as ET

    rows = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            rows.append((name, message.findtext("source") or "",
                         translation.text if translation is not None else None,
                         translation.get("type") if translation is not None else None))
    return sorted(rows, key=lambda r: tuple(str(x) for x in r))


if __name__ == "__main__":
    sys.exit(main())
