"""A flat push button drawn as a link: an offer in a sentence ("Menade du …?", "Sök i alla
dokument efter …") that the keyboard reaches and Enter or Space clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget


def link_button(parent: QWidget, text: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setAutoDefault(True)  # Enter clicks it as well as Space
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("text-align: left; text-decoration: underline; color: palette(link);")
    return button
