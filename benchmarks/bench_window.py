"""Window benchmarks (issue 3), offscreen: start-up, opening a large PDF, paging, memory.

    python benchmarks/bench_window.py [--runs 7]

Prints medians. Start-up is measured from just before the process is spawned to Qt's first
flush of the window to the screen, for the bare QPdfView script and for the real program
(``python -m kvinnofrid_desktop`` on fresh settings, killed once measured): Qt logs each flush
(``qt.widgets.painting``) with a time stamp on the clock ``time.monotonic()`` reads, so neither
needs a hook, and both include interpreter and Qt start-up. The program paints a first frame
(menus, tabs, the remembered page) and completes the window right after. Two more figures come
from scripts doing the same steps with time stamps: when the complete window exists, and when
the page's text is on screen (a page view's first paint shows blank pages: PDFium renders on a
thread).

Both run with cached bytecode, as an installed program does (pip compiles at install,
PyInstaller ships .pyc): this machine sets PYTHONDONTWRITEBYTECODE, which would otherwise make
every start compile each of the program's modules again.
"""

from __future__ import annotations

import argparse
import atexit
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
DEFAULT_PDF = REPO / "resources" / "packs" / "default" / "docs" / "strategi.pdf"
_PYCACHE = tempfile.mkdtemp(prefix="bench-pycache-")
atexit.register(shutil.rmtree, _PYCACHE, ignore_errors=True)
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CHILD_ENV.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=_PYCACHE)

# Pages render on a thread: a view's first paint shows blank pages. Both scripts also report when
# the page's text is on screen (a dark pixel in the page view, searched in C by a regex). It is
# defined after the first time stamp: importing anything before the program would change what
# the first one measures.
TEXT_DRAWN = """
    def text_drawn(widget):
        import re
        from PySide6.QtGui import QImage
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        image = image.copy(0, 0, image.width() // 4 * 4, image.height())  # no row padding
        return re.search(rb"[\\x00-\\x60]", bytes(image.constBits())) is not None
"""

BARE = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    app = QApplication(sys.argv)
    doc = QPdfDocument()
    doc.load(sys.argv[1])
    view = QPdfView()
    view.setDocument(doc)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    print(time.time())
""" + TEXT_DRAWN + """
    while not text_drawn(view.viewport()):
        app.processEvents()
    print(time.time())
""")

# The same steps as app.main(): a deferred window that completes itself after its first paint.
PROGRAM = textwrap.dedent("""
    import sys, time, tempfile
    from pathlib import Path
    from kvinnofrid_desktop.app import create_main_window, ensure_application
    app = ensure_application()
    window = create_main_window(settings_path=Path(tempfile.mkdtemp()) / "s.ini", deferred=True)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(time.time())
""" + TEXT_DRAWN + """
    def page_view():  # the preview's until the window is complete, then the viewer's
        if window.is_complete():
            return window.current_viewer().view
        return window.lazy_tabs["strategy"].placeholder().view
    text = complete = None
    while text is None or complete is None:
        app.processEvents()
        if complete is None and window.is_complete():
            complete = time.time()
        if text is None and text_drawn(page_view().viewport()):
            text = time.time()
    print(complete)
    print(text)
""")

MEMORY = textwrap.dedent(r"""
    import re, tempfile, time
    from pathlib import Path
    from kvinnofrid_desktop.app import create_main_window, ensure_application
    app = ensure_application()
    window = create_main_window(settings_path=Path(tempfile.mkdtemp()) / "s.ini")
    window.resize(1280, 800)
    window.show()
    for tab in ("strategy", "collaboration", "action_card", "publications"):
        window.show_tab(tab)
        end = time.monotonic() + 0.4
        while time.monotonic() < end:
            app.processEvents()
    window.search_panel.search_now("orosanmälan")
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        app.processEvents()
    # VmHWM, not getrusage: ru_maxrss carries over the parent's peak across fork and exec.
    status = open("/proc/self/status").read()
    print(int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024)
""")


FLUSH = re.compile(r"^\s*(\d+\.\d+) qt\.widgets\.painting: Flushing .* of (MainWindow|QPdfView)\b")


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` to Qt's first flush of its window to the screen."""
    env = {**env, "QT_LOGGING_RULES": "qt.widgets.painting=true",
           "QT_MESSAGE_PATTERN": "%{time boot} %{category}: %{message}"}
    started = time.monotonic()
    with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stderr is not None
        try:
            for line in proc.stderr:
                if match := FLUSH.match(line):
                    return float(match.group(1)) - started
        finally:
            proc.kill()
    raise RuntimeError(f"{command[:3]} never painted a window")


def time_to_shown(script: str, *args: str) -> list[float]:
    """Seconds from spawning ``script`` to each time stamp it prints."""
    started = time.time()
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                         check=True, env=CHILD_ENV).stdout
    return [float(line) - started for line in out.split()]


def make_big_pdf(path: Path, pages: int = 300) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    words = ("Socialtjansten tar emot orosanmalan om barn som far illa och gor en "
             "skyddsbedomning samma dag. ") * 6
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", "B", 16)
        pdf.cell(0, 10, f"Sida {n + 1}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=11)
        for _ in range(12):
            pdf.multi_cell(0, 5, words, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def viewer_timings(pdf: Path, runs: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    from kvinnofrid_desktop.app import ensure_application
    from kvinnofrid_desktop.ui.viewer import PdfViewer

    app = ensure_application()

    class PaintWatch(QObject):
        painted_at = 0.0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted_at:
                self.painted_at = time.perf_counter()
            return False

    opens, flips, peaks = [], [], []
    for _ in range(runs):
        viewer = PdfViewer()
        viewer.resize(1280, 800)
        viewer.show()
        app.processEvents()
        watch = PaintWatch()
        viewer.view.viewport().installEventFilter(watch)
        started = time.perf_counter()
        viewer.open_document(pdf)
        while not watch.painted_at:
            app.processEvents()
        opens.append(watch.painted_at - started)
        for page in range(2, 22):
            watch.painted_at = 0.0
            started = time.perf_counter()
            viewer.go_to_page(page)
            deadline = time.perf_counter() + 1.0
            while not watch.painted_at and time.perf_counter() < deadline:
                app.processEvents()
            flips.append((watch.painted_at or time.perf_counter()) - started)
        peaks.append(_vm_hwm())
        viewer.close()
        viewer.deleteLater()
        # processEvents() does not run deferred deletes: without this every run's viewer
        # (and its page cache) would stay alive and slow the next run down.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    return opens, flips, peaks


def _vm_hwm() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        line = next(x for x in fh if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    # Killed once measured, the program never writes its settings: every run is a first start.
    program_env = {**CHILD_ENV, "XDG_CONFIG_HOME": str(home / "config"),
                   "KVINNOFRID_DATA_DIR": str(home / "data"),
                   "KVINNOFRID_POLICY": str(home / "policy.json")}
    bare_cmd = [sys.executable, "-c", BARE, str(DEFAULT_PDF)]
    program_cmd = [sys.executable, "-m", "kvinnofrid_desktop"]
    time_to_shown(BARE, str(DEFAULT_PDF))  # warm the disk and bytecode caches for both
    time_to_shown(PROGRAM)
    time_to_first_paint(program_cmd, program_env)
    bare, bare_text, ours, complete, ours_text = [], [], [], [], []
    for _ in range(args.runs):  # interleaved: a busy moment of the machine hits both alike
        bare.append(time_to_first_paint(bare_cmd, CHILD_ENV))
        ours.append(time_to_first_paint(program_cmd, program_env))
        bare_text.append(time_to_shown(BARE, str(DEFAULT_PDF))[1])
        _first, done, text = time_to_shown(PROGRAM)
        complete.append(done)
        ours_text.append(text)
    ratio = statistics.median(ours) / statistics.median(bare)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "300-sidor.pdf"
        make_big_pdf(big)
        opens, flips, peaks = viewer_timings(big, max(3, args.runs // 2))
    memory = [float(subprocess.run([sys.executable, "-c", MEMORY], capture_output=True,
                                   text=True, check=True, env=CHILD_ENV).stdout.strip())
              for _ in range(3)]
    print(f"runs: {args.runs}, offscreen, 1280x800")
    print(f"| start → first window painted, bare QPdfView script | {ms(bare)} |")
    print(f"| start → first window painted, kvinnofrid-desktop   | {ms(ours)} | {ratio:.2f}× bare "
          "(target ≤ 1.5×)")
    print(f"| start → page text on screen, bare / ours           | {ms(bare_text)} | "
          f"{ms(ours_text)} |")
    print(f"| start → window complete (visible tab built)        | {ms(complete)} |")
    print(f"| open 300-page PDF → first page painted             | {ms(opens)} | target ≤ 150 ms")
    print(f"| page → next page painted (median)                  | {ms(flips)} | target ≤ 30 ms")
    p95 = sorted(flips)[int(len(flips) * 0.95) - 1]
    print(f"| page → next page painted (p95)                     | {p95 * 1000:8.1f} ms |")
    print(f"| peak RSS of the process paging a 300-page PDF      | {max(peaks):8.1f} MB |")
    memory_mb = statistics.median(memory)
    print(f"| peak RSS, all four tabs visited + a search         | {memory_mb:8.1f} MB"
          " | target ≤ 150 MB")


if __name__ == "__main__":
    main()
