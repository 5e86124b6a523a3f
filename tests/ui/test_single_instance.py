"""One program per user: a second start hands its file to the window that is already open.

The first program runs here, in ``app.main()`` on its own event loop, as the desktop starts it;
the later starts are real processes (``python -m kvinnofrid_desktop FILE``), as a file manager
runs them for a double-clicked file.
"""

from __future__ import annotations

import faulthandler
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kvinnofrid_desktop.app import start as app_module
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.ui.common.single_instance import InstanceServer, decode, encode
from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog
from kvinnofrid_desktop.ui.main_window import MainWindow


def _later_start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "kvinnofrid_desktop", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_later_starts_hand_their_files_to_the_running_window(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # this test's own program
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(faulthandler, "enable", lambda *_a, **_k: None)  # pytest owns it
    pdf = next((default_pack_dir() / "docs").glob("*.pdf"))
    first = shutil.copy(pdf, tmp_path / "Första rapporten.pdf")
    second = shutil.copy(pdf, tmp_path / "Andra rapporten – å ä ö.pdf")
    pack = write_archive(default_pack_dir(), tmp_path / "nytt paket.kvpack")
    seen: dict[str, object] = {"steps": []}
    later: list[subprocess.Popen[str]] = []

    def file_tabs(window: MainWindow) -> list[str]:
        return [window.tabs.tabText(i) for i in range(window.tabs.count())
                if window.tabs.widget(i) in window.file_tabs.values()]

    def step() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog):  # the .kvpack, in the window's import dialog
            seen["import dialog"] = dialog.windowTitle()
            seen["windows when importing"] = len(windows)
            dialog.reject()
        if len(windows) != 1 or not windows[0].is_complete():
            QTimer.singleShot(20, step)
            return
        window, steps = windows[0], seen["steps"]
        if not steps:  # the file of the first start itself
            if file_tabs(window) == [Path(first).name]:
                steps.append("first")
                later.append(_later_start(str(second)))
        elif steps == ["first"]:
            if file_tabs(window) == [Path(first).name, Path(second).name]:
                steps.append("second")
                seen["second start"] = later[-1].wait(30)
                later.append(_later_start(str(pack), "--lang", "sv"))
        elif steps == ["first", "second"]:
            if "import dialog" in seen and later[-1].poll() is not None:
                steps.append("pack")
                seen["pack start"] = later[-1].returncode
                window.showMinimized()
                later.append(_later_start())  # a plain start only shows the window
        elif later[-1].poll() is not None and not window.isMinimized():
            seen["plain start"] = later[-1].returncode
            window.close()
            return
        QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)
    # A hang fails instead of blocking (and is stopped when main() returns; see test_startup).
    guard = QTimer(singleShot=True, interval=90000)
    guard.timeout.connect(lambda: QApplication.exit(1))
    guard.start()
    try:
        code = app_module.main(open_path=Path(first))
    finally:
        guard.stop()
        for process in later:
            if process.poll() is None:
                process.kill()
    assert code == 0
    assert seen["steps"] == ["first", "second", "pack"]
    assert seen["second start"] == 0
    assert seen["import dialog"] == "Importera innehållspaket"
    assert seen["windows when importing"] == 1  # no second window was ever opened
    assert seen["pack start"] == 0
    assert seen["plain start"] == 0


def test_a_dialog_opened_for_a_request_outlives_the_later_start(qtbot, tmp_path: Path) -> None:
    """The import dialog for a handed-over .kvpack ran its event loop inside the socket's
    readyRead; the later start disconnected meanwhile, the socket was deleted under the signal
    still running on it, and the window died (a segfault) when the dialog was closed."""
    import inspect

    from PySide6.QtCore import QEventLoop

    server = InstanceServer(f"kvinnofrid-test-{os.getpid()}-{tmp_path.name}")
    assert server.listen()
    handled: list[object] = []

    def open_dialog(path: object) -> None:
        handled.append([f.function for f in inspect.stack()].count("_read"))
        loop = QEventLoop()  # as QDialog.exec(): until the later start has gone
        gone = QTimer(interval=20)
        # The socket is forgotten (and deleted) once the later start has disconnected.
        gone.timeout.connect(lambda: not server._buffers and loop.quit())
        gone.start()
        QTimer.singleShot(20000, loop.quit)
        loop.exec()
        gone.stop()
        handled.append(path)

    server.requested.connect(open_dialog)
    later = subprocess.Popen([sys.executable, "-c", (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
        "from kvinnofrid_desktop.ui.common.single_instance import hand_over; "
        "app = QCoreApplication([]); sys.exit(0 if hand_over(sys.argv[1], Path('a.kvpack')) "
        "else 1)"), server.name])
    try:
        qtbot.waitUntil(lambda: len(handled) == 2, timeout=30000)
    finally:
        later.wait(30)
        server.close()
    assert later.returncode == 0
    assert handled == [0, Path("a.kvpack")]  # not inside the socket's read


def test_only_a_well_formed_request_is_taken() -> None:
    assert decode(encode(Path("/tmp/a b.pdf"))) == Path("/tmp/a b.pdf")
    assert decode(encode(None)) is None
    for junk in (b"", b"[]", b'{"open": 3}', b'{"open": ""}', b'{"x": 1}', b'{"open": "a\\u0000"}',
                 b"\xff\xfe"):
        with pytest.raises((ValueError, UnicodeDecodeError)):
            decode(junk)
