"""Screenshots of the editor's three parts (issue 20), offscreen, for docs/editor.md.

    python docs/screenshots/editor_walk.py docs/screenshots

A source folder is made from the default pack; a PDF is added, Sala's out-of-hours number is
changed and stamped "Kontrollerad i dag", and a source address is mistyped, so each part shows
what a coordinator meets: a document with its first page, a contact form with its marks, and
the problems list with an error and warnings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]


def main(out: Path) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="kvinnofrid-editor-walk-"))
    os.environ["KVINNOFRID_DATA_DIR"] = str(tmp / "data")
    os.environ["KVINNOFRID_POLICY"] = str(tmp / "policy.json")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kvinnofrid_desktop.app.start import apply_language, ensure_application
    from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
    from kvinnofrid_desktop.core.bundled import default_pack_dir
    from kvinnofrid_desktop.ui.common.settings import Settings
    from kvinnofrid_desktop.ui.editor import open_editor

    app = ensure_application()
    apply_language(app, "sv")

    def settle(seconds: float = 0.8) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    source = create_from_pack(default_pack_dir(), tmp / "källa")
    # A source address typed by hand into the card's file, without https://: an error the
    # editor lists (the form itself would have refused it).
    card = source / "action_card.json"
    card.write_text(card.read_text(encoding="utf-8").replace(
        '"source": "https://fagersta.se/', '"source": "fagersta.se/', 1),
        encoding="utf-8")
    window = open_editor(source, settings=Settings(tmp / "settings.ini"))
    assert window is not None
    window.resize(1280, 800)
    window.show()
    settle()

    # Dokument: the strategy document, with its first page.
    strategy = next(i for i, d in enumerate(window.folder.documents())
                    if d.get("tab") == "strategy")
    window.documents._select(strategy)
    settle(2.0)
    window.grab().save(str(out / "editor-dokument.png"))

    # Kontakter: Sala's out-of-hours service, a new number, checked today.
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    contacts = window.contacts
    contacts.group.setCurrentIndex(contacts.group.findText("Sala"))
    contacts.select_contact("sala-socialjour")
    phone = contacts.fields["phone"]
    phone.edit.setText("0224-555 00")
    phone.commit()
    contacts.stamp_button.click()
    source_field = contacts.fields["source"]
    source_field.edit.setText("www.sala.se/socialjour")  # not a whole address: refused
    source_field.commit()
    settle()
    window.grab().save(str(out / "editor-kontakter.png"))

    # Problem: a document whose original has a mistyped address, and the warnings.
    window.folder.set_document_field(strategy, "summary", "")
    window.reload()
    window.run_checks()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    window.problem_list.list.setCurrentRow(0)
    settle()
    window.grab().save(str(out / "editor-problem.png"))
    window.documents.shutdown()
    window.folder.revert()
    window.folder.discard_draft()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"))
