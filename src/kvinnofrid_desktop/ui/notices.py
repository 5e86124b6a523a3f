"""The notice banner above the tabs: a calm message, optionally with one action button.

Built with the first frame (a settings file that had to be reset is said at once), so it
touches nothing of PySide's ``Qt`` namespace. Notices quote pack text and file names: the label
shows plain text only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class NoticeBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText, see the docstring
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Meddelande"))
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName(self.tr("Stäng meddelandet"))
        close.setToolTip(self.tr("Stäng meddelandet"))
        close.clicked.connect(self.hide)
        self.action_button = QPushButton(self)
        self.action_button.setAccessibleName(self.tr("Åtgärd för meddelandet"))
        self.action_button.hide()
        self._callback: Callable[[], object] | None = None
        self.action_button.clicked.connect(self._act)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self.hide()

    def show_notice(self, text: str, action: str | None = None,
                    callback: Callable[[], object] | None = None) -> None:
        """Show ``text``; with ``action`` and ``callback`` a button that runs the callback."""
        self.label.setText(text)
        self._callback = callback if action else None
        self.action_button.setVisible(bool(action and callback))
        if action and callback:
            self.action_button.setText(action)
            self.action_button.setAccessibleName(action.replace("&", ""))
        self.show()

    def show_message(self, _kind: str, text: str) -> None:
        """The viewer's message-bar call (ui/viewer/export.py reports through either)."""
        self.show_notice(text)

    def text(self) -> str:
        """The last notice's text (whether or not it is still shown)."""
        return self.label.text()

    def _act(self) -> None:
        if self._callback is not None:
            self._callback()
