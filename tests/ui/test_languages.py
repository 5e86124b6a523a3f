"""--lang en gives a wholly English window and --lang sv a wholly Swedish one.

Every text the interface shows (labels, buttons, menus, tooltips, accessible names and
descriptions, placeholders, headers, list entries) is collected from the window with every tab
built and from every dialog, and compared with the translation file: in English no interface
string may still be its Swedish source, and in Swedish no English translation may appear. This
is also the run-time proof that each ``self.tr()`` context lupdate wrote down is the context
PySide looks up (a mismatch leaves the Swedish source on screen).

The pack's own text (document titles, signs, steps, contact names) is Swedish in both languages
by design; it is not in the translation file, so it is not compared.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from language import interface_language
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from test_import_dialog import V1, V2, kvpack

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.core.card.model import MUNICIPALITIES, SUBJECTS
from kvinnofrid_desktop.core.install.policy import load_policy
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog
from kvinnofrid_desktop.ui.dialogs.settings import SettingsDialog
from kvinnofrid_desktop.ui.dialogs.shortcuts import ShortcutsDialog
from kvinnofrid_desktop.ui.main_window import TAB_ORDER

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "kvinnofrid_en.ts"
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def catalogue() -> list[tuple[str, str]]:
    """(Swedish source, English translation) of every entry whose two texts differ."""
    pairs = []
    for message in ET.parse(TS).getroot().iter("message"):
        source, element = message.findtext("source") or "", message.find("translation")
        forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
        pairs += [(source, form) for form in forms if form and form != source]
    return pairs


def matcher(text: str) -> re.Pattern[str] | None:
    """A pattern for ``text`` as it can appear on screen: mnemonic removed, placeholders
    filled with anything. None for texts too short or too generic to tell languages apart."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    literal = PLACEHOLDER.sub("", plain)
    if len(re.findall(r"[^\W\d_]", literal)) < 4:
        return None
    parts = [re.escape(part) for part in PLACEHOLDER.split(plain)]
    return re.compile("^" + "(?s:.+?)".join(parts) + "$")


def foreign_patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """Texts that must not be on screen in ``language``: the other language's side."""
    pairs = catalogue()
    own = {t for pair in pairs for t in (pair[1] if language == "en" else pair[0],)}
    found = []
    for source, translation in pairs:
        text = source if language == "en" else translation
        if text in own:  # the same words are right in this language too ("Version")
            continue
        pattern = matcher(text)
        if pattern is not None:
            found.append((text, pattern))
    return found


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every interface text under ``root``, visible now or later."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = type(widget).__name__
        for text in (widget.windowTitle(), widget.toolTip(), widget.statusTip(),
                     widget.accessibleName(), widget.accessibleDescription()):
            yield where, text
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            yield where, widget.text()
        if isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                yield where, str(widget.model().headerData(
                    section, widget.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        for action in widget.actions():
            yield f"{where} action", action.text()
            yield f"{where} action", action.toolTip()
            if action.menu() is not None:
                yield f"{where} menu", action.menu().title()
    for action in root.findChildren(QAction):
        yield "QAction", action.text()


def assert_one_language(root: QWidget, language: str) -> None:
    patterns = foreign_patterns(language)
    wrong = sorted({f"{where}: {text!r} (is {source!r})"
                    for where, text in shown_texts(root) if text
                    for source, pattern in patterns if pattern.match(text)})
    assert not wrong, f"not in {language}:\n" + "\n".join(wrong)


def test_the_catalogue_is_usable_for_this_check() -> None:
    assert len(foreign_patterns("en")) > 300 and len(foreign_patterns("sv")) > 300


def test_main_window_is_in_one_language(qtbot, env, language, pdfs) -> None:
    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.show()
    for name in TAB_ORDER:
        window.show_tab(name)
    card = window.action_card_tab
    for subject in SUBJECTS:
        card.set_subject(subject)
        for municipality in (None, "Sala"):
            card.set_municipality(municipality)
            assert_one_language(window, language)
    window.toggle_search_results(True)
    window.search_panel.search_now("orosanmälan")
    qtbot.waitUntil(lambda: window.search_panel.tree.topLevelItemCount() > 0, timeout=10000)
    viewer = window.open_pdf_file(pdfs.sample)
    viewer.find_text("Sala")
    window.open_pdf_file(pdfs.encrypted)
    assert_one_language(window, language)
    expected = {"sv": ("Flikar", "Sök i alla dokument"), "en": ("Tabs", "Search all documents")}
    assert (window.tabs.accessibleName(), window.search_field.accessibleName()) == \
        expected[language]
    dialog = ShortcutsDialog(window.shortcut_rows(), window)
    qtbot.addWidget(dialog)
    assert_one_language(dialog, language)
    window.close()


def test_dialogs_are_in_one_language(qtbot, env, language) -> None:
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True, pdf_engine=QtPdfEngine())
    settings = SettingsDialog(Settings(env.settings), load_policy(),
                              municipalities=MUNICIPALITIES, store=store)
    qtbot.addWidget(settings)
    assert_one_language(settings, language)
    importing = ImportDialog(store, kvpack(env.tmp, V2), pdf_engine_factory=QtPdfEngine)
    qtbot.addWidget(importing)
    qtbot.waitUntil(lambda: importing.phase() in ("ready", "refused"), timeout=30000)
    assert_one_language(importing, language)
    importing.shutdown()


def test_qt_own_dialogs_follow_the_language(qtbot, language) -> None:
    """The print dialog is Qt's: its buttons come from qtbase_<lang>.qm."""
    dialog = QPrintDialog(QPrinter())
    qtbot.addWidget(dialog)
    buttons = {b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)}
    assert {"sv": "Skriv ut", "en": "Print"}[language] in buttons
    assert {"sv": "Avbryt", "en": "Cancel"}[language] in buttons


def test_dates_and_numbers_follow_the_language(language) -> None:
    import datetime as dt

    from kvinnofrid_desktop.ui.common.labels import date_text
    from kvinnofrid_desktop.ui.viewer.parts import percent

    day = dt.date(2026, 12, 1)
    assert date_text(day) == {"sv": "tis 1 december", "en": "Tue 1 December"}[language]
    assert percent(1.25) == {"sv": "125 %", "en": "125%"}[language]
    assert QLocale().toString(1234.5, "f", 1) == {"sv": "1\u00a0234,5", "en": "1,234.5"}[language]
    assert QLocale().toString(QDate(2026, 12, 1), QLocale.FormatType.ShortFormat) in (
        {"sv": ("2026-12-01",), "en": ("01/12/2026",)}[language])


def test_swedish_names_sort_the_swedish_way_in_both_languages(language) -> None:
    from kvinnofrid_desktop.ui.card.widgets import swedish_sorted

    assert swedish_sorted(["Östra", "Arboga", "Åby", "Ängen", "Zinkgruvan"]) == [
        "Arboga", "Zinkgruvan", "Åby", "Ängen", "Östra"]


def test_tr_in_a_subclass_finds_the_context_lupdate_wrote(qtbot) -> None:
    """lupdate files CopyRow's strings under "CopyRow". A subclass runs the same self.tr();
    PySide looks up the subclass's name first and then each base class's, so the string is
    still found. (Were it not, every EntryFrame-style subclass would need its own entries.)"""
    from kvinnofrid_desktop.ui.card.widgets import CopyRow

    class LocalCopyRow(CopyRow):
        pass

    with interface_language("en"):
        parent = QWidget()
        qtbot.addWidget(parent)
        row = LocalCopyRow("0224-123 45", parent)
        assert row.button.text() == "Copy"
        assert row.button.accessibleName() == "Copy 0224-123 45"


def test_a_refused_pack_is_explained_in_the_interface_language(qtbot, env, language) -> None:
    """Content problems carry a precise Swedish message; English gets a plain sentence for the
    problem's code, with the Swedish detail kept after it for whoever helps the user."""
    bad = env.tmp / "inte-ett-paket.kvpack"
    bad.write_bytes(b"not a zip file")
    dialog = ImportDialog(PackStore(), bad, pdf_engine_factory=QtPdfEngine)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.phase() == "refused", timeout=10000)
    text = dialog.state_text()
    if language == "en":
        assert text.startswith("The pack cannot be installed.\n")
        assert "The file is not a readable content pack, or it is damaged (in detail, in " \
               "Swedish: " in text
        assert text.endswith("The installed content is unchanged.")
    else:
        assert text.startswith("Paketet kan inte installeras.\n")
        assert "Filen är inget innehållspaket" in text
    assert_one_language(dialog, language)


def test_the_printed_card_is_wholly_swedish_in_either_language(qtbot, env, language) -> None:
    """The printed card is the county's Swedish card (its headings, its contacts, "Sida 1 av
    2"). Exported from the English window, its footer read "Källa: content pack
    se.kvinnofrid-… (Kvinnofrid Västmanland), sammanställt ur offentliga källor …": the
    window's English name for the pack inside the Swedish sentence."""
    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("action_card")
    card = window.action_card_tab
    card.set_municipality("Sala")
    card.set_subject("vuxna")
    pdf = card.export_pdf(env.tmp / "kort.pdf")
    assert pdf is not None
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    last = " ".join(document.getAllText(document.pageCount() - 1).text().split())
    document.close()
    manifest = window.pack.manifest
    assert f"Källa: innehållspaketet {manifest.id} {manifest.version} (Kvinnofrid " \
           "Västmanland), sammanställt ur offentliga källor" in last
    assert "content pack" not in last
    window.close()
