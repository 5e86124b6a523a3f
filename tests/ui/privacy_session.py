"""A session for tests/ui/test_privacy.py, run as a program of its own (HOME and XDG folders
set by the test): a PDF from outside opened three ways, searches typed, bookmarks made, the page's
text shown, Dölj snabbt, quit. Prints a JSON report on its last line.

    python privacy_session.py FILE.pdf QUERY...
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from kvinnofrid_desktop.app import logs
from kvinnofrid_desktop.app.start import WindowController, ensure_application


def wait_until(condition, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {condition}")
        QApplication.processEvents()
        time.sleep(0.01)


def type_into(field: QLineEdit, text: str) -> None:
    for character in text:  # key by key, as a person types (QTest only types ASCII)
        field.insert(character)
        QApplication.processEvents()


def main() -> int:
    private, queries = Path(sys.argv[1]), sys.argv[2:]
    logs.start()
    app = ensure_application()
    controller = WindowController(None, None)
    window = controller.open()
    window.resize(1280, 800)
    window.show()
    wait_until(window.is_complete)
    logs.open_file()
    opened = []

    # 1. Arkiv → Öppna PDF…, through the file dialog itself.
    def choose() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, choose)
            return
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(str(private))
        QTest.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    window.commands["open_pdf"].trigger()
    viewer = window.current_viewer()
    if viewer is not None and viewer.page_count() == 6:
        opened.append("dialog")
        viewer.go_to_page(3)
        viewer.find_text(queries[-1].split()[0])
    window.close_current_tab()

    # 2. Dropped on the window.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(private))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    if window.current_viewer() is not None and window.current_viewer().page_count() == 6:
        opened.append("drop")
        window.current_viewer().go_to_page(2)
    window.close_current_tab()

    # 3. A later start's command line (what the running program is handed).
    controller.open_requested(private)
    if window.current_viewer() is not None and window.current_viewer().page_count() == 6:
        opened.append("command line")
        window.current_viewer().go_to_page(4)

    # Searches, typed.
    hits = {}
    for query in queries:
        window.focus_search()
        window.search_field.setText("")
        type_into(window.search_field, query)
        panel = window.search_panel
        wait_until(lambda q=query, p=panel: p.last_query == q)  # answered, with or without hits
        hits[query] = panel.tree.topLevelItemCount()

    # Bookmarks, the page's text.
    window.show_tab("strategy")
    window.strategy_tab.viewer.go_to_page(2)
    window.add_bookmark()
    window.show_tab("collaboration")
    window.collaboration_tab.viewer.go_to_page(3)
    window.add_bookmark()
    window.show_page_text(True)

    # Dölj snabbt, then back, then quit.
    window.quick_hide_button.click()
    hidden = window.isMinimized()
    window.showNormal()
    QApplication.processEvents()
    window.close()
    logs.flush()
    logs.stop()
    print(json.dumps({"opened": opened, "hits": hits, "bookmarks":
                      len(window.bookmarks.items), "hidden": hidden}))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
