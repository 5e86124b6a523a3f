"""Page objects: what a test reads off a widget, kept out of the program's classes (issue 16).

Each function reads what the user sees through the widget's public parts (its child widgets,
models and labels), so a test asks "which signs are shown" without the production class
carrying a method only tests call.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAccessible
from PySide6.QtPdf import QPdfSearchModel
from PySide6.QtWidgets import QWidget

from kvinnofrid_desktop.ui.card.tab import ActionCardTab
from kvinnofrid_desktop.ui.card.widgets import ContactCard, SignEntry, StepEntry
from kvinnofrid_desktop.ui.dialogs.shortcuts import ShortcutsDialog
from kvinnofrid_desktop.ui.tabs.publications import DOC_ID_ROLE, PublicationsTab
from kvinnofrid_desktop.ui.viewer.viewer import PdfViewer


def _shown(root: QWidget, kind: type) -> list:
    """``root``'s descendants of ``kind`` that are shown, in the order they were built (the
    card builds its entries in reading order)."""
    if isinstance(root, ActionCardTab):
        root.ensure_loaded()  # a card not shown yet is built on first use
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root)]


def spoken(widget: QWidget, kind: str = "Name") -> str:
    """What a screen reader reads of ``widget``: its accessible Name, Description or Value
    (with the accessibility on: the ``announced`` fixture)."""
    return QAccessible.queryAccessibleInterface(widget).text(getattr(QAccessible.Text, kind))


# --- the viewer ---------------------------------------------------------------------------------

def zoom_text(viewer: PdfViewer) -> str:
    """The zoom shown in the toolbar, such as "125 %" ("" without a document)."""
    return viewer.zoom_combo.currentText()


def drawn_at(viewer: PdfViewer, text: str) -> tuple[int, QRectF]:
    """Where ``text`` is first drawn in ``viewer``: (0-based page, viewport rectangle)."""
    finder = QPdfSearchModel()
    finder.setDocument(viewer.document())
    finder.setSearchString(text)
    try:
        for page in range(viewer.page_count()):
            results = finder.resultsOnPage(page)
            if results:
                rect = QRectF(results[0].rectangles()[0])
                return page, viewer.view.map_rect_from_page(page, rect)
    finally:
        del finder  # deleting the model also stops its background search timer
    raise AssertionError(f"{text!r} is not in the document")


# --- the action card ----------------------------------------------------------------------------

def text_in_view(viewer: PdfViewer, page: int, text: str) -> bool:
    """Whether ``text`` is on ``page`` (1-based) and all of it inside the viewer's view."""
    finder = QPdfSearchModel()
    finder.setDocument(viewer.document())
    finder.setSearchString(text)
    found = [rect for match in finder.resultsOnPage(page - 1) for rect in match.rectangles()]
    del finder  # deleting the model also stops its background search timer
    area = QRectF(viewer.view.viewport().rect())
    return bool(found) and all(area.contains(viewer.view.map_rect_from_page(page - 1, rect))
                               for rect in found)


def visible_sign_texts(tab: ActionCardTab) -> list[str]:
    return [entry.sign.text for entry in _shown(tab, SignEntry)]


def visible_step_titles(tab: ActionCardTab) -> list[str]:
    return [entry.step.title for entry in _shown(tab, StepEntry)]


def step_entries(tab: ActionCardTab) -> list[StepEntry]:
    return _shown(tab, StepEntry)


def contact_widgets(tab: ActionCardTab) -> list[ContactCard]:
    """The contact cards shown, in the order the user reads them."""
    return _shown(tab, ContactCard)


def contact_card(tab: ActionCardTab, contact_id: str) -> ContactCard | None:
    tab.ensure_loaded()
    widget = tab.entry_widget(contact_id)
    return widget if isinstance(widget, ContactCard) else None


def copy_notice_text(tab: ActionCardTab) -> str:
    """The confirmation shown after a copy, or "" once it has gone."""
    tab.ensure_loaded()
    return tab.footer.notice_text()


def phone_text(card: ContactCard) -> str | None:
    return card.copy_rows[0].value if card.copy_rows and card.contact.phone else None


def warning_texts(card: ContactCard) -> list[str]:
    return [row.text() for row in card.visible_notices()]


def fallback_phones(card: ContactCard) -> list[str]:
    return [row.value for row in card.fallback_rows]


# --- the library, the shortcut list -------------------------------------------------------------

def visible_titles(library: PublicationsTab) -> list[str]:
    return [str(library.proxy.index(r, 0).data()) for r in range(library.proxy.rowCount())]


def select(library: PublicationsTab, doc_id: str) -> None:
    """Click the row of ``doc_id``."""
    for row in range(library.proxy.rowCount()):
        index = library.proxy.index(row, 0)
        if index.data(DOC_ID_ROLE) == doc_id:
            library.table.setCurrentIndex(index)
            return
    raise AssertionError(f"{doc_id} is not listed")


def shortcut_list(dialog: ShortcutsDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
