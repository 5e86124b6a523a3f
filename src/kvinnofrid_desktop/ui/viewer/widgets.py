"""Parts of the PDF viewer: the message bar, the find bar and the thumbnail model."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtPdf import (
    QPdfDocument,
    QPdfDocumentRenderOptions,
    QPdfPageRenderer,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import chars
from kvinnofrid_desktop.ui.common.colours import follow_palette
from kvinnofrid_desktop.ui.viewer.icons import viewer_icon

# ----------------------------------------------------------------------------------------------
# Message bar
# ----------------------------------------------------------------------------------------------

# The colour of each kind of message, mixed into the palette's own background (light or dark)
# for the bar, and drawn full strength as its bottom edge. The text keeps the palette's text
# colour, so a dark theme or a high-contrast theme stays readable; the icon and the words say
# the kind as well, so the colour is never the only signal.
_ACCENTS = {
    "info": QColor(21, 101, 192),
    "warning": QColor(200, 130, 0),
    "error": QColor(198, 40, 40),
}


def _tint(base: QColor, accent: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(b * (1 - amount) + a * amount for b, a in zip(
        (base.redF(), base.greenF(), base.blueF()),
        (accent.redF(), accent.greenF(), accent.blueF()), strict=True)))


class MessageBar(QFrame):
    """Inline message at the top of the viewer: icon, text and optional controls.

    Kept inside the viewer (not a dialog) so a failed document never blocks the rest of the
    program, and so screenshots and tests can read what the user sees.
    """

    passwordSubmitted = Signal(str)
    copyRequested = Signal()
    actionRequested = Signal()  # the message's own button (show_message's ``action``)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewerMessageBar")
        self.setAccessibleName(self.tr("Meddelande"))
        self._kind = "info"
        self.icon = QLabel(self)
        self._icon_side = max(20, self.fontMetrics().height())  # grows with the text size
        self.icon.setFixedSize(self._icon_side, self._icon_side)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Meddelande"))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Lösenord"))
        self.password_edit.setAccessibleName(self.tr("Lösenord"))
        self.password_edit.setAccessibleDescription(
            self.tr("Skriv dokumentets lösenord och tryck Enter"))
        self.password_edit.setMaximumWidth(chars(self, 32))
        self.password_edit.returnPressed.connect(self._submit_password)
        self.password_button = QPushButton(self.tr("Öppna"), self)
        self.password_button.setAccessibleName(self.tr("Öppna"))
        self.password_button.setToolTip(self.tr("Öppna dokumentet med lösenordet (Enter)"))
        self.password_button.clicked.connect(self._submit_password)

        self.copy_button = QPushButton(self.tr("Kopiera adress"), self)
        self.copy_button.setAccessibleName(self.tr("Kopiera adress"))
        self.copy_button.setToolTip(self.tr("Kopiera webbadressen till urklipp"))
        self.copy_button.clicked.connect(self.copyRequested)

        self.action_button = QPushButton(self)  # its text is the message's (``action``)
        self.action_button.setAccessibleName(self.tr("Meddelandets åtgärd"))  # until shown
        self.action_button.clicked.connect(self.actionRequested)

        self.close_button = QToolButton(self)
        self.close_button.setIcon(viewer_icon("close"))
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Stäng meddelandet"))
        self.close_button.setToolTip(self.tr("Stäng meddelandet"))
        self.close_button.clicked.connect(self.hide_message)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.password_button)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self._set_controls(password=False, copy=False, closable=True)
        follow_palette(self, self._colour, now=False)  # show_message colours it

    def text(self) -> str:
        parent = self.parentWidget()
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self.label.text() if shown else ""

    def kind(self) -> str:
        return self._kind

    def show_message(
        self,
        kind: str,
        text: str,
        *,
        password: bool = False,
        copy: bool = False,
        closable: bool = True,
        action: str = "",
    ) -> None:
        """Show ``text``; ``kind`` is "info", "warning" or "error". ``action``: the text of a
        button that emits ``actionRequested`` ("" for none)."""
        # Here, not at import: the viewer is built right after the first frame, and these two
        # classes come with some 800 enum members for PySide to create.
        from PySide6.QtGui import QAccessible, QAccessibleEvent
        from PySide6.QtWidgets import QStyle

        self._kind = kind
        self._colour()
        pixmap = {
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        }.get(kind, QStyle.StandardPixmap.SP_MessageBoxInformation)
        side = self._icon_side
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(QSize(side, side),
                                                                    self.devicePixelRatioF()))
        self.icon.setAccessibleName({"warning": self.tr("Varning"), "error": self.tr("Fel")}
                                    .get(kind, self.tr("Information")))
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self._set_controls(password=password, copy=copy, closable=closable)
        self.action_button.setText(action)
        if action:
            self.action_button.setAccessibleName(action.replace("&", ""))
        self.action_button.setVisible(bool(action))
        self.show()
        if QAccessible.isActive():
            # Screen readers announce alerts; the message is why nothing else appeared.
            QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))

    def _colour(self) -> None:
        """The tint of the message's kind over the palette's base, and its text colour; again
        on a palette change (the light tint stayed in high contrast, and the ✕, drawn in the
        new text colour, could no longer be seen on it)."""
        palette = QGuiApplication.palette()
        base, ink = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        accent = _ACCENTS.get(self._kind, _ACCENTS["info"])
        background = _tint(base, accent, 0.25 if base.lightness() < 128 else 0.12)
        self.setStyleSheet(
            f"#viewerMessageBar {{ background: {background.name()}; border: none;"
            f" border-bottom: 2px solid {accent.name()}; }}"
            f" #viewerMessageBar > QLabel {{ color: {ink.name()}; background: transparent; }}"
        )

    def hide_message(self) -> None:
        was_visible = self.isVisible()
        self.hide()
        self.label.clear()
        self.password_edit.clear()
        if was_visible:
            self.closed.emit()

    def _set_controls(self, *, password: bool, copy: bool, closable: bool) -> None:
        self.password_edit.setVisible(password)
        self.password_button.setVisible(password)
        self.copy_button.setVisible(copy)
        self.close_button.setVisible(closable)

    def _submit_password(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        self.passwordSubmitted.emit(password)


# ----------------------------------------------------------------------------------------------
# Find bar
# ----------------------------------------------------------------------------------------------


class FindBar(QFrame):
    """Search field, result count, previous/next and close."""

    closeRequested = Signal()
    nextRequested = Signal()
    previousRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewerFindBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("#viewerFindBar { border-bottom: 1px solid palette(mid); }")
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Sök i dokumentet"))
        self.edit.setAccessibleName(self.tr("Sök i dokumentet"))
        self.edit.setAccessibleDescription(
            self.tr("Enter går till nästa träff, Skift+Enter till föregående, Esc stänger"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(chars(self, 22))  # gives way to the count beside it
        self.edit.setMaximumWidth(chars(self, 50))
        self.edit.installEventFilter(self)
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        for button in (self.previous_button, self.next_button):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Träffar i dokumentet"))
        self.status.setMinimumWidth(chars(self, 14))
        # "1 av 5 för ”orosanmälan”" (a word respelled) is long: where the bar is narrow it
        # takes a second line instead of being cut.
        self.status.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(viewer_icon("close"))
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.setToolTip(self.tr("Stäng Sök i dokumentet (Esc)"))
        self.close_button.setAccessibleName(self.tr("Stäng Sök i dokumentet"))
        self.close_button.clicked.connect(self.closeRequested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(6)
        layout.addWidget(self.status, 1)  # the room left over: the count is read, not cut
        layout.addWidget(self.close_button)

    def set_status(self, text: str) -> None:
        # Wrapped, the count still needs its longest word whole (”orosanmälan”).
        longest = max((self.status.fontMetrics().horizontalAdvance(w) for w in text.split()),
                      default=0)
        self.status.setMinimumWidth(max(chars(self, 14), longest + 2))
        self.status.setText(text)
        self.status.setAccessibleName(text or self.tr("Träffar i dokumentet"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.closeRequested.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previousRequested.emit()
                else:
                    self.nextRequested.emit()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        super().keyPressEvent(event)


# ----------------------------------------------------------------------------------------------
# Thumbnails
# ----------------------------------------------------------------------------------------------

THUMBNAIL_WIDTH = 112
_THUMBNAIL_CACHE = 300


class ThumbnailModel(QAbstractListModel):
    """One row per page; the picture is rendered on request, off the GUI thread.

    Views ask for DecorationRole only for the rows they paint, so only visible thumbnails are
    rendered. QPdfPageRenderer in MultiThreaded mode renders in its own thread.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: QPdfDocument | None = None
        self._count = 0
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.pageRendered.connect(self._on_rendered)
        self._pixmaps: OrderedDict[int, QPixmap] = OrderedDict()
        self._pending: dict[int, int] = {}  # request id → page
        self._requested: set[int] = set()
        self._placeholders: dict[tuple[int, int], QPixmap] = {}
        self.render_requests = 0  # for tests: proves rendering is lazy

    def set_document(self, document: QPdfDocument | None) -> None:
        self.beginResetModel()
        self._pixmaps.clear()
        self._pending.clear()
        self._requested.clear()
        self._document = document
        ready = document is not None and document.status() == QPdfDocument.Status.Ready
        self._count = document.pageCount() if ready else 0
        # Qt takes a null document; PySide's stub says otherwise.
        self._renderer.setDocument(document if ready else None)  # type: ignore[arg-type]
        self.endResetModel()

    def icon_size(self) -> QSize:
        return QSize(THUMBNAIL_WIDTH, int(THUMBNAIL_WIDTH * 1.415))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return arg(self.tr("Sida %1"), page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._pixmaps.get(page)
            if pixmap is not None:
                self._pixmaps.move_to_end(page)
                return pixmap
            self._request(page)
            return self._placeholder(page)
        return None

    def _target_size(self, page: int) -> QSize:
        points = self._document.pagePointSize(page) if self._document else QSizeF()
        box = QSizeF(self.icon_size())
        if points.isEmpty():
            return box.toSize()
        return points.scaled(box, Qt.AspectRatioMode.KeepAspectRatio).toSize()

    def _placeholder(self, page: int) -> QPixmap:
        size = self._target_size(page)
        key = (size.width(), size.height())
        if key not in self._placeholders:
            pixmap = QPixmap(size)
            pixmap.fill(QColor("#ffffff"))
            painter = QPainter(pixmap)
            painter.setPen(QColor("#c8c8c8"))
            painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
            painter.end()
            self._placeholders[key] = pixmap
        return self._placeholders[key]

    def _request(self, page: int) -> None:
        if page in self._requested or self._document is None:
            return
        self._requested.add(page)
        ratio = QGuiApplication.primaryScreen().devicePixelRatio() \
            if QGuiApplication.primaryScreen() else 1.0
        size = self._target_size(page) * ratio
        request_id = self._renderer.requestPage(page, size, QPdfDocumentRenderOptions())
        self._pending[request_id] = page
        self.render_requests += 1

    def _on_rendered(self, page: int, _size: QSize, image: QImage, _options: object,
                     request_id: int) -> None:
        # Results for a previous document (or a reset) are not in _pending: drop them.
        if self._pending.pop(request_id, None) != page or image.isNull():
            return
        pixmap = QPixmap.fromImage(image)
        ratio = QGuiApplication.primaryScreen().devicePixelRatio() \
            if QGuiApplication.primaryScreen() else 1.0
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        painter.setPen(QColor("#c8c8c8"))
        painter.drawRect(QRectF(0, 0, pixmap.width() / ratio - 1, pixmap.height() / ratio - 1))
        painter.end()
        self._pixmaps[page] = pixmap
        while len(self._pixmaps) > _THUMBNAIL_CACHE:
            old, _ = self._pixmaps.popitem(last=False)
            self._requested.discard(old)
        index = self.index(page)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
