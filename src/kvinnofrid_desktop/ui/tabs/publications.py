"""Publikationer: every document of the pack, filtered as you type, sorted the Swedish way."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.pack.manifest import Document
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.actions import ActionSet, command
from kvinnofrid_desktop.ui.common.accessible import chars
from kvinnofrid_desktop.ui.common.filter_field import FilterField
from kvinnofrid_desktop.ui.common.focus import paint_focus_frame, take_focus
from kvinnofrid_desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from kvinnofrid_desktop.ui.common.labels import plain_tip, tab_title
from kvinnofrid_desktop.ui.common.link_button import link_button

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # on a row's first cell: all a filter looks in


class DetailsBrowser(QTextBrowser):
    """The publication's details: read-only text that Tab reaches (a screen reader reads it
    there, and the arrows scroll a long one) with no caret and no frame of the style's, so it
    draws its own focus frame; the focus there was invisible."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        paint_focus_frame(painter, self)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


class SwedishSortProxy(QSortFilterProxyModel):
    """Sorts text with Swedish collation (å, ä, ö after z) and keeps the rows that hold every
    word of the filter, in any order, in what the row's FILTER_ROLE names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        self.collator.setNumericMode(True)
        self.collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_filter_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        held = str(self.sourceModel().index(source_row, 0, source_parent).data(FILTER_ROLE) or "")
        return all(word in held for word in self._words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return self.collator.compare(str(a or ""), str(b or "")) < 0


MIN_TITLE_CHARS = 30  # the title column's least width, in average characters
WIDE_TITLE_CHARS = 70  # room a title keeps before the publisher column grows past its least
PUBLISHER_CHARS = 18  # the publisher column's least width
HIDE_ORDER = (4, 3, 1, 2)  # the columns that go first when the list is narrow: tab, pages, …


# Room above and below a row's text: measured to the pixel, the foot of a "g" on a title's
# last line ("sammanfattning") was cut off by the next row.
ROW_PADDING = 2


class _RowDelegate(QStyledItemDelegate):
    """Every cell measured at the width its column really has, so a row is as high as the
    highest of its wrapped cells (the title was; the publisher beside a one-line title was
    drawn "Kvinnofrid …"), with a little room above and below. The width it asks for is the
    text's on one line, which the columns that size to their contents (and _fit_columns, for
    the publisher) go by."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        natural = QStyleOptionViewItem(option)
        natural.rect = QRect()
        wanted = super().sizeHint(natural, index)
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(view.header().sectionSize(index.column()), 40),
                              max(option.rect.height(), 1))
        height = super().sizeHint(measured, index).height()
        return QSize(wanted.width(), height + 2 * ROW_PADDING)


class _MiddleCutDelegate(_RowDelegate):
    """Titles wrap onto more lines at the column's width (the rows are measured there); one
    still too long is cut in the middle: a compilation and the summary beside it begin alike
    ("Strategi för myndighetssamverkan …") and differ at the end ("– sammanställning",
    "– sammanfattning"). At 200 % text, on one line, two titles read "Samverkansplan: Våld…jur
    – sammanfattning" and "Samverkansplan: våld…ur – sammanställning". Other columns keep the
    usual cut at the end ("Kvinnofrid Väs…", not "Kvinno…anland")."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class PublicationsTab(QWidget):
    openRequested = Signal(str)  # doc id
    saveCopyRequested = Signal(str)
    openExternalRequested = Signal(str)
    printRequested = Signal(str)
    # The filter found no publication: the words looked for in every document's text instead.
    searchRequested = Signal(str)

    # Year and pages are the original publication's: our own compilation's year and page count
    # are in the details pane, under their own names, so the two are never confused.
    COLUMNS = (QT_TRANSLATE_NOOP("PublicationsTab", "Titel"),
               QT_TRANSLATE_NOOP("PublicationsTab", "Utgivare"),
               QT_TRANSLATE_NOOP("PublicationsTab", "Originalets år"),
               QT_TRANSLATE_NOOP("PublicationsTab", "Originalets sidor"),
               QT_TRANSLATE_NOOP("PublicationsTab", "Flik"))

    def __init__(self, pack: Pack, *, allow_export: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.allow_export = allow_export  # the administrator's policy: no copies out
        # Ctrl+P, Ctrl+Shift+S, Ctrl+Shift+O and the Arkiv menu act on the chosen row, as the
        # buttons do (ui/actions.py: the keys act while this tab is on screen).
        self.commands = ActionSet(self, ("print", "save_copy", "open_external"),
                                  allow_export=allow_export)
        self._init_widgets(allow_export)
        self._fill()

    @command("print")
    def print_chosen(self) -> None:
        self._emit(self.printRequested)

    @command("save_copy")
    def save_chosen(self) -> None:
        self._emit(self.saveCopyRequested)

    @command("open_external")
    def open_chosen_externally(self) -> None:
        self._emit(self.openExternalRequested)

    def _init_widgets(self, allow_export: bool) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter_label = QLabel(self.tr("&Filtrera:"), self)
        self.filter = FilterField(self)  # Esc empties it
        self.filter.setPlaceholderText(self.tr("Skriv för att filtrera på titel, utgivare, år …"))
        self.filter.setAccessibleName(self.tr("Filtrera publikationer"))
        self.filter.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter)
        self.count_label = QLabel(self)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        # The filter reads titles, publishers and years; "heder" matched none of them while
        # Strategi has a section on it. Offered under the field when nothing matches (Enter in
        # the filter too).
        self.search_all_button = link_button(self, self.tr("Sök i alla dokumentens text"))
        self.search_all_button.clicked.connect(
            lambda: self.searchRequested.emit(self.filter.text().strip()))
        self.search_all_button.hide()
        offer = QHBoxLayout()
        offer.addSpacing(self.filter_label.sizeHint().width() + top.spacing())
        offer.addWidget(self.search_all_button)
        offer.addStretch()
        layout.addLayout(offer)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        labels = [QCoreApplication.translate("PublicationsTab", c) for c in self.COLUMNS]
        # The year's and the pages' headings on two lines: on one ("Originalets sidor") they
        # made a column of two digits 130 px wide while the titles were cut in the middle.
        self.model.setHorizontalHeaderLabels(
            [label.replace(" ", "\n", 1) if col in (2, 3) else label
             for col, label in enumerate(labels)])
        for col, label in enumerate(labels):  # read out on one line
            self.model.setHeaderData(col, Qt.Orientation.Horizontal, label,
                                     Qt.ItemDataRole.AccessibleTextRole)
        self.proxy = SwedishSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTreeView(splitter)
        self.table.setModel(self.proxy)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        # Rows as high as their wrapped titles, measured again at a new column width.
        self.table.setUniformRowHeights(False)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setItemDelegate(_RowDelegate(self.table))
        self.table.setItemDelegateForColumn(0, _MiddleCutDelegate(self.table))
        self.table.header().sectionResized.connect(
            lambda *_: self.table.scheduleDelayedItemsLayout())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Publikationer"))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, chars(self, PUBLISHER_CHARS))  # _fit_columns widens it
        for col in range(2, len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _i: self._emit(self.openRequested))
        # On resize, columns in or out (_fit_columns): the viewport's own size is the new one.
        self.table.viewport().installEventFilter(self)

        details = QWidget(splitter)
        dl = QVBoxLayout(details)
        dl.setContentsMargins(8, 0, 0, 0)
        self.details = DetailsBrowser(details)
        self.details.setOpenLinks(False)  # offline: addresses are shown, never fetched
        self.details.setAccessibleName(self.tr("Om publikationen"))
        self.details.setTabChangesFocus(True)  # Tab leaves the text, as in any other field
        dl.addWidget(self.details, 1)
        # Two rows: reading (open, print), then copies out of the program (which an
        # administrator may turn off, and the row goes with them). Two buttons a row also
        # leave the list its room when the text is large.
        buttons = QGridLayout()
        self.open_button = QPushButton(self.tr("Öpp&na"), details)
        self.print_button = QPushButton(self.tr("Skriv &ut…"), details)
        self.save_button = QPushButton(self.tr("Spa&ra kopia…"), details)
        self.external_button = QPushButton(self.tr("Öppna i e&xtern läsare"), details)
        for n, (button, signal) in enumerate(((self.open_button, self.openRequested),
                                              (self.print_button, self.printRequested),
                                              (self.save_button, self.saveCopyRequested),
                                              (self.external_button,
                                               self.openExternalRequested))):
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
            buttons.addWidget(button, n // 2, n % 2)
        self.save_button.setVisible(allow_export)
        self.external_button.setVisible(allow_export)
        buttons.setColumnStretch(2, 1)
        dl.addLayout(buttons)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([2000, 1000])  # scaled to the window: the list gets two thirds
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.filter.textChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.filter.returnPressed.connect(self._focus_first)

    def _fill(self) -> None:
        for doc in self.pack.manifest.documents:
            year, pages = original_year(doc), original_pages(doc)
            cells = [doc.title, doc.publisher, year or "", str(pages or ""), tab_title(doc.tab)]
            sort_values: list[object] = [doc.title, doc.publisher, year or "", pages or 0,
                                         tab_title(doc.tab)]
            row = []
            for text, sort_value in zip(cells, sort_values, strict=True):
                item = QStandardItem(text)
                item.setEditable(False)
                item.setData(doc.id, DOC_ID_ROLE)
                item.setData(sort_value, SORT_ROLE)
                row.append(item)
            # The filter also knows the original a compilation stands for: "Länsstyrelsen",
            # "Uppsala" or a diary number find it, though the list shows our publisher.
            original = doc.original
            known = [*cells, doc.id, *((original.title, original.publisher, original.year or "",
                                        original.diary_number or "") if original else ())]
            row[0].setData(" | ".join(known).casefold(), FILTER_ROLE)
            row[0].setToolTip(plain_tip(doc.title))
            row[1].setToolTip(plain_tip(doc.publisher))
            self.model.appendRow(row)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_count()

    # --- behaviour ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Leave the title room to be read: when the list is narrow (a small window, large
        text) the less needed columns go, the tab first; the details beside the list show
        them all. They come back when there is room."""
        header = self.table.header()
        room = self.table.viewport().width() - chars(self, MIN_TITLE_CHARS)
        for col in range(1, len(self.COLUMNS)):
            header.setSectionHidden(col, False)
        # The publisher: its whole name where the title keeps room for a long one, else
        # PUBLISHER_CHARS (it read "Kvinnofrid Väs…" beside a title column half the screen).
        others = sum(max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
                     for c in range(2, len(self.COLUMNS)))
        spare = self.table.viewport().width() - chars(self, WIDE_TITLE_CHARS) - others
        header.resizeSection(1, max(chars(self, PUBLISHER_CHARS),
                                    min(self.table.sizeHintForColumn(1), spare)))
        widths = {col: max(header.sectionSize(col) if col != 1 else 0,
                           header.sectionSizeHint(col), self.table.sizeHintForColumn(col))
                  for col in range(1, len(self.COLUMNS))}
        widths[1] = min(widths[1], header.sectionSize(1))
        shown = set(widths)
        for col in HIDE_ORDER:
            if sum(widths[c] for c in shown) <= room:
                break
            header.setSectionHidden(col, True)
            shown.discard(col)

    def focus_default(self, reason: Qt.FocusReason | None = None) -> None:
        """Ctrl+4, then type to filter."""
        take_focus(self.filter, reason)

    def focus_returning(self) -> None:
        """Back from a document opened here: on its row, to open the next one."""
        if self.table.currentIndex().isValid():
            take_focus(self.table)
        else:
            self.focus_default()

    def current_doc_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(DOC_ID_ROLE)) if index.isValid() else None

    def _apply_filter(self, text: str) -> None:
        self.proxy.set_filter_words(text)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_details()
        self._show_details()

    def _focus_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.setFocus()
        elif not self.search_all_button.isHidden():
            self.search_all_button.click()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n dokument", "", total))
        else:
            self.count_label.setText(arg(self.tr("%1 av %2 dokument"), str(shown), str(total)))
        has = self.current_doc_id() is not None
        for button in (self.open_button, self.save_button, self.external_button,
                       self.print_button):
            button.setEnabled(has)
        for name, action in self.commands.items():
            action.setEnabled(has and (name == "print" or self.allow_export))

    def _emit(self, signal: SignalInstance) -> None:
        doc_id = self.current_doc_id()
        if doc_id:
            signal.emit(doc_id)

    def _show_details(self) -> None:
        doc_id = self.current_doc_id()
        doc = self.pack.manifest.document(doc_id) if doc_id else None
        words = self.filter.text().strip()
        nothing = bool(words) and not self.proxy.rowCount()
        if nothing:
            self.search_all_button.setText(arg(self.tr(
                "Sök efter ”%1” i alla dokumentens text (Enter)"), words))
        self.search_all_button.setVisible(nothing)
        if doc is not None:
            self.details.setHtml(details_html(doc, searchable=doc.id not in self._textless()))
        elif self.filter.text().strip() and not self.proxy.rowCount():
            # A blank list and a blank pane looked like a pack without documents.
            self.details.setHtml("<p>" + html.escape(arg(self.tr(
                "Ingen publikation matchar ”%1”. Töm filtret för att se alla %2."),
                self.filter.text().strip(), str(self.model.rowCount()))) + "</p>")
        else:
            self.details.setHtml("")
        self._update_count()


    def _textless(self) -> frozenset[str]:
        """The documents whose PDF has no text (scanned): the pack's index holds none for
        them. Read from the index once (core keeps it while the file is unchanged)."""
        name = self.pack.manifest.search_index
        if not name:
            return frozenset()
        from kvinnofrid_desktop.core.searchable import documents_without_text

        return documents_without_text(self.pack.path_of(name))


def original_year(doc: Document) -> str | None:
    """The year of the publication itself: an official PDF's own, or the original's that a
    compilation stands in for (never the year the compilation was written)."""
    if doc.provenance == "official":
        return str(doc.year) if doc.year else None
    return doc.original.year if doc.original and doc.original.year else None


def original_pages(doc: Document) -> int | None:
    """The page count of the publication itself (an official PDF's, or the original's)."""
    if doc.provenance == "official":
        return doc.pages
    return doc.original.pages if doc.original else None


def details_html(doc: Document, *, searchable: bool = True) -> str:
    """The details pane: the pack's facts about ``doc`` (its Swedish content) under interface
    headings in the interface language (context "PublicationsTab"); with ``searchable`` False,
    that its PDF has no text the search could find."""
    translate = QCoreApplication.translate
    e = html.escape
    missing = translate("PublicationsTab", "uppgift saknas")
    parts = [f"<h3>{e(doc.title)}</h3>"]
    compiled = doc.provenance == "compiled"
    if compiled:
        meta = [
            (translate("PublicationsTab", "Utgivare"), doc.publisher),
            (translate("PublicationsTab", "Sammanställningens år"),
             str(doc.year) if doc.year else missing),
            (translate("PublicationsTab", "Sammanställningens sidor"), str(doc.pages)),
        ]
    else:
        meta = [
            (translate("PublicationsTab", "Utgivare"), doc.publisher),
            (translate("PublicationsTab", "År"), str(doc.year) if doc.year else missing),
            (translate("PublicationsTab", "Sidor"), str(doc.pages)),
        ]
    meta.append((translate("PublicationsTab", "Flik"), tab_title(doc.tab)))
    parts.append(_table(meta))
    if not searchable:  # a scanned PDF: the search finds its title only
        parts.append("<p><b>" + e(translate("PublicationsTab", "Går inte att söka i:"))
                     + "</b> " + e(translate("PublicationsTab",
                                             "PDF:en har ingen text (inskannad?).")) + "</p>")
    if doc.summary:
        parts.append(f"<p>{e(doc.summary)}</p>")
    if doc.provenance == "compiled":
        parts.append("<p><b>" + e(translate("PublicationsTab",
                                            "Sammanställning ur offentliga källor")) + "</b> – "
                     + e(translate("PublicationsTab", "inte ett officiellt dokument. Kontrollera "
                                   "uppgifterna mot originalet.")) + "</p>")
    else:
        parts.append("<p><b>" + e(translate("PublicationsTab", "Officiellt dokument")) + "</b></p>")
    if doc.original:
        o = doc.original
        heading = translate("PublicationsTab", "Officiellt original:")
        parts.append(f"<p><b>{e(heading)}</b> {e(o.title)}</p>")
        parts.append(_table([
            (translate("PublicationsTab", "Utgivare"), o.publisher),
            (translate("PublicationsTab", "Originalets år"), o.year or missing),
            (translate("PublicationsTab", "Originalets sidor"),
             str(o.pages) if o.pages else missing),
            (translate("PublicationsTab", "Diarienummer"), o.diary_number or missing),
            (translate("PublicationsTab", "Webbadress"), o.url or missing),
        ]))
    if doc.sources:
        parts.append("<p><b>" + e(translate("PublicationsTab", "Källor")) + "</b></p><ul>")
        checked = translate("PublicationsTab", "kontrollerad %1")
        for source in doc.sources:
            parts.append(f"<li>{e(source.title)}<br><i>{e(source.url)}</i>"
                         f"<br>{e(arg(checked, source.checked))}</li>")
        parts.append("</ul>")
    return "".join(parts)


def _table(rows: list[tuple[str, str]]) -> str:
    """One line per fact, "label: value". Not a two-column table: in a narrow pane its label
    column broke words mid-way ("Sammanställnin/gens år")."""
    e = html.escape
    return "<p>" + "<br>".join(f"<b>{e(k)}:</b> {e(v)}" for k, v in rows) + "</p>"
