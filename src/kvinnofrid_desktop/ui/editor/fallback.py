"""A contact's fallback numbers (Redaktörsläge → Kontakter): what the card offers, in order,
while the contact's own number is missing.

Each change is applied at once through ``SourceFolder.set_contact_field(id, "fallback", …)``;
what the card would refuse (a fallback that is missing itself, one named twice) is refused
there and its reason shown under the list, and the list shows the model again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.authoring.source_folder import FieldError
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import chars, name_combo
from kvinnofrid_desktop.ui.editor.fields import mark_border, mark_text, refusal_words

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ApplyFallback = Callable[[list[str]], None]
Describe = Callable[[dict[str, Any]], str]  # a contact as one line: name (place)


class _FallbackList(QListWidget):
    """Delete removes the chosen fallback, as the button beside it does."""

    deleteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class FallbackEditor(QWidget):
    """The ordered fallback list of one contact, with up, down, remove and add."""

    applied = Signal()

    def __init__(self, apply: ApplyFallback, describe: Describe,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply, self._describe = apply, describe
        self._ids: list[str] = []
        self._choices: list[dict[str, Any]] = []
        self._contacts: dict[str, dict[str, Any]] = {}
        self._contact: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Reservnummer: kortet &hänvisar till dessa när numret "
                                      "saknas, i den här ordningen"), self)
        self.caption.setWordWrap(True)
        self.list = _FallbackList(self)
        self.list.setAccessibleName(self.tr("Reservnummer"))
        self.list.setMinimumWidth(chars(self.list, 30))
        self.caption.setBuddy(self.list)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_note.setText(self.tr("Inga reservnummer: saknas numret visar kortet bara "
                                        "112 för akuta fall."))
        self.up_button = QPushButton(self.tr("Flytta upp"), self)
        self.down_button = QPushButton(self.tr("Flytta ner"), self)
        self.remove_button = QPushButton(self.tr("Ta bort reserv"), self)
        self.choice = QComboBox(self)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(24)
        name_combo(self.choice, self.tr("Kontakt att lägga till som reserv"))
        # Nothing chosen at first: "Lägg till" alone must not add whichever contact is first.
        self.choice.setPlaceholderText(self.tr("Välj en kontakt …"))
        self.add_button = QPushButton(self.tr("Lägg till som reserv"), self)
        self.hint = QLabel(self)  # about the contact chosen to add
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        mark_text(self.hint, "warning")
        self.hint.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        mark_text(self.message, "error")
        self.message.hide()

        order = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)
        order.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(self.choice, 1)
        adding.addWidget(self.add_button)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_note)
        layout.addLayout(order)
        layout.addLayout(adding)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.list.deleteRequested.connect(self._remove)
        self.add_button.clicked.connect(self._add)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.choice.currentIndexChanged.connect(lambda _index: self._chosen())

    # --- what the form does -------------------------------------------------------------------

    def set_contact(self, contact: dict[str, Any] | None, contacts: list[dict[str, Any]]) -> None:
        """Show ``contact``'s fallbacks and what may be added (not itself, not a number that is
        missing too); its own municipality's contacts first, then the county's, the nation's."""
        self.message.hide()
        self._contacts = {str(c.get("id")): c for c in contacts}
        self._contact = contact
        self._ids = [str(f) for f in (contact or {}).get("fallback") or []]
        own = (contact or {}).get("municipality")

        def rank(c: dict[str, Any]) -> int:
            scope = c.get("scope")
            return 0 if own and c.get("municipality") == own else 1 if scope == "county" else \
                2 if scope == "national" else 3

        self._choices = sorted(
            (c for c in contacts if contact is not None and c.get("id") != contact.get("id")
             and c.get("status") != "missing"), key=rank)
        self._show()

    def focus_first(self) -> None:
        (self.list if self._ids else self.choice).setFocus(Qt.FocusReason.OtherFocusReason)

    def mark(self, message: str | None) -> None:
        """A problem the checks place at the fallback (None: no mark)."""
        mark_border(self.list, "QListWidget", "error" if message else None)
        self.list.setAccessibleDescription(message or "")

    # --- inside -------------------------------------------------------------------------------

    def _show(self, current: int = 0) -> None:
        self.list.clear()
        for ref in self._ids:
            target = self._contacts.get(ref)
            item = QListWidgetItem(self._describe(target) if target else ref)
            item.setData(ID_ROLE, ref)
            self.list.addItem(item)
        # Without a list, its buttons (up, down, remove) have nothing to act on.
        for widget in (self.list, self.up_button, self.down_button, self.remove_button):
            widget.setVisible(bool(self._ids))
        self.empty_note.setVisible(not self._ids)
        # The caption's letter leads to the list, or to adding the first one when it is empty.
        self.caption.setBuddy(self.list if self._ids else self.choice)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * max(1, len(self._ids))
                                 + 2 * self.list.frameWidth() + 2 if self._ids else 0)
        if self._ids:
            self.list.setCurrentRow(min(max(current, 0), len(self._ids) - 1))
        self.choice.clear()
        for c in self._choices:
            if str(c.get("id")) not in self._ids:
                self.choice.addItem(self._describe(c), str(c.get("id")))
        self.choice.setCurrentIndex(-1)
        self._chosen()

    def _chosen(self) -> None:
        # A county-wide number is often confirmed for some municipalities only (the
        # out-of-hours service): offered for one where it is not, the card would vouch for it.
        picked = self._contacts.get(str(self.choice.currentData()))
        municipality = (self._contact or {}).get("municipality")
        county = picked is not None and picked.get("scope") == "county" and bool(municipality)
        self.hint.setText(arg(self.tr("En kontakt för hela länet: lägg bara till den om den "
                                      "gäller för %1 (se dess namn och anteckning)."),
                              str(municipality)) if county else "")
        self.hint.setVisible(county)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self._ids)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self._ids) - 1)
        self.remove_button.setEnabled(chosen)
        can_add = self._contact is not None and self.choice.count() > 0
        self.choice.setEnabled(can_add)
        self.add_button.setEnabled(can_add and self.choice.currentIndex() >= 0)

    def _change(self, ids: list[str], current: int, focus: QWidget) -> None:
        try:
            self._apply(ids)
        except FieldError as exc:
            self.message.setText(refusal_words(exc))
            self.message.show()
            return
        self.message.hide()
        self._ids = ids
        self._show(current)
        # A button that went disabled (the last one moved down) would drop the focus.
        (focus if focus.isEnabled() else self.list).setFocus(Qt.FocusReason.OtherFocusReason)
        self.applied.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(self._ids) and 0 <= target < len(self._ids)):
            return
        ids = list(self._ids)
        ids[row], ids[target] = ids[target], ids[row]
        self._change(ids, target, self.up_button if step < 0 else self.down_button)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._ids):
            self._change([f for n, f in enumerate(self._ids) if n != row], row,
                         self.list if len(self._ids) > 1 else self.choice)

    def _add(self) -> None:
        ref = self.choice.currentData()
        if ref is None:
            return
        # Before 112 when 112 is last: what can be called about the matter comes first.
        ids = list(self._ids)
        at = len(ids) - 1 if ids and ids[-1] == "nod-112" else len(ids)
        ids.insert(at, str(ref))
        self._change(ids, at, self.add_button)


def describe_contact(contact: dict[str, Any], place: str) -> str:
    """"Socialjouren i Västmanland (Sala)"; the name alone when the place is in it (or
    there is none)."""
    name = str(contact.get("name") or contact.get("id"))
    return name if place.casefold() in name.casefold() else arg("%1 (%2)", name, place)
