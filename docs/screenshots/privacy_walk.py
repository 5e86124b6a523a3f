"""Screenshots of issue 19's parts, offscreen: Mina sidor, Visa sidans text (also at 200 %),
and the prominent Dölj snabbt button an administrator's policy can ask for.

    python docs/screenshots/privacy_walk.py docs/screenshots

Each picture is taken after the steps a person takes (Ctrl+D, renaming, a pack update that
loses a page, Ctrl+T, Ctrl++ in the text), not from a window built in its final state.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="kvinnofrid-privacy-walk-"))
    os.environ["KVINNOFRID_DATA_DIR"] = str(tmp / "data")
    os.environ["KVINNOFRID_POLICY"] = str(tmp / "policy.json")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kvinnofrid_desktop.app.start import create_main_window, ensure_application
    from kvinnofrid_desktop.core import bookmarks as bm

    app = ensure_application()

    def settle() -> None:
        end = time.monotonic() + 0.6
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def window_at(settings: Path):
        window = create_main_window(settings_path=settings)
        window.resize(1280, 800)
        window.show()
        settle()
        return window

    # Mina sidor: three pages added with Ctrl+D (one renamed), one from an older pack version
    # whose page is gone.
    settings = tmp / "settings.ini"
    window = window_at(settings)
    for tab, page, name in (("strategy", 3, None), ("strategy", 9, "Samordnarens uppdrag"),
                            ("collaboration", 4, None)):
        window.show_tab(tab)
        viewer = window.current_viewer()
        viewer.go_to_page(page)
        settle()
        QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        if name:
            window.bookmarks.panel.name.setText(name)
            QTest.keyClick(window.bookmarks.panel.name, Qt.Key.Key_Return)
    manifest = window.pack.manifest
    gone = bm.Bookmark(name="Rutin för hot och våld 2024", pack_id=manifest.id,
                       version="2026-10-01", doc_id="strategi", page=12,
                       lost_in=manifest.version)
    stored = json.loads(window.settings.value("bookmarks/list"))
    stored["bookmarks"] += json.loads(bm.dumps([gone]))["bookmarks"]
    window.settings.set_value("bookmarks/list", json.dumps(stored))
    window.close()
    window = window_at(settings)
    window.show_tab("strategy")
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    window.bookmarks.panel.list.setCurrentRow(1)
    settle()
    window.grab().save(str(out / "sv-mina-sidor.png"))
    window.close()

    # Visa sidans text beside the page, then its text at 200 %.
    window = window_at(tmp / "text.ini")
    viewer = window.strategy_tab.viewer
    viewer.go_to_page(3)
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle()
    window.grab().save(str(out / "sv-sidans-text.png"))
    block = viewer.page_text.blocks[0]
    block.setFocus()
    for _ in range(4):
        QTest.keyClick(block, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    settle()
    window.grab().save(str(out / "sv-sidans-text-200-procent.png"))
    window.close()

    # The policy's prominent Dölj snabbt.
    (tmp / "policy.json").write_text('{"quick_hide_prominent": true}', encoding="utf-8")
    window = window_at(tmp / "loud.ini")
    toolbar = window.search_bar
    toolbar.grab().save(str(out / "sv-dolj-snabbt-framtradande.png"))
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
