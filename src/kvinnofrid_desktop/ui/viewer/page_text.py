"""Visa sidans text: the current page's words as text a screen reader can read (issue 19).

The PDF view is a picture to a screen reader. This panel shows the page's text beside it, from
the pack's search index (``core/search/page_text.py`` joins its printed lines into paragraphs
and marks the document's own headings), and follows the page as the reader moves.

Each block is a label of its own, so that the accessibility tree holds the page as a screen
reader expects a document: headings with the role Heading (``QAccessible`` factory below: Qt
gives every label the role StaticText), then paragraphs and list items, in reading order. Every
block can be reached with Tab, its text selected with the mouse or Shift and the arrows, and
copied with Ctrl+C; "Kopiera sidans text" copies the whole page.

WCAG 2.1 AA (EN 301 549): the text is drawn in the palette's Text colour on its Base colour
(whatever the system's contrast theme), it has its own zoom up to 300 % that reflows instead
of scrolling sideways, and the focus moves from the panel's heading and button through the
blocks in reading order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.core.search.page_text import HEADING, ITEM, Block, plain_text

TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
HEADING_SCALE = {1: 1.4, 2: 1.2}  # deeper levels: 1.1
_TEXT_KEYS = (Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
               | Qt.TextInteractionFlag.TextSelectableByKeyboard)


class BlockLabel(QLabel):
    """One block of the page: a paragraph, a list item or (``level`` > 0) a heading."""

    def __init__(self, block: Block, parent: QWidget) -> None:
        super().__init__(parent)
        self.block = block
        self.level = block.level if block.kind == HEADING else 0
        self.setTextFormat(Qt.TextFormat.PlainText)  # the pack's words, never markup
        self.setText(block.text)
        self.setWordWrap(True)
        self.setTextInteractionFlags(_SELECTABLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reads the page block by block
        self.setForegroundRole(QPalette.ColorRole.Text)
        self.setAccessibleName(block.text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if block.kind == ITEM:
            self.setContentsMargins(12, 0, 0, 0)

    def event(self, event: QEvent) -> bool:
        # The viewer's Home, End, PgUp and PgDown move its pages; in the text they move the
        # cursor and the selection (and PgUp/PgDown, ignored here, scroll the text).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in _TEXT_KEYS:
            event.accept()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.hasSelectedText():
            # Without a cursor placed, Shift and the arrows select nothing in a QLabel
            # reached with Tab (Qt 6.12); at the start of the block they select from there.
            self.setSelection(0, 0)


class _HeadingAccessible(QAccessibleWidget):
    """A heading block as a screen reader should meet it: role Heading, its text as name."""

    def __init__(self, label: BlockLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.text()
        if kind == QAccessible.Text.Description:
            return arg(QCoreApplication.translate("PageTextView", "Rubrik nivå %1"),
                       self._label.level)
        return super().text(kind)


def _accessible(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, BlockLabel) and obj.level > 0:
        return _HeadingAccessible(obj)
    return None  # Qt's own interface for everything else


_factory_installed = False


def install_accessibility() -> None:
    """Give heading blocks the role Heading (once per process)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_accessible)
        _factory_installed = True


class PageTextView(QWidget):
    """The text of one page in blocks; ``show_page`` replaces it, ``zoom`` scales it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_accessibility()
        self.setObjectName("pageText")
        self._scale = 1.0
        self._shown: tuple[int, str] | None = None  # page and text on screen
        self.blocks: list[BlockLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.copy_button = QPushButton(self.tr("&Kopiera sidans text"), self)
        self.copy_button.setAccessibleName(self.tr("Kopiera sidans text"))
        self.copy_button.clicked.connect(self.copy_all)
        header.addWidget(self.title, 1)
        header.addWidget(self.copy_button)
        layout.addLayout(header)

        self.body = QWidget(self)
        self.body.setObjectName("pageTextBody")
        self.body.setAccessibleName(self.tr("Sidans text"))
        self.body.setBackgroundRole(QPalette.ColorRole.Base)
        self.body.setForegroundRole(QPalette.ColorRole.Text)
        self.body.setAutoFillBackground(True)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(12, 10, 12, 10)
        self.column.setSpacing(8)
        self.column.addStretch(1)
        self.empty = QLabel(self.body)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.Text)
        self.empty.hide()
        self.column.insertWidget(0, self.empty)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(self.body)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the blocks take the focus
        layout.addWidget(self.area, 1)
        self.setFocusProxy(self.copy_button)
        self.clear()

    # --- content --------------------------------------------------------------------------------

    def show_page(self, page: int, count: int, blocks: Sequence[Block]) -> None:
        """Show page ``page`` (1-based) of ``count`` with these blocks."""
        self.title.setText(arg(self.tr("Sidans text – sida %1 av %2"), page, count))
        self.body.setAccessibleName(arg(self.tr("Sidans text, sida %1"), page))
        key = (page, plain_text(blocks))
        if key == self._shown:
            return
        self._shown = key
        focused = any(block.hasFocus() for block in self.blocks)
        self._set_blocks(blocks)
        self.empty.setText(self.tr("Sidan har ingen text. Den kan vara en bild eller en "
                                   "inskannad sida."))
        self.empty.setVisible(not blocks)
        self.copy_button.setEnabled(bool(blocks))
        self.area.verticalScrollBar().setValue(0)
        if focused:  # the reader moved on from inside the text: stay in it, at the top
            (self.blocks[0] if self.blocks else self.copy_button).setFocus()

    def clear(self, message: str | None = None) -> None:
        """No page: ``message`` (or that no document is open) instead of text."""
        self._shown = None
        self._set_blocks([])
        self.title.setText(self.tr("Sidans text"))
        self.empty.setText(message or self.tr("Inget dokument är öppet."))
        self.empty.show()
        self.copy_button.setEnabled(False)

    def text(self) -> str:
        """The page's text as shown, one block per paragraph."""
        return plain_text([label.block for label in self.blocks])

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _set_blocks(self, blocks: Sequence[Block]) -> None:
        for label in self.blocks:
            label.hide()
            label.deleteLater()
        self.blocks = []
        previous: QWidget = self.copy_button
        for n, block in enumerate(blocks):
            label = BlockLabel(block, self.body)
            self._apply_font(label)
            self.column.insertWidget(n + 1, label)  # after the note, before the stretch
            label.show()  # now, not on the layout's next turn: it can be read at once
            QWidget.setTabOrder(previous, label)  # reading order, whatever was built before
            previous = label
            self.blocks.append(label)

    # --- zoom -----------------------------------------------------------------------------------

    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float) -> None:
        """The text's size relative to the program's font (1.0–3.0); the blocks reflow."""
        self._scale = min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[-1])
        for label in self.blocks:
            self._apply_font(label)
        font = self.body.font()
        font.setPointSizeF(self.font().pointSizeF() * self._scale)
        self.empty.setFont(font)

    def zoom(self, step: int) -> None:
        """One step larger (``step`` > 0) or smaller; 0 back to 100 %."""
        if step == 0:
            self.set_scale(1.0)
            return
        if step > 0:
            scale = next((s for s in TEXT_SCALES if s > self._scale + 1e-6), TEXT_SCALES[-1])
        else:
            scale = next((s for s in reversed(TEXT_SCALES) if s < self._scale - 1e-6),
                         TEXT_SCALES[0])
        self.set_scale(scale)

    def _apply_font(self, label: BlockLabel) -> None:
        font = QFont(self.font())
        size = self.font().pointSizeF() * self._scale
        if label.level:
            size *= HEADING_SCALE.get(label.level, 1.1)
            font.setBold(True)
        font.setPointSizeF(size)
        label.setFont(font)
