"""Building the PDF viewer's controls (its actions come from ui/actions.py; viewer.py wires
them up)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRegularExpression,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.commands import VIEWER_TOOLBAR, plain
from kvinnofrid_desktop.ui.common.accessible import name_combo
from kvinnofrid_desktop.ui.common.colours import follow_palette

ZOOM_PRESETS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


# The viewer's strings share the context "PdfViewer". Calls are written out as
# translate("PdfViewer", "…"): lupdate recognises that call, not a helper wrapped around it.
translate = QCoreApplication.translate


def percent(factor: float) -> str:
    """A zoom factor as the toolbar shows it: 1.25 → "125 %" (Swedish), "125%" (English)."""
    # "%1 %": the space before the sign is Swedish typography; English writes "%1%".
    return arg(translate("PdfViewer", "%1 %"), str(round(factor * 100)))


def make_page_box(parent: QWidget) -> tuple[QLineEdit, QLabel]:
    """The page number field and the "/ 46" label after it."""
    edit = QLineEdit(parent)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00000") + 14)
    # Digits only; the range is checked on Enter, so a number out of range is reverted.
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), edit))
    edit.setAccessibleName(translate("PdfViewer", "Sidnummer"))
    edit.setToolTip(translate("PdfViewer", "Skriv ett sidnummer och tryck Enter för att gå dit"))
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setContentsMargins(4, 0, 6, 0)
    return edit, label


def make_zoom_combo(parent: QWidget) -> QComboBox:
    """Editable zoom box: shows "125 %", offers fit modes and presets, accepts typed values."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(6)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.addItem(translate("PdfViewer", "Anpassa till bredd"), "fit_width")
    combo.addItem(translate("PdfViewer", "Anpassa till hel sida"), "fit_page")  # as the command
    for factor in ZOOM_PRESETS:
        combo.addItem(percent(factor), factor)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    name_combo(combo, translate("PdfViewer", "Zoomnivå"))
    # The keys named as every menu and the F1 list name them ("Ctrl++", not "Ctrl+plus").
    keys = ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
                     for key in ("Ctrl++", "Ctrl+-", "Ctrl+0"))
    combo.setToolTip(arg(translate("PdfViewer", "Zoomnivå (%1)"), keys))
    return combo


def make_toolbar(parent: QWidget, actions: Mapping[str, QAction],
                 widgets: Mapping[str, QWidget]) -> QToolBar:
    """The compact icon toolbar laid out as ``actions.VIEWER_TOOLBAR`` says: ``actions`` by
    command name, ``widgets`` for the names in capitals; ``None`` is a separator."""
    bar = QToolBar(translate("PdfViewer", "Dokumentverktyg"), parent)
    # The icons grow with the text size (a larger system font, 200 % text), never below 20 px.
    side = max(20, bar.fontMetrics().height())
    bar.setIconSize(QSize(side, side))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.setMovable(False)
    bar.setAccessibleName(translate("PdfViewer", "Dokumentverktyg"))
    # A keyboard user must see which icon has the focus: the style's own hint on a flat tool
    # button is a faint tint, so the focused one gets a frame in the palette's highlight colour.
    sheet = ("QToolBar { border: none; border-bottom: 1px solid palette(mid);"
             " spacing: 2px; padding: 2px 4px; }"
             " QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }")
    # Set again on a palette change: the page count, page box and zoom box kept the old colours
    # (black "/ 13" on a dark toolbar, white boxes in high contrast).
    follow_palette(bar, lambda: bar.setStyleSheet(sheet))
    for name in VIEWER_TOOLBAR:
        if name is None:
            bar.addSeparator()
        elif name in widgets:
            bar.addWidget(widgets[name])
        else:
            item = actions[name]
            bar.addAction(item)
            button = bar.widgetForAction(item)
            if isinstance(button, QToolButton):
                # Toolbar buttons are outside the tab chain by default; keyboard and
                # screen-reader users should reach them too.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setAccessibleName(plain(item.text()))
                button.setAccessibleDescription(item.toolTip())
    # In a narrow window the icons that do not fit move behind Qt's "»" button, which was
    # outside the tab chain too: Find, Print and Save could not be reached by Tab.
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        more.setAccessibleName(translate("PdfViewer", "Fler verktyg"))
        more.setToolTip(translate("PdfViewer", "Fler verktyg"))
    return bar


def make_spacer(parent: QWidget) -> QWidget:
    spacer = QWidget(parent)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return spacer


class WrappingDelegate(QStyledItemDelegate):
    """Measures an entry at the width its column really has, so long headings wrap (the
    document tabs' overview, the side panel's outline)."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        if view.rootIsDecorated():
            depth += 1
        width = view.header().sectionSize(index.column()) - view.indentation() * depth
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 40), max(option.rect.height(), 1))
        return super().sizeHint(measured, index)



def make_outline_view(parent: QWidget, model: QAbstractItemModel) -> QTreeView:
    tree = QTreeView(parent)
    tree.setModel(model)
    tree.setHeaderHidden(True)
    # Long headings wrap, as in the document tabs' overview: cut ("Programmets eget åtg…")
    # they could not be read, and had no tooltip. Rows are measured again at a new width.
    tree.setWordWrap(True)
    tree.setItemDelegate(WrappingDelegate(tree))
    tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    follow_palette(tree, lambda: tree.setStyleSheet("QTreeView::item { padding: 2px 0; }"))
    tree.setAccessibleName(translate("PdfViewer", "Innehåll"))
    tree.setAccessibleDescription(
        translate("PdfViewer", "Dokumentets rubriker. Enter går till rubrikens sida."))
    return tree


class _ThumbnailDelegate(QStyledItemDelegate):
    """Draws each thumbnail a little below the top of its grid cell, so pages have air."""

    TOP = 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        moved = QStyleOptionViewItem(option)
        moved.rect = option.rect.translated(0, self.TOP)
        super().paint(painter, moved, index)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(0, self.TOP)


def make_thumbnail_view(parent: QWidget, model: QAbstractItemModel, icon_size: QSize) -> QListView:
    view = QListView(parent)
    view.setModel(model)
    view.setViewMode(QListView.ViewMode.IconMode)
    # Left-to-right with wrapping and a grid as wide as the panel (set on resize): one
    # thumbnail per row, centred. (With top-to-bottom flow the grid cells are left-aligned.)
    view.setFlow(QListView.Flow.LeftToRight)
    view.setWrapping(True)
    view.setMovement(QListView.Movement.Static)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(True)  # the view then asks only the visible rows for pictures
    view.setIconSize(icon_size)
    view.setItemDelegate(_ThumbnailDelegate(view))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(translate("PdfViewer", "Miniatyrer"))
    view.setAccessibleDescription(translate("PdfViewer", "En bild per sida. Enter går till sidan."))
    return view


def make_sidebar(parent: QWidget, outline: QTreeView, thumbnails: QListView) -> QTabWidget:
    sidebar = QTabWidget(parent)
    sidebar.setDocumentMode(True)
    sidebar.addTab(outline, translate("PdfViewer", "Innehåll"))
    sidebar.addTab(thumbnails, translate("PdfViewer", "Miniatyrer"))
    sidebar.setAccessibleName(translate("PdfViewer", "Sidopanel"))
    sidebar.tabBar().setAccessibleName(translate("PdfViewer", "Sidopanelens flikar"))
    sidebar.setMinimumWidth(150)
    sidebar.hide()
    return sidebar
