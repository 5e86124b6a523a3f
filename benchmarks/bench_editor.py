"""Editor benchmark (issue 20): what the coordinator waits for in Redaktörsläge.

    python benchmarks/bench_editor.py [--runs 7]

On a source folder made from the default pack, prints medians of: opening the folder
(``SourceFolder.open``), the problem checks the window runs after each change (the first run,
which opens each PDF the catalog names, and a later one, which finds them unchanged), one
field change plus the draft written beside the sources, a save, and the publish build (``pack
build`` + ``pack verify``) of the whole folder. The window itself does the checks on the GUI
thread 300 ms after the last change; the build runs on a worker thread with progress shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kvinnofrid_desktop.core.authoring.checks import PdfCheckCache, check_source
from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
from kvinnofrid_desktop.core.authoring.publish import build
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def one_run(run: int, record: Callable[[str, float], None]) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-editor-") as tmp:
        root = create_from_pack(default_pack_dir(), Path(tmp) / "källa")
        start = time.perf_counter()
        folder = SourceFolder.open(root)
        record("open the source folder", ms_since(start))
        cache = PdfCheckCache(QtPdfEngine())
        for name in ("problem checks, first run", "problem checks, after a change"):
            start = time.perf_counter()
            check_source(folder, pdfs=cache)
            record(name, ms_since(start))
        start = time.perf_counter()
        folder.set_contact_field("sala-socialjour", "phone", f"0224-555 0{run % 10}")
        folder.write_draft()
        record("a field changed + the draft written", ms_since(start))
        start = time.perf_counter()
        folder.save()
        record("save (catalog and card, atomically)", ms_since(start))
        if run < 3:  # seconds each: three are enough for a median
            start = time.perf_counter()
            build(folder, Path(tmp) / "paket", engine=QtPdfEngine())
            record("publish build (pack build + pack verify)", ms_since(start))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {}
    for run in range(args.runs):
        one_run(run, lambda name, ms: figures.setdefault(name, []).append(ms))
    width = max(len(name) for name in figures)
    print(f"runs: {args.runs} (build: {len(figures['publish build (pack build + pack verify)'])})"
          ", source folder from the default pack")
    for name, values in figures.items():
        print(f"| {name:<{width}} | {statistics.median(values):9.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
