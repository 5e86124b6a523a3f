"""Issue 20's "done means": the county's coordinator keeps the content true in the editor.

One round, as she would do it: a source folder made from the default pack, two PDFs dropped in
(their publisher, which the PDFs do not name, filled in where the editor asks for it), Sala's
out-of-hours number changed and stamped verified today, a problem the editor pointed to fixed
at its field, Fagersta's verification sheet out and back, a signed .kvpack published – and
that pack imported in the program, where the action card shows the new number, verified
today. Only the file dialogs are answered by the test (they are Qt's own).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from drawn import settled_problems
from pages import contact_card, phone_text
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from test_action_card_tab import type_text
from test_bookmarks_panel import open_window
from test_editor_dialogs import FileDialogs, fill_in

from kvinnofrid_desktop.core.authoring.checks import ERROR, WARNING
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.core.authoring.verification import CONFIRM, FILLED_BY
from kvinnofrid_desktop.core.install.signing import generate_keypair
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog
from kvinnofrid_desktop.ui.main_window import MainWindow

BUILD_TIMEOUT = 120_000
SIGN_TIMEOUT = 30_000
PASSPHRASE = "samordnarens fras"
NEW_NUMBER = "0224-555 00"
CTRL = Qt.KeyboardModifier.ControlModifier


def drop(qtbot, widget, paths: list[Path]) -> None:
    """Drag files from the file manager and drop them on ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = widget.rect().center()
    enter = QDragEnterEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, text: str) -> None:
    """Click the table row whose cells read ``text`` somewhere."""
    for row in range(table.rowCount()):
        cells = [table.item(row, c).text() for c in range(table.columnCount())
                 if table.item(row, c) is not None]
        if any(text in cell for cell in cells):
            table.scrollToItem(table.item(row, 0))
            rect = table.visualItemRect(table.item(row, 0))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                             pos=QPoint(rect.center()))
            return
    raise AssertionError(f"no row reads {text!r}")


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_the_coordinator_keeps_the_content_true(qtbot, env, pdfs, tmp_path, monkeypatch,
                                                source, editor_window) -> None:
    today = dt.date.today().isoformat()
    dialogs = FileDialogs(monkeypatch)
    key = tmp_path / "nycklar" / "samordnaren.key"
    key.parent.mkdir()
    generate_keypair(key, publisher="Länsstyrelsen Västmanland", passphrase=PASSPHRASE)
    # IT trusts the coordinator's public key on every workstation (policy trusted_keys).
    env.tmp.joinpath("policy.json").write_text(
        json.dumps({"trusted_keys": [f"{key}.pub"], "allow_editing": True}), encoding="utf-8")

    # --- a source folder from the default pack, opened in the editor ---
    window = editor_window(source)  # a source folder made from the default pack

    # --- two PDFs dropped on the documents ---
    first, second = tmp_path / "Handlingsplan 2027.pdf", tmp_path / "Lägesbild.pdf"
    first.write_bytes(pdfs.sample.read_bytes())
    second.write_bytes(pdfs.no_outline.read_bytes())
    docs = window.documents
    before = len(SourceFolder.open(source).documents())
    drop(qtbot, docs, [first, second])
    titles = [d["title"] for d in window.folder.documents()]
    assert titles[-2:] == ["Handlingsplan 2027", "Lägesbild"]
    assert (source / "docs" / "handlingsplan-2027.pdf").is_file()

    # --- the PDFs do not say who published them: the editor asks, never the pack's own ---
    qtbot.waitUntil(lambda: any("har ingen sammanfattning" in p.text_sv()
                                and "Handlingsplan 2027" in p.text_sv()
                                for p in window.problems))
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    problems = window.problem_list.list
    assert window.tabs.currentWidget() is window.problem_list
    for title in ("Handlingsplan 2027", "Lägesbild"):
        qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
        row = next(i for i in range(problems.count())
                   if problems.item(i).text() == f"Dokument ”{title}”: utgivaren saknas: skriv "
                   "vem som gav ut dokumentet (myndigheten, kommunen eller organisationen); "
                   "programmet kan inte veta det")
        assert window.problems[row].severity == ERROR
        index = window.problems[row].location.key
        problems.setFocus()
        problems.setCurrentRow(row)
        qtbot.keyClick(problems, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is docs.publisher.edit)
        type_text(docs.publisher.edit, "Region Västmanland")
        qtbot.keyClick(docs.publisher.edit, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda i=index: not any(
            p.code == "document.no_publisher" and p.location.key == i for p in window.problems))
        assert window.folder.documents()[index]["publisher"] == "Region Västmanland"

    # --- the editor points to a warning; the coordinator fixes it at its field ---
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    row = next(i for i in range(problems.count())
               if "Handlingsplan 2027" in problems.item(i).text())
    assert window.problems[row].severity == WARNING
    assert problems.item(row).text().startswith("Dokument ”Handlingsplan 2027”: ")
    problems.setFocus()
    problems.setCurrentRow(row)
    qtbot.keyClick(problems, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is docs
    qtbot.waitUntil(lambda: QApplication.focusWidget() is docs.summary)
    type_text(docs.summary, "Länets handlingsplan mot våld i nära relationer.")
    qtbot.keyClick(docs.summary, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not any("Handlingsplan 2027" in p.text_sv()
                                    and "sammanfattning" in p.text_sv()
                                    for p in window.problems))
    assert window.folder.documents()[before]["summary"] == (
        "Länets handlingsplan mot våld i nära relationer.")
    # The year the PDF cannot tell (its file's date is not when it was published) is asked for.
    assert any(p.code == "document.no_year" and "Handlingsplan 2027" in p.text_sv()
               for p in window.problems)

    # --- Sala's out-of-hours number, checked today ---
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    contacts = window.contacts
    contacts.group.setFocus()
    contacts.group.setCurrentIndex(contacts.group.findText("Sala"))
    jour = window.folder.contact("sala-socialjour")
    click_row(qtbot, contacts.table, jour["name"])
    phone = contacts.fields["phone"]
    phone.edit.setFocus()
    phone.edit.selectAll()
    qtbot.keyClicks(phone.edit, "0224-5")
    qtbot.keyClicks(phone.edit, "x")
    assert phone.message.isVisible()  # a number in the wrong form is marked as it is typed
    qtbot.keyClick(phone.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(phone.edit, "55 00")
    qtbot.keyClick(phone.edit, Qt.Key.Key_Tab)
    assert window.folder.contact("sala-socialjour")["phone"] == NEW_NUMBER
    click(qtbot, contacts.stamp_button)
    assert window.folder.contact("sala-socialjour")["verified"] == today
    assert not settled_problems(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()
    assert SourceFolder.open(source).contact("sala-socialjour")["phone"] == NEW_NUMBER

    # --- Fagersta's verification sheet, out and back ---
    window.sheet_action.trigger()
    sheet = window.verification_dialog
    qtbot.waitExposed(sheet)
    sheet.municipality.setFocus()
    qtbot.keyClicks(sheet.municipality, "Fagersta")
    csv_file = tmp_path / "ut" / "fagersta.csv"
    csv_file.parent.mkdir()
    dialogs.saves += [csv_file, tmp_path / "ut" / "fagersta.pdf"]
    click(qtbot, sheet.csv_button)
    click(qtbot, sheet.pdf_button)
    assert (tmp_path / "ut" / "fagersta.pdf").stat().st_size > 0
    fill_in(csv_file, {"fagersta-vaxel": {"Telefon": "0223-441 00", CONFIRM: "ja",
                                          FILLED_BY: "Kommunens växel"}})
    dialogs.opens.append(csv_file)
    click(qtbot, sheet.read_button)
    assert len(sheet.items()) == 2  # the new number and the confirmation
    with qtbot.waitSignal(sheet.changed):
        click(qtbot, sheet.approve_button)
    sheet.close()
    assert window.isWindowModified()  # taken into the unsaved state, for Spara
    assert window.folder.contact("fagersta-vaxel")["phone"] == "0223-441 00"

    # --- publish a signed .kvpack ---
    window.publish_action.trigger()
    publish = window.publish_dialog
    qtbot.waitExposed(publish)
    publish.news.setFocus()
    qtbot.keyClicks(publish.news, "Nytt nummer till socialjouren i Sala.")
    on_disk = (source / "catalog.toml").read_bytes()
    click(qtbot, publish.build_button)
    assert window.isWindowModified()  # building is no save: the folder is as it was
    assert (source / "catalog.toml").read_bytes() == on_disk
    qtbot.waitUntil(lambda: publish.phase() != "building", timeout=BUILD_TIMEOUT)
    assert publish.phase() == "built", publish.message_text()
    changes = [publish.changes.item(i).text() for i in range(publish.changes.count())]
    assert any("Handlingsplan 2027" in line for line in changes)
    assert any(jour["name"] in line and NEW_NUMBER in line for line in changes)
    dialogs.opens.append(key)
    click(qtbot, publish.key_button)
    publish.passphrase.setFocus()
    qtbot.keyClicks(publish.passphrase, PASSPHRASE)
    target = tmp_path / "ut" / "kvinnofrid.kvpack"
    dialogs.saves.append(target)
    with qtbot.waitSignal(publish.published, timeout=SIGN_TIMEOUT):
        click(qtbot, publish.sign_button)
    assert not window.isWindowModified()  # published: the folder holds what was published
    assert window.version_label.text() == publish.version.value()
    publish.close()

    # --- a workstation imports it; the card shows the new number, verified today ---
    dialog = ImportDialog(PackStore(), target)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.phase() not in ("reading", "verifying"),
                    timeout=BUILD_TIMEOUT)
    assert dialog.signature_text.text() == "Verifierat av Länsstyrelsen Västmanland"
    with qtbot.waitSignal(dialog.installed, timeout=BUILD_TIMEOUT):
        click(qtbot, dialog.install_button)
    dialog.shutdown()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    program: MainWindow = open_window(qtbot, None, env.tmp / "arbetsplats.ini")
    assert program.pack.manifest.news == "Nytt nummer till socialjouren i Sala."
    program.show_tab("action_card")
    tab = program.action_card_tab
    tab.set_municipality("Sala")
    card = contact_card(tab, "sala-socialjour")
    assert card is not None and phone_text(card) == NEW_NUMBER
    assert f"Kontrollerad {today}" in card.source_label.text()
    assert not settled_problems(qtbot, program)
    program.close()
