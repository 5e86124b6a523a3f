"""Screen readers: every control the keyboard can reach has a name, in Swedish and in English.

The walk covers the main window with every tab built, the search results, a PDF in its own tab
with the find bar and the password bar, the action card in each subject, and every dialog
(Kortkommandon, Inställningar, Importera innehållspaket with a real .kvpack). Hidden widgets
are checked too: a hidden control becomes visible later without anyone re-checking it.

The rules, strict and simple:
- a focusable widget (``focusPolicy() != NoFocus``) has an ``accessibleName()``; for a button
  its visible text counts (Qt reports a button's text as its name on every platform), but a
  label's buddy does not, because not every platform's screen reader follows buddies;
- siblings (the same parent widget) never share a name, so "Kopiera" ten times over is caught;
- a label that shows a picture (a status icon) has a name: the picture carries meaning.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from types import SimpleNamespace

import pages
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from test_import_dialog import V1, V2, kvpack

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.core.card.model import MUNICIPALITIES, SUBJECTS
from kvinnofrid_desktop.core.install.policy import load_policy
from kvinnofrid_desktop.core.install.signing import generate_keypair
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog
from kvinnofrid_desktop.ui.dialogs.settings import SettingsDialog
from kvinnofrid_desktop.ui.dialogs.shortcuts import ShortcutsDialog
from kvinnofrid_desktop.ui.main_window import TAB_ORDER, MainWindow

# --- the walk ---------------------------------------------------------------------------------


def spoken_name(widget: QWidget) -> str:
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return name


def describe(widget: QWidget) -> str:
    chain, current = [], widget
    while current is not None and len(chain) < 5:
        label = type(current).__name__
        if current.objectName():
            label += f"#{current.objectName()}"
        chain.append(label)
        current = current.parentWidget()
    return " < ".join(chain)


def problems_in(root: QWidget) -> list[str]:
    widgets = [root, *root.findChildren(QWidget)]
    found = []
    named: dict[QWidget | None, list[QWidget]] = defaultdict(list)
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.pixmap() is not None \
                and not widget.pixmap().isNull() and not widget.accessibleName().strip():
            found.append(f"a picture without a text alternative: {describe(widget)}")
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = spoken_name(widget)
        if not name:
            found.append(f"no accessible name: {describe(widget)}")
        else:
            named[widget.parentWidget()].append(widget)
    for parent, children in named.items():
        for name, count in Counter(spoken_name(w) for w in children).items():
            if count > 1:
                found.append(f"{count} siblings named {name!r} in {describe(parent)}")
    return found


def assert_accessible(root: QWidget) -> None:
    found = problems_in(root)
    assert not found, "\n".join(found)


# --- the main window --------------------------------------------------------------------------


def every_tab_built(qtbot, env: SimpleNamespace) -> MainWindow:
    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for name in TAB_ORDER:
        window.show_tab(name)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    window.toggle_search_results(True)  # builds the results panel and its dock
    return window


def test_main_window_with_every_tab_search_and_a_pdf(qtbot, env, language, pdfs) -> None:
    window = every_tab_built(qtbot, env)
    viewer = window.open_pdf_file(pdfs.sample)
    assert viewer is not None and viewer.page_count() == 6
    viewer.commands["find"].trigger()  # the find bar
    locked = window.open_pdf_file(pdfs.encrypted)  # the password bar
    assert locked is not None and locked.message_bar.password_edit.isVisibleTo(locked)
    window.search_panel.search_now("orosanmälan")
    qtbot.waitUntil(lambda: window.search_panel.tree.topLevelItemCount() > 0, timeout=10000)
    assert_accessible(window)
    window.close()


def test_action_card_in_each_subject_and_municipality(qtbot, env, language) -> None:
    window = every_tab_built(qtbot, env)
    window.show_tab("action_card")
    card = window.action_card_tab
    for subject in SUBJECTS:
        card.set_subject(subject)
        for municipality in (None, "Sala"):
            card.set_municipality(municipality)
            assert_accessible(card)
    if language == "en":  # the card's own text stays Swedish, and the window says so once
        assert card.language_note is not None and "Swedish" in card.language_note.text()
    else:
        assert card.language_note is None
    window.close()


def test_the_viewer_announces_the_page(qtbot, env, language, pdfs) -> None:
    window = every_tab_built(qtbot, env)
    viewer = window.open_pdf_file(pdfs.sample)
    viewer.go_to_page(3)
    spoken = {"sv": "Sida 3 av 6", "en": "Page 3 of 6"}[language]
    assert viewer.page_count_label.accessibleName() == spoken
    assert viewer.page_edit.accessibleDescription() == spoken
    window.close()


# --- a label is read with what it shows -----------------------------------------------------------


def test_labels_are_read_with_what_they_show(qtbot, env, language, announced) -> None:
    """A label with an accessible name is read by that name alone: the card's heading was
    "Kontakter" above Sala's numbers, the line "Stängt nu · öppnar 09.00" was "Just nu", and
    the status bar's pack was described by its tooltip's HTML."""
    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    pack = window.pack_label
    assert pack.text() and pages.spoken(pack) == pack.text()
    described = pages.spoken(pack, "Description")
    assert described == {"sv": "Aktivt innehållspaket", "en": "Active content pack"}[language]
    window.show_tab("action_card")
    card = window.action_card_tab
    card.set_municipality("Sala")
    assert pages.spoken(card.contacts_heading) == card.contacts_heading.text()
    assert card.contacts_heading.text().endswith("Sala")
    contact = pages.contact_card(card, "sala-orosanmalan-barn")
    assert contact.now_text() and pages.spoken(contact.now_label) == contact.now_text()
    window.close()


def test_the_about_box_is_read_in_plain_words(qtbot, env, announced) -> None:
    """Its accessible value was the HTML it was written in: "<p><b>Kvinnofrid Västmanland</b>
    0.1.0</p><p>Ett stöd …"."""
    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    read: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, read_and_close)
            return
        read.update({kind: pages.spoken(box, kind) for kind in ("Name", "Value", "Description")})
        read["shown"] = "\n".join(label.text() for label in box.findChildren(QLabel))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close)
    window.commands["about"].trigger()  # returns when the box closes
    assert read["Name"] == "Om Kvinnofrid Västmanland"
    assert read["Value"].startswith("Kvinnofrid Västmanland ")
    said = read["Description"]
    assert "Innehållspaket: " in said and "Länsstyrelsen" in said
    assert not [text for text in read.values() if "<" in text or "&" in text]
    # Closed, it goes: a box for each time About was opened stayed in the window.
    qtbot.waitUntil(lambda: not window.findChildren(QMessageBox))
    window.close()


def about_box_text(qtbot, window: MainWindow) -> str:
    """What the About box shows (its labels), read while it is open; it is closed after."""
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, read_and_close)
            return
        shown.append("\n".join(label.text() for label in box.findChildren(QLabel)))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close)
    window.commands["about"].trigger()  # returns when the box closes
    assert len(shown) == 1
    return shown[0]


def test_the_about_box_names_the_licences_and_where_their_texts_are(
        qtbot, env, monkeypatch, tmp_path) -> None:
    """It named no licence at all: Qt is LGPL-3.0, whose text must come with the program."""
    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = about_box_text(qtbot, window)
    assert "EUPL-1.2" in shown and "Qt och PySide6 LGPL-3.0" in shown
    assert "i mappen licenses" in shown  # run from a checkout: no folder to name
    # As installed (PyInstaller's folder with the licences the spec collected):
    folder = tmp_path / "Kvinnofrid Västmanland" / "_internal"
    (folder / "licenses").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(folder), raising=False)
    shown = about_box_text(qtbot, window)
    assert f"Licenstexterna finns i mappen licenses: {folder / 'licenses'}" in shown
    window.close()


# --- dialogs ----------------------------------------------------------------------------------


def test_kortkommandon(qtbot, env, language) -> None:
    window = every_tab_built(qtbot, env)
    window.show_tab("strategy")
    dialog = ShortcutsDialog(window.shortcut_rows(), window)
    qtbot.addWidget(dialog)
    assert_accessible(dialog)
    window.close()


def test_a_dialog_s_least_size_never_outgrows_the_screen(qtbot) -> None:
    """Kortkommandon was at least 620 px high: on an 800 × 600 screen its Close button was
    below the edge."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

    from kvinnofrid_desktop.ui.common.accessible import text_size

    widget = QWidget()
    qtbot.addWidget(widget)
    room = widget.screen().availableGeometry().size()
    taller = QSize(560, room.height() + 200)
    size = text_size(widget, 95, 40, least=taller)
    assert size.height() <= room.height() * 0.9 and size.width() >= 560
    assert text_size(widget, 10, 2, least=QSize(300, 200)) == QSize(300, 200)


def test_mina_sidor_the_pages_text_and_glom_allt(qtbot, env, language) -> None:
    """Issue 19's panels with content: the text beside a page, Mina sidor with two pages, and
    the Glöm allt question."""
    from kvinnofrid_desktop.ui.privacy import ForgetDialog

    window = every_tab_built(qtbot, env)
    window.show_tab("strategy")
    window.show_page_text(True)
    for page in (2, 5):
        window.strategy_tab.viewer.go_to_page(page)
        window.add_bookmark()
    assert window.bookmarks.panel.list.count() == 2
    assert window.strategy_tab.viewer.page_text.blocks
    assert_accessible(window)
    dialog = ForgetDialog(2, window)
    qtbot.addWidget(dialog)
    assert_accessible(dialog)
    window.close()


def test_installningar_with_installed_packs(qtbot, env, language) -> None:
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True, pdf_engine=QtPdfEngine())
    dialog = SettingsDialog(Settings(env.settings), load_policy(),
                            municipalities=MUNICIPALITIES, store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.packs_list.topLevelItemCount() >= 2  # the import and the built-in default
    assert_accessible(dialog)


def test_importera_innehallspaket(qtbot, env, language) -> None:
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True, pdf_engine=QtPdfEngine())
    key = env.tmp / "nyckel"
    generate_keypair(key)
    newer = kvpack(env.tmp, V2, key=key)  # signed with a key nobody trusts: refused, with a reason
    unsigned = kvpack(env.tmp, V2, "osignerat")  # unsigned: the trust box appears
    for archive in (unsigned, newer):
        dialog = ImportDialog(store, archive, pdf_engine_factory=QtPdfEngine)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.phase() in ("ready", "refused"), timeout=30000)
        assert_accessible(dialog)
        dialog.shutdown()
        dialog.close()


def test_message_boxes_and_qt_dialogs_are_in_the_interface_language(qtbot, language) -> None:
    """Qt's own buttons come from qtbase_<lang>.qm, which the program installs with its own."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    close = box.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "")
    assert close == {"sv": "Stäng", "en": "Close"}[language]
    assert QApplication.instance().property("kvinnofridLanguage") == language


# --- colour is never the only signal ------------------------------------------------------------


def test_warnings_and_urgency_are_said_in_words_and_symbols(qtbot, env, language) -> None:
    """A stale contact, the urgent step and the chosen subject: each has a word and a symbol
    (or a state a screen reader reads), not only a colour."""
    import datetime as dt

    from kvinnofrid_desktop.core.bundled import default_pack_dir
    from kvinnofrid_desktop.core.card.model import load_action_card
    from kvinnofrid_desktop.ui.card.tab import ActionCardTab

    card = load_action_card(default_pack_dir() / "action_card.json")
    tab = ActionCardTab(card, Settings(env.settings), today=lambda: dt.date(2027, 12, 27))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.set_municipality("Sala")
    stale = pages.contact_card(tab, "sala-orosanmalan-barn")
    notice = stale.stale
    assert notice.isVisibleTo(tab)
    icon = next(label for label in notice.findChildren(QLabel) if label.pixmap() is not None
                and not label.pixmap().isNull())
    assert icon.accessibleName() == {"sv": "Varning", "en": "Warning"}[language]
    assert notice.text() and notice.text() in stale.accessibleName()
    urgent = next(step for step in pages.step_entries(tab) if step.step.urgent)
    assert urgent.urgent_label.text() == {"sv": "Akut", "en": "Urgent"}[language]
    assert urgent.accessibleName().split(" ", 1)[1].startswith(
        {"sv": "Akut: ", "en": "Urgent: "}[language])
    chosen = tab.subject_buttons[tab.current_subject()]
    assert chosen.isChecked() and chosen.font().bold()


# --- a Kopiera button says whose number it copies -----------------------------------------------


def test_each_kopiera_button_says_whose_number_it_copies(qtbot, env, language) -> None:
    """Köping, Barn: the urgent step, the routes under the missing report lines, the 112 card
    and the support lines each have a Kopiera button. A screen reader said them as "Kopiera
    112" (six times "Copy 112" in English), nothing about whose number it was."""
    import datetime as dt

    from kvinnofrid_desktop.core.bundled import default_pack_dir
    from kvinnofrid_desktop.core.card.model import load_action_card
    from kvinnofrid_desktop.ui.card.tab import ActionCardTab
    from kvinnofrid_desktop.ui.card.widgets import CopyRow

    card = load_action_card(default_pack_dir() / "action_card.json")
    tab = ActionCardTab(card, Settings(env.settings), clock=lambda: dt.datetime(2026, 12, 8, 10))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.set_municipality("Köping")
    rows = [row for row in tab.findChildren(CopyRow) if row.isVisibleTo(tab)]
    assert len(rows) > 10
    unnamed = []
    for row in rows:
        owners = [c.name for c in card.contacts if row.value in (c.phone, c.email)]
        said = row.button.accessibleName()
        if row.value not in said or not any(name in said for name in owners):
            unnamed.append(f"{said!r} copies {row.value} of {owners}")
    assert not unnamed, "\n".join(unnamed)
    copy = {"sv": "Kopiera", "en": "Copy"}[language]
    urgent = next(step for step in pages.step_entries(tab) if step.step.urgent)
    assert urgent.contact_lines[0].copy_row.button.accessibleName() == f"{copy} 112 – nödnummer"
