"""Pack build time per page (issue 2): the default pack from Markdown, and real third-party PDFs.

    python benchmarks/bench_build.py [--runs 3]

Prints medians. The Markdown pack includes rendering with fpdf2; the third-party pack only
copies, opens and extracts text, which is what a county coordinator's official PDFs cost.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kvinnofrid_desktop.core.authoring.build import build_pack
from kvinnofrid_desktop.core.bundled import content_source_dir
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

THIRD_PARTY = [
    Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"),
    Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
]


def third_party_source(folder: Path) -> Path | None:
    pdfs = [p for p in THIRD_PARTY if p.exists()]
    if not pdfs:
        return None
    folder.mkdir()
    lines = ['[pack]\nid = "bench.real"\nversion = "2026-11-26"\npublisher = "Bench"\n']
    for n, pdf in enumerate(pdfs):
        shutil.copy(pdf, folder / pdf.name)
        lines.append(f'[[document]]\nid = "doc{n}"\ntitle = "{pdf.stem}"\ntab = "publication"\n'
                     f'summary = ""\npublisher = "Debian"\nfile = "{pdf.name}"\n')
    (folder / "catalog.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def measure(src: Path, runs: int, tmp: Path) -> tuple[float, int]:
    engine = QtPdfEngine()
    times, pages = [], 0
    for n in range(runs):
        started = time.perf_counter()
        report = build_pack(src, tmp / f"out-{src.name}-{n}", engine=engine)
        times.append(time.perf_counter() - started)
        pages = report.pages
    return statistics.median(times), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rows = [("default pack (Markdown → PDF)", *measure(content_source_dir(), args.runs, tmp))]
        real = third_party_source(tmp / "real")
        if real is not None:
            rows.append(("third-party PDFs (copy + extract)", *measure(real, args.runs, tmp)))
    print(f"runs: {args.runs} (median)")
    for name, seconds, pages in rows:
        print(f"| {name:36s} | {pages:4d} pages | {seconds:6.2f} s | "
              f"{seconds / pages * 1000:6.1f} ms/page |")


if __name__ == "__main__":
    main()
