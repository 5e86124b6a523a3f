"""The Mina sidor panel: the bookmarks sorted the Swedish way, a filter, a name field, buttons.

Everything is reachable with the keyboard in screen order: the filter (Down moves into the
list), the list (Enter opens, Delete removes), the name field (Enter renames), then the buttons.
Each entry reads as two lines, its name and where it leads (or why it leads nowhere).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.bookmarks import MAX_NAME, Bookmark
from kvinnofrid_desktop.ui.common.accessible import chars
from kvinnofrid_desktop.ui.common.labels import plain_tip
from kvinnofrid_desktop.ui.search.panel import HTML_ROLE, HtmlDelegate

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


class _List(QListWidget):
    """Enter opens the entry, Delete removes it."""

    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        if event.key() == Qt.Key.Key_Delete and self.currentItem():
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class _Filter(QLineEdit):
    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class BookmarksPanel(QWidget):
    """Shows bookmarks given by ``set_bookmarks``; asks its owner to act through signals, each
    carrying the bookmark's position in the list it was given."""

    openRequested = Signal(int)
    removeRequested = Signal(int)
    renameRequested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksPanel")
        self._bookmarks: list[Bookmark] = []
        self._places: list[str] = []
        self.collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        self.collator.setNumericMode(True)
        self.collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        # What is wrong with the stored list (set_problem): first, where it cannot be missed.
        self.problem = QWidget(self)
        row = QHBoxLayout(self.problem)
        row.setContentsMargins(0, 0, 0, 4)
        icon = QLabel(self.problem)
        side = self.fontMetrics().height()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(side, side))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Varning"))
        self.problem_text = QLabel(self.problem)
        self.problem_text.setTextFormat(Qt.TextFormat.PlainText)  # it holds a path
        self.problem_text.setWordWrap(True)
        # The path can be copied (to find the file, or to tell IT support).
        self.problem_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.problem_text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop on Tab
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.problem_text, 1)
        self.problem.hide()
        layout.addWidget(self.problem)

        filter_label = QLabel(self.tr("Fi&ltrera:"), self)
        self.filter = _Filter(self)
        self.filter.setAccessibleName(self.tr("Filtrera Mina sidor"))
        self.filter.setPlaceholderText(self.tr("Skriv för att filtrera"))
        self.filter.setClearButtonEnabled(True)
        filter_label.setBuddy(self.filter)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)

        self.list = _List(self)
        self.list.setAccessibleName(self.tr("Mina sidor"))
        self.list.setAccessibleDescription(self.tr(
            "Enter öppnar sidan, Delete tar bort den ur Mina sidor."))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        # Rows wrapped to the list's width, laid out again when it changes; never sideways.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(chars(self, 36))
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        name_label = QLabel(self.tr("&Namn:"), self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Namn på sidan"))
        self.name.setMaxLength(MAX_NAME)
        name_label.setBuddy(self.name)
        self.rename_button = QPushButton(self.tr("B&yt namn"), self)
        row = QHBoxLayout()
        row.addWidget(name_label)
        row.addWidget(self.name, 1)
        row.addWidget(self.rename_button)
        layout.addLayout(row)

        self.open_button = QPushButton(self.tr("&Gå till sidan"), self)
        self.remove_button = QPushButton(self.tr("Ta &bort"), self)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        # Export and import side by side, or one above the other where the panel is too narrow
        # for both (_place_file_buttons): squeezed, they read "Export… pages".
        self.file_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._file_buttons: list[QToolButton] = []
        layout.addLayout(self.file_row)

        self.filter.textChanged.connect(self._apply_filter)
        self.filter.downPressed.connect(self._focus_list)
        self.filter.returnPressed.connect(self._focus_list)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._open_item)
        self.list.itemDoubleClicked.connect(self._open_item)
        self.list.deletePressed.connect(self._remove_current)
        self.name.returnPressed.connect(self._rename_current)
        self.rename_button.clicked.connect(self._rename_current)
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.remove_button.clicked.connect(self._remove_current)
        self._current_changed(None, None)

    def add_command_buttons(self, actions: Mapping[str, QAction]) -> None:
        """Buttons for window commands (export, import), with their labels and state."""
        for action in actions.values():
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", "").rstrip(".…"))
            self.file_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self._file_buttons.append(button)
        self.file_row.addStretch(1)
        self._place_file_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_file_buttons()

    def _place_file_buttons(self) -> None:
        if not self._file_buttons:
            return
        margins = self.layout().contentsMargins()
        need = (sum(b.sizeHint().width() for b in self._file_buttons)
                + self.file_row.spacing() * (len(self._file_buttons) - 1)
                + margins.left() + margins.right())
        Direction = QBoxLayout.Direction
        wanted = Direction.LeftToRight if need <= self.width() else Direction.TopToBottom
        if self.file_row.direction() != wanted:
            self.file_row.setDirection(wanted)

    # --- content --------------------------------------------------------------------------------

    def set_bookmarks(self, bookmarks: Sequence[Bookmark], places: Sequence[str],
                      *, current: int | None = None) -> None:
        """``places``: for each bookmark the line saying where it leads (or why it cannot)."""
        self._bookmarks, self._places = list(bookmarks), list(places)
        order = sorted(range(len(bookmarks)), key=lambda i: (
            self.collator.sortKey(bookmarks[i].name), self.collator.sortKey(places[i])))
        self.list.blockSignals(True)
        self.list.clear()
        for i in order:
            # Read as two lines by a screen reader and by the filter; drawn with the name in
            # bold and the place below it (the search results' delegate).
            item = QListWidgetItem(f"{bookmarks[i].name}\n{places[i]}", self.list)
            item.setData(INDEX_ROLE, i)
            place = html.escape(places[i])
            item.setData(HTML_ROLE, f"<b>{html.escape(bookmarks[i].name)}</b><br>"
                                    + (f"<i>{place}</i>" if bookmarks[i].lost else place))
            item.setToolTip(plain_tip(f"{bookmarks[i].name}\n{places[i]}"))
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        target = next((self.list.item(r) for r in range(self.list.count())
                       if self.list.item(r).data(INDEX_ROLE) == current), None)
        self._set_current(target or self._first_visible())
        self._current_changed(self.list.currentItem(), None)

    def set_problem(self, text: str) -> None:
        """Say what is wrong with the stored list; "" hides the message."""
        self.problem_text.setText(text)
        self.problem_text.setAccessibleName(text)
        self.problem.setVisible(bool(text))
        self._apply_filter(self.filter.text())

    def current_index(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else int(item.data(INDEX_ROLE))

    def edit_name(self) -> None:
        """Put the keyboard in the name field, the name selected (just after Ctrl+D)."""
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_name()

    def _select_name(self) -> None:
        """All of the name selected, its start in view: selectAll() puts the cursor at the end,
        and a long name was shown from its end ("onella strategins fyra mål")."""
        length = len(self.name.text())
        self.name.setSelection(length, -length)

    def clear_filter(self) -> None:
        self.filter.setText("")  # not clear(): its undo would bring the text back

    # --- internals ------------------------------------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        shown = 0
        for r in range(self.list.count()):
            item = self.list.item(r)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            shown += not hidden
        if not self._bookmarks:
            self.empty.setText(self.tr("Inga sidor ännu. Ctrl+D lägger till sidan du läser."))
        elif not shown:
            self.empty.setText(self.tr("Inga sidor matchar filtret."))
        # With the stored list unreadable, "Ctrl+D adds the page" may not be true: the message
        # above says what is.
        self.empty.setVisible(not shown and not (self.problem_text.text() and not self._bookmarks))
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self._set_current(self._first_visible())

    def _set_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.list.setCurrentRow(-1)
        else:
            self.list.setCurrentItem(item)

    def _first_visible(self) -> QListWidgetItem | None:
        return next((self.list.item(r) for r in range(self.list.count())
                     if not self.list.item(r).isHidden()), None)

    def _focus_list(self) -> None:
        if self._first_visible() is not None:
            self.list.setFocus()

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        index = None if item is None else int(item.data(INDEX_ROLE))
        self.name.setText(self._bookmarks[index].name if index is not None else "")
        self.name.setCursorPosition(0)  # the name's start in view, not its end
        for widget in (self.name, self.rename_button, self.open_button, self.remove_button):
            widget.setEnabled(index is not None)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None and not item.isHidden():
            self.openRequested.emit(int(item.data(INDEX_ROLE)))

    def _remove_current(self) -> None:
        index = self.current_index()
        if index is not None:
            self.removeRequested.emit(index)

    def _rename_current(self) -> None:
        index = self.current_index()
        if index is None:
            return
        if self.name.text().strip():
            self.renameRequested.emit(index, self.name.text())
        else:  # a page needs a name: the one it had comes back, ready to be typed over
            self.name.setText(self._bookmarks[index].name)
            self._select_name()
