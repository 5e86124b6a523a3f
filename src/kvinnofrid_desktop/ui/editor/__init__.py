"""Redaktörsläge: the editor window and the ways into it.

``open_editor`` opens a source folder (a message, not a traceback, when it cannot be read;
the question whether to take back a draft a crash left); ``edit_from_window`` is Arkiv →
Redigera innehållspaket… of the main window: open a source folder, or create one from the
active pack or from the empty template.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.file_dialogs import forget_dialog_history
from kvinnofrid_desktop.ui.common.os_errors import describe_os_error
from kvinnofrid_desktop.ui.common.settings import Settings, documents_folder

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from kvinnofrid_desktop.core.pack.pack import Pack
    from kvinnofrid_desktop.ui.editor.window import EditorWindow


def _previous_pack() -> Path | None:
    """The pack this machine uses (installed, or the program's own): the only pack at hand
    to compare a new one with, since a source folder keeps the version it last published and
    not the pack. Publicera names it as such beside that version."""
    from kvinnofrid_desktop.core.install.active import active_pack_dir

    try:
        return active_pack_dir()
    except (PackError, OSError):
        return None


def open_editor(src: Path, *, settings: Settings, parent: QWidget | None = None,
                preview_window: Callable[[Pack, Settings], QWidget] | None = None
                ) -> EditorWindow | None:
    """The editor on ``src`` (not shown yet), or None after saying why it cannot open."""
    from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
    from kvinnofrid_desktop.ui.editor.window import EditorWindow

    try:
        folder = SourceFolder.open(Path(src))
    except PackError as exc:
        QMessageBox.critical(parent, translate("EditorWindow", "Källmappen kan inte öppnas"),
                             arg(translate("EditorWindow", "Källmappen %1 kan inte öppnas:\n%2"),
                                 str(src), str(exc.first)))
        return None
    draft = folder.find_draft()
    if draft is not None:
        text = arg(translate("EditorWindow", "Det finns ändringar från %1 som inte sparades "
                             "(programmet avslutades innan de sparades). Vill du ta tillbaka "
                             "dem?"),
                   draft.saved_at.replace("T", " "))
        if not draft.based_on_current:
            text += "\n\n" + translate("EditorWindow", "Obs: filerna i källmappen har ändrats "
                                       "sedan dess; det som tas tillbaka ersätter de "
                                       "ändringarna.")
        answer = QMessageBox.question(
            parent, translate("EditorWindow", "Osparade ändringar"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            folder.restore_draft(draft)
        else:
            folder.discard_draft()
    return EditorWindow(folder, settings=settings, engine_factory=QtPdfEngine,
                        previous_pack=_previous_pack, preview_window=preview_window,
                        parent=None)


def edit_from_window(parent: QWidget, settings: Settings,
                     preview_window: Callable[[Pack, Settings], QWidget] | None = None
                     ) -> EditorWindow | None:
    """Arkiv → Redigera innehållspaket…: choose or create a source folder, open the editor."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("EditorWindow", "Redigera innehållspaket"))
    box.setText(translate("EditorWindow", "Redaktörsläget ändrar en källmapp: catalog.toml, "
                          "dokumenten och åtgärdskortets kontakter. Öppna en källmapp du redan "
                          "har, skapa en från det innehållspaket som används nu, eller börja "
                          "med en tom."))
    existing = box.addButton(translate("EditorWindow", "Öppna &källmapp…"),
                             QMessageBox.ButtonRole.AcceptRole)
    from_pack = box.addButton(translate("EditorWindow", "Skapa från &aktivt paket…"),
                              QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(translate("EditorWindow", "Skapa &tom källmapp…"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked not in (existing, from_pack, empty):
        return None
    try:
        chosen = QFileDialog.getExistingDirectory(
            parent, translate("EditorWindow", "Välj källmapp") if clicked is existing
            else translate("EditorWindow", "Välj en tom mapp för den nya källmappen"),
            str(documents_folder()))
    finally:
        forget_dialog_history()
    if not chosen:
        return None
    src = Path(chosen)
    if clicked is not existing:
        from kvinnofrid_desktop.core.authoring.new_source import (
            TEMPLATE_PUBLISHER,
            create_from_pack,
            create_from_template,
        )

        pack = _previous_pack()
        try:
            if clicked is empty:
                create_from_template(src, publisher=TEMPLATE_PUBLISHER)
            elif pack is None:
                raise OSError(translate("EditorWindow", "inget innehållspaket är "
                                                  "installerat"))
            else:
                create_from_pack(pack, src)
        except PackError as exc:
            QMessageBox.warning(parent, translate("EditorWindow", "Källmappen kunde inte skapas"),
                                str(exc.first))
            return None
        except OSError as exc:
            QMessageBox.warning(parent, translate("EditorWindow", "Källmappen kunde inte skapas"),
                                describe_os_error(exc))
            return None
    if not (src / CATALOG_NAME).is_file():
        QMessageBox.warning(parent, translate("EditorWindow", "Ingen källmapp"), arg(translate(
            "EditorWindow", "Mappen %1 har ingen catalog.toml. Välj en källmapp, eller skapa en "
            "från det aktiva paketet."), str(src)))
        return None
    window = open_editor(src, settings=settings, parent=parent, preview_window=preview_window)
    if window is not None:
        window.show()
    return window
