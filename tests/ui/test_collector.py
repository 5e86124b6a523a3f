"""Cycles are freed on the GUI thread, between events, never by a worker (app/collector.py).

The crash this prevents: an import dialog dropped into a reference cycle was freed by a
collection that happened to run in the next dialog's reading worker; its busy progress bar's
animation stayed registered with the GUI thread's animation timer, which crashed on its next
tick. Without the collector, a stress script doing what the subprocess test below does crashed
in 9 runs of 12, and the test itself failed in 5 runs of 6.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import weakref
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kvinnofrid_desktop.app import collector
from kvinnofrid_desktop.app.start import ensure_application

TESTS = Path(__file__).resolve().parent


class _Holder:
    """Half of a cycle that owns a widget, as a dialog and the lambda on its worker are."""

    def __init__(self) -> None:
        self.widget = QWidget()
        self.me = self


def test_the_application_collects_only_on_the_gui_thread(qtbot) -> None:
    app = ensure_application()
    assert not gc.isenabled()
    assert collector.install(app) is collector.install(app)  # one collector per process

    freed_on: list[int] = []
    held = [_Holder()]  # made on the GUI thread, as widgets are
    weakref.finalize(held[0], lambda: freed_on.append(threading.get_ident()))

    def drop_a_cycle_and_allocate() -> None:  # as a worker reading a pack does
        held.clear()  # unreachable now, and only the cycle collector can free it
        junk = [[i] for i in range(10_000)]
        del junk

    worker = threading.Thread(target=drop_a_cycle_and_allocate)
    before = gc.get_threshold()
    gc.set_threshold(1, 1, 1)  # every allocation is due for a full collection
    try:
        worker.start()
        worker.join()
        assert freed_on == []  # the worker's allocations did not free the widget
        qtbot.waitUntil(lambda: bool(freed_on), timeout=3 * collector.INTERVAL_MS)
    finally:
        gc.set_threshold(*before)
    assert freed_on == [threading.main_thread().ident]


def test_nothing_is_collected_before_a_threshold_is_crossed() -> None:
    gc.collect()
    assert collector.install(ensure_application()).collect_due() == 0


_DROPPED_DIALOGS = textwrap.dedent("""
    import gc, os, sys, tempfile, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    tmp = Path(tempfile.mkdtemp())
    os.environ["KVINNOFRID_DATA_DIR"] = str(tmp / "data")
    os.environ["KVINNOFRID_POLICY"] = str(tmp / "policy.json")
    from kvinnofrid_desktop.app.start import ensure_application
    from kvinnofrid_desktop.core.install.store import PackStore
    from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
    from kvinnofrid_desktop.app import collector
    from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog
    from test_import_dialog import V1, V2, kvpack

    app = ensure_application()  # with the program's collector, as the program runs
    store = PackStore()
    store.import_pack(kvpack(tmp, V1), allow_unsigned=True)
    archive = kvpack(tmp, V2, "unsigned")
    gc.set_threshold(5, 1, 1)  # collections as often as the interpreter allows
    for _ in range(60):
        dialog = ImportDialog(store, archive, pdf_engine_factory=QtPdfEngine)
        dialog.show()  # the busy progress bar animates while the worker reads
        while dialog.phase() not in ("ready", "refused"):
            app.processEvents()
            time.sleep(0.001)
        dialog.shutdown()
        dialog.close()  # and dropped into its cycle when the name is rebound
    def alive():
        return sum(isinstance(o, ImportDialog) for o in gc.get_objects())
    # A generation is collected a tick after the younger one's collections cross its
    # threshold, and a threshold counts allocations net of frees: a loop that only waited
    # allocated nothing, and the last dialogs could wait for ever. The program allocates as
    # it runs; so does this loop (kept, not freed), until the garbage is gone.
    ballast = []
    end = time.monotonic() + 30 * collector.INTERVAL_MS / 1000
    while alive() > 2 and time.monotonic() < end:
        ballast.append([[] for _ in range(10)])
        app.processEvents()
        time.sleep(0.01)
    print("alive", alive())
""")


def test_dialogs_dropped_while_a_worker_reads_do_not_crash_the_program(tmp_path) -> None:
    script = tmp_path / "dropped_dialogs.py"
    script.write_text(_DROPPED_DIALOGS, encoding="utf-8")
    run = subprocess.run([sys.executable, "-X", "faulthandler", str(script), str(TESTS)],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-3000:]
    alive = int(run.stdout.split()[-1])
    # The last one is still named; the newest garbage waits, as it would for the interpreter's
    # own collector, until allocations cross a threshold again.
    assert alive <= 2, f"{alive} of 60 dialogs were never freed"
