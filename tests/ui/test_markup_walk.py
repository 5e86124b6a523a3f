"""Text from a pack is text: a pack whose every text field holds markup, walked through every view.

A hostile (or careless) publisher writes ``<img …><b>Verifierat av Länsstyrelsen …</b>`` into its
name. Qt labels render text that looks like HTML as rich text unless told otherwise, which once
showed a fake green "verified" line beside the genuine "Osignerat paket" badge. Here every label,
tooltip and text view that shows it must show the characters, not the picture or the bold line.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pages
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit, QTreeWidget, QWidget

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.card.model import SUBJECTS
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog
from kvinnofrid_desktop.ui.main_window import TAB_ORDER


def might_be_rich(text: str) -> bool:
    # Qt::mightBeRichText lives in QtGui's Qt namespace in PySide6.
    return bool(QtGuiQt.mightBeRichText(text))


MARKUP = ('<img src="stamp.png"><b>Verifierat av Länsstyrelsen Västmanland</b>'
          '<a href="https://example.org">länk</a>')
DEFAULT = default_pack_dir()
# Free-text fields (never ids, paths, dates or numbers, which have checks of their own).
TEXT_KEYS = {"publisher", "title", "summary", "name", "note", "hours_text", "text"}


def _mark(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (f"{MARKUP} {v}" if k in TEXT_KEYS and isinstance(v, str) else _mark(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_mark(v) for v in value]
    return value


def markup_pack(root: Path) -> Path:
    manifest = _mark(json.loads((DEFAULT / "manifest.json").read_text(encoding="utf-8")))
    card = _mark(json.loads((DEFAULT / "action_card.json").read_text(encoding="utf-8")))
    files = {e["path"]: (DEFAULT / e["path"]).read_bytes() for e in manifest["files"]}
    files["action_card.json"] = json.dumps(card, ensure_ascii=False).encode("utf-8")
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    manifest["files"] = [{"path": rel, "bytes": len(data),
                          "sha256": hashlib.sha256(data).hexdigest()}
                         for rel, data in sorted(files.items())]
    manifest["version"] = "2026-12-24"
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False),
                                        encoding="utf-8")
    return root


def rendered_markup(root: QWidget) -> list[str]:
    """Where the pack's markup is rendered instead of shown as characters."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and "<img" in widget.text():
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText
                and might_be_rich(widget.text()))
            if rich:
                found.append(f"label {widget.text()[:60]!r}")
        if isinstance(widget, QTextEdit) and "Verifierat av" in widget.toPlainText() \
                and "<img" not in widget.toPlainText():
            found.append(f"text view {widget.objectName() or type(widget).__name__}")
        tip = widget.toolTip()
        if "<img" in tip and might_be_rich(tip):
            found.append(f"tooltip of {type(widget).__name__}")
        if isinstance(widget, QTreeWidget):
            found += _tree_tips(widget)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 50)):
                tip = str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) or "")
                if "<img" in tip and might_be_rich(tip):
                    found.append(f"item tooltip in {type(widget).__name__}")
    return found


def _tree_tips(tree: QTreeWidget) -> list[str]:
    found = []
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while items:
        item = items.pop()
        items += [item.child(i) for i in range(item.childCount())]
        tip = item.toolTip(0)
        if "<img" in tip and might_be_rich(tip):
            found.append(f"item tooltip {tip[:40]!r}")
    return found


def test_the_check_finds_rendered_markup(qtbot) -> None:
    label = QLabel(MARKUP)
    qtbot.addWidget(label)
    label.show()
    assert rendered_markup(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert not rendered_markup(label)


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    return tmp_path


def test_the_import_dialog_shows_an_unsigned_packs_markup_as_text(qtbot, env: Path) -> None:
    archive = write_archive(markup_pack(env / "src"), env / "markup.kvpack")
    dialog = ImportDialog(PackStore(), archive)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.phase() not in ("reading", "verifying"), timeout=30_000)
    assert dialog.phase() == "ready"
    assert MARKUP in dialog.publisher_value.text()
    assert not rendered_markup(dialog)
    dialog.shutdown()


def test_every_view_shows_the_packs_markup_as_text(qtbot, env: Path) -> None:
    pack = markup_pack(env / "pack")
    window = create_main_window(pack, settings_path=env / "s.ini")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_notice(f"Ett nyare innehållspaket finns: {MARKUP}")
    assert not rendered_markup(window)
    for name in TAB_ORDER:
        window.show_tab(name)
        assert not rendered_markup(window), name
    card = window.action_card_tab
    card.set_municipality("Sala")
    for subject in SUBJECTS:
        card.set_subject(subject)
        assert not rendered_markup(window), subject
    library = window.publications_tab
    for doc in window.pack.manifest.documents:
        pages.select(library, doc.id)
        assert not rendered_markup(window), doc.id
    # Rich text we build ourselves (the library's details) escapes the pack's words.
    details = QTextDocument()
    details.setHtml(library.details.toHtml())
    assert "<img" in details.toPlainText()
    window.close()
