"""The editor's Dokument part: the pack's documents in a list, the selected one in a form.

Left, the documents in catalog order (title and tab), with the buttons that add PDFs (also by
dropping them on the part), move a document up or down (Alt+Up/Alt+Down in the list) and remove
one (Delete in the list; asked first, and the file stays in the source folder). Right, the
selected document's fields; further right, its first page and page count.

Every change goes through ``SourceFolder``'s own setters, as a field is left: a value the
model refuses (``FieldError``) stays in the field, marked, with the model's Swedish reason
under it, and the model keeps what it had. ``changed`` is emitted after every change the model
took; the window saves, checks and writes the draft.

The preview is drawn off the GUI thread: opening a PDF of real size and rendering its first
page costs a few milliseconds for the pack's own PDFs but far more for a municipality's scanned
report, and a Markdown document is first rendered to PDF with the pack builder's renderer
(``core/authoring/markdown_pdf.py``, ~0.7 s for the strategy) into a temporary folder of this
part. A Markdown file is watched: an editor that saves replaces the file, which removes it from
the watch, so the path is added again after each change and the folder is watched too.
"""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QPixmap,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.authoring.build import read_markdown, render_markdown
from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.authoring.checks import (
    DOCUMENTS,
    ERROR,
    EditorProblem,
    Location,
)
from kvinnofrid_desktop.core.authoring.source_folder import (
    FieldError,
    PdfInfo,
    SourceFolder,
    check_url,
    pdf_info,
)
from kvinnofrid_desktop.core.pack.manifest import PROVENANCES, TABS, Original, Source
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine, PdfReadError
from kvinnofrid_desktop.core.pack.problems import PackError, Problem
from kvinnofrid_desktop.core.pack.schema import iso_date
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import chars, lines, name_combo
from kvinnofrid_desktop.ui.common.file_drops import FileDrops, local_files
from kvinnofrid_desktop.ui.common.labels import plain_tip, problem_text, tab_title
from kvinnofrid_desktop.ui.common.os_errors import describe_os_error
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
from kvinnofrid_desktop.ui.common.task import Task
from kvinnofrid_desktop.ui.editor.fields import (
    FieldBox,
    ShownFieldError,
    mark_border,
    mark_colour,
    mark_text,
    refusal_problem,
    refusal_words,
)

CONTEXT = "DocumentsPart"
PREVIEW_WIDTH = 220  # logical pixels: the first page as a thumbnail, readable as a page
# An editor saving a Markdown file writes, renames and touches in a burst; one render after it.
WATCH_SETTLE_MS = 250
# A field change of a Markdown document (its title, its sources) shows in its rendered PDF.
META_SETTLE_MS = 600
_SOURCE_KEYS = ("title", "url", "checked")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- work done off the GUI thread ---------------------------------------------------------------


def first_page(pdf: Path, name: str, width_px: int) -> tuple[QImage, int]:
    """The first page of ``pdf`` rendered ``width_px`` wide, and its page count; PackError
    with the program's Swedish reason when the PDF cannot be used. Runs in a worker: the
    QPdfDocument is made in this thread."""
    try:
        doc = QtPdfEngine().open(pdf)
    except PdfReadError as exc:
        raise PackError(Problem(exc.code, name, None, exc.message)) from None
    try:
        size = doc.pagePointSize(0)
        ratio = size.height() / size.width() if size.width() > 0 else 1.414
        image = doc.render(0, QSize(width_px, max(1, round(width_px * ratio))))
        return image, doc.pageCount()
    finally:
        doc.close()


def read_pdf_info(pdf: Path) -> PdfInfo | None:
    """What the PDF says about itself (title, author), for "Lägg till PDF"; None when it
    cannot be opened (``add_pdf`` then says why). Not a year: the file's creation date is when
    the file was made (a scan made today said 2026 for a routine of 2019), so the editor asks
    for the year the document was published."""
    try:
        doc = QtPdfEngine().open(pdf)
    except PdfReadError:
        return None
    try:
        field = QPdfDocument.MetaDataField
        return pdf_info(str(doc.metaData(field.Title) or ""),
                        str(doc.metaData(field.Author) or ""), None)
    finally:
        doc.close()


def markdown_first_page(source: Path, doc: dict[str, Any], out: Path, width_px: int
                        ) -> tuple[QImage, int]:
    """Render the Markdown document as ``pack build`` does, into ``out``; its first page.
    Values the checks will refuse anyway are left out, so that the preview still shows."""
    sources = [Source(**{k: s[k] for k in _SOURCE_KEYS})
               for s in doc.get("sources") or []
               if isinstance(s, dict) and all(isinstance(s.get(k), str) for k in _SOURCE_KEYS)
               and iso_date(s["checked"], allow_future=True) is None]
    original = doc.get("original")
    ref = None
    if isinstance(original, dict) and original.get("title") and original.get("publisher"):
        ref = Original(str(original["title"]), str(original["publisher"]),
                       year=original.get("year"), diary_number=original.get("diary_number"),
                       url=original.get("url"), pages=original.get("pages"))
    render_markdown(read_markdown(source), source.name, str(doc.get("title") or ""),
                    str(doc.get("publisher") or ""), str(doc.get("language") or "sv"),
                    str(doc.get("summary") or ""), sources, ref, out)
    return first_page(out, source.name, width_px)


# --- small widgets ------------------------------------------------------------------------------


class _DocumentList(QTreeWidget):
    """Delete asks to remove the document; Alt+Up and Alt+Down move it."""

    deletePressed = Signal()
    movePressed = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_Delete and self.currentItem() is not None:
            self.deletePressed.emit()
            return
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.movePressed.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class _Summary(QPlainTextEdit):
    """A multi-line field applied when it is left (Tab moves on; it types no tab)."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class _NamedCellDelegate(QStyledItemDelegate):
    """A cell's editor is named by its column, for a screen reader."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(header or ""))
        return editor


class _Note:
    """The mark of a field that is not a FieldBox: a border and the reason under it."""

    def __init__(self, widget: QWidget, label: QLabel) -> None:
        self.widget, self.label = widget, label
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field it marks is where focus goes
        label.hide()

    def mark(self, message: str | None, kind: str = "error") -> None:
        name = type(self.widget).__name__
        if not message:
            mark_border(self.widget, name, None)
            self.label.hide()
            self.label.clear()
            self.widget.setAccessibleDescription("")
            return
        mark_border(self.widget, name, kind)
        mark_text(self.label, kind)
        self.label.setText(message)
        self.label.show()
        self.widget.setAccessibleDescription(message)


# --- the part -----------------------------------------------------------------------------------


class DocumentsPart(QWidget):
    """The documents of ``folder``; changes them only through its methods."""

    changed = Signal()  # after every change the SourceFolder model took
    held = Signal()  # another document was chosen, but a refused value keeps this one
    refusals_changed = Signal()  # a field refused a value, or a refusal ended (refusals())

    def __init__(self, folder: SourceFolder, engine_factory: Callable[[], PdfEngine],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPart")
        self.folder = folder
        self._engine_factory = engine_factory
        self._index: int | None = None  # the document the form shows
        self._loading = False
        self._problems: dict[int, list[EditorProblem]] = {}
        self._summary_shown = ""
        self._summary_refused: FieldError | None = None  # the model's words
        self._sources_refused: FieldError | None = None
        self._original_pending = False  # typed for a document with no original, not complete
        self._notes: dict[str, _Note] = {}  # marks of the fields that are not FieldBoxes
        self._shown_ids: list[Any] = []
        # The preview: one worker at a time; the latest request waits for it.
        self._task: Task | None = None
        self._wanted: tuple[int, Callable[[], object], str] | None = None
        self._generation = 0
        self._running = 0  # the generation the worker renders
        self._md_stamp: tuple[int, int] | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="kvinnofrid-forhandsvisning-")
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._markdown_touched)
        self._watcher.directoryChanged.connect(self._markdown_touched)
        self._watch_timer = self._timer(WATCH_SETTLE_MS, self._check_markdown)
        self._meta_timer = self._timer(META_SETTLE_MS, self._request_preview)
        self.setAcceptDrops(True)
        self._build()
        FileDrops(self, self.add_pdfs).watch(
            [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit),
             *self.findChildren(QAbstractItemView)])
        self._fill_list()
        if self.documents.topLevelItemCount():
            self._select(0)
        else:
            self._show(None)

    # --- the public interface -----------------------------------------------------------------

    def reload(self) -> None:
        """The model changed underneath (revert, a restored draft): show it again, keeping the
        selected document when it is still there (by id, else by place)."""
        docs = self.folder.documents()
        old_id = None
        if self._index is not None and self._index < len(self._shown_ids):
            old_id = self._shown_ids[self._index]
        ids = [d.get("id") for d in docs]
        keep = ids.index(old_id) if old_id in ids else self._index
        self._index = None  # nothing of the old form is applied to the new model
        self._fill_list()
        if docs:
            self._select(min(keep or 0, len(docs) - 1))
        else:
            self._show(None)

    def show_location(self, location: Location) -> None:
        """Select the document of ``location`` and put the cursor in its field."""
        if location.part != DOCUMENTS:
            return
        if isinstance(location.key, int) and 0 <= location.key < len(self.folder.documents()):
            self._select(location.key)
            if self._index != location.key:  # kept on the shown document by a refused value
                return
        if self._index is None:
            self.documents.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target = self._focus_target(location.field)
        self.form_area.ensureWidgetVisible(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_problems(self, problems: list[EditorProblem]) -> None:
        """Mark the documents and fields that have problems; previous marks are cleared."""
        self._problems = {}
        for p in problems:
            if p.location.part == DOCUMENTS and isinstance(p.location.key, int):
                self._problems.setdefault(p.location.key, []).append(p)
        for row in range(self.documents.topLevelItemCount()):
            self._mark_row(row)
        self._mark_fields()

    def refusals(self) -> list[EditorProblem]:
        """The values typed in the shown document's form and refused: not in the model, so
        the pack would not have them (an error each, for the window's list of problems)."""
        if self._index is None:
            return []
        boxes = {"title": self.title, "id": self.doc_id, "publisher": self.publisher,
                 "year": self.year, **{f"original.{key}": box
                                       for key, box in self.original.items()}}
        found = [refusal_problem(Location(DOCUMENTS, self._index, name), CATALOG_NAME,
                                 box.name, box.reason)
                 for name, box in boxes.items() if box.reason is not None]
        for name, label, reason in (
                ("summary", self.tr("Sammanfattning"), self._summary_refused),
                ("sources", self.tr("Källor"), self._sources_refused)):
            if reason is not None:
                found.append(refusal_problem(Location(DOCUMENTS, self._index, name),
                                             CATALOG_NAME, label, reason))
        return found

    def commit_pending(self) -> bool:
        """Apply the field being edited; False when a field refuses its value (it stays in the
        field, marked, and the model keeps what it had)."""
        return self._commit_form(final=True)

    def add_pdfs(self, paths: list[Path]) -> None:
        """Copy each PDF into the source folder as a new document (a drop, the file dialog).
        One that cannot be opened is refused with its reason; nothing of it is copied."""
        self._commit_form(final=False)
        refused: list[str] = []
        added: int | None = None
        engine = self._engine_factory()
        wanted: list[Path] = []
        for path in map(Path, paths):
            if not path.is_dir():
                wanted.append(path)
                continue
            # A folder dropped or chosen: the PDFs in it (it said "filen finns inte").
            try:
                inside = sorted(p for p in path.iterdir()
                                if p.suffix.lower() == ".pdf" and p.is_file())
            except OSError as exc:
                refused.append(arg(self.tr("%1 lades inte till: %2"), path.name,
                                   describe_os_error(exc)))
                continue
            if not inside:
                refused.append(arg(self.tr("Mappen %1 har inga PDF-filer; inget lades till."),
                                   path.name))
            wanted += inside
        for path in wanted:
            try:
                added = self.folder.add_pdf(path, engine=engine, info=read_pdf_info(path))
            except PackError as exc:
                reasons = "; ".join(problem_text(p.code, p.message) for p in exc.problems)
                refused.append(arg(self.tr("%1 lades inte till: %2"), path.name, reasons))
            except OSError as exc:
                refused.append(arg(self.tr("%1 lades inte till: %2"), path.name,
                                   describe_os_error(exc)))
        self.notice.setText("\n".join(refused))
        self.notice.setVisible(bool(refused))
        if added is not None:
            self._fill_list()
            self._select(added)
            self.changed.emit()

    def shutdown(self) -> None:
        """Wait for the preview's worker and remove the preview files; call before deleting."""
        self._wanted = None
        if self._task is not None:
            self._task.wait()
        for path in self._watcher.files() + self._watcher.directories():
            self._watcher.removePath(path)
        self._tmp.cleanup()

    # --- what the user sees (read by tests) ---------------------------------------------------

    @property
    def current_index(self) -> int | None:
        return self._index

    def preview_text(self) -> str:
        """The preview's page count and status, as shown."""
        return "\n".join(t for t in (self.page_count.text(), self.preview_status.text()) if t)

    # --- construction -------------------------------------------------------------------------

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 0)

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        box = QVBoxLayout(panel)
        box.setContentsMargins(6, 6, 6, 6)
        heading = QLabel(self.tr("Doku&menten i paketet"), panel)
        self.documents = _DocumentList(panel)
        self.documents.setObjectName("documentList")
        self.documents.setAccessibleName(self.tr("Dokumenten i paketet"))
        self.documents.setAccessibleDescription(self.tr(
            "Alt+Uppåtpil och Alt+Nedåtpil flyttar dokumentet, Delete tar bort det"))
        self.documents.setColumnCount(2)
        self.documents.setHeaderLabels([self.tr("Titel"), self.tr("Flik")])
        self.documents.setRootIsDecorated(False)
        self.documents.setUniformRowHeights(True)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setMinimumWidth(chars(self.documents, 30))
        header = self.documents.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        heading.setBuddy(self.documents)
        self.documents.currentItemChanged.connect(self._current_changed)
        self.documents.deletePressed.connect(self._ask_remove)
        self.documents.movePressed.connect(self._move)

        self.add_button = QPushButton(self.tr("&Lägg till PDF…"), panel)
        self.add_button.setToolTip(self.tr("Eller dra PDF-filer hit"))
        self.add_button.clicked.connect(self._choose_pdfs)
        self.up_button = QPushButton(self.tr("Flytta &upp"), panel)
        self.up_button.setToolTip(self.tr("Alt+Uppåtpil i listan"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Flytta &ned"), panel)
        self.down_button.setToolTip(self.tr("Alt+Nedåtpil i listan"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = QPushButton(self.tr("Ta &bort…"), panel)
        self.remove_button.setToolTip(self.tr("Delete i listan; filen ligger kvar i källmappen"))
        self.remove_button.clicked.connect(self._ask_remove)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addWidget(self.remove_button)
        moves.addStretch(1)
        hint = QLabel(self.tr("Dra PDF-filer hit för att lägga till dem."), panel)
        hint.setWordWrap(True)
        self.notice = QLabel(panel)
        self.notice.setObjectName("documentsNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        mark_text(self.notice, "error")
        self.notice.hide()
        box.addWidget(heading)
        box.addWidget(self.documents, 1)
        box.addLayout(moves)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(hint)
        box.addWidget(self.notice)
        return panel

    def _field(self, name: str, apply: Callable[[str], None], *,
               check: Callable[[str], str | None] | None = None) -> FieldBox:
        box = FieldBox(name, apply, check=check, parent=self.form)
        box.applied.connect(self._applied)
        box.refusal_changed.connect(self.refusals_changed)
        return box

    def _row(self, form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None
             ) -> QLabel:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(buddy or field)
        form.addRow(label, field)
        return label

    def _build_form(self) -> QWidget:
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setAccessibleName(self.tr("Dokumentets uppgifter"))
        self.form = QWidget(self.form_area)
        self.form.setObjectName("documentForm")
        outer = QVBoxLayout(self.form)
        outer.setContentsMargins(6, 6, 6, 6)
        self.empty_label = QLabel(self.tr(
            "Paketet har inga dokument. Lägg till PDF-filer med knappen eller dra dem hit."),
            self.form)
        self.empty_label.setWordWrap(True)
        outer.addWidget(self.empty_label)
        self.doc_problems = QLabel(self.form)
        _Note(self.form, self.doc_problems)  # only for its label's look
        outer.addWidget(self.doc_problems)

        # The document itself.
        self.main_group = QGroupBox(self.tr("Dokumentet"), self.form)
        form = QFormLayout(self.main_group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = self._field(self.tr("Titel"), lambda t: self._set("title", t.strip()))
        self.title.setParent(self.main_group)
        self._row(form, self.tr("T&itel:"), self.title, self.title.edit)
        self.doc_id = self._field(self.tr("Id"), lambda t: self._set("id", t.strip()))
        self.doc_id.setParent(self.main_group)
        self.doc_id.edit.setToolTip(self.tr(
            "Dokumentets namn i paketet: små bokstäver, siffror och bindestreck"))
        self._row(form, self.tr("Id:"), self.doc_id, self.doc_id.edit)
        self.tab = QComboBox(self.main_group)
        name_combo(self.tab, self.tr("Flik"))
        for key in TABS:
            self.tab.addItem(tab_title(key), key)
        self.tab.currentIndexChanged.connect(lambda _i: self._combo_chosen("tab", self.tab))
        self._row(form, self.tr("&Flik:"), self._with_note(self.tab, "tab"), self.tab)
        self.summary = _Summary(self.main_group)
        self.summary.setAccessibleName(self.tr("Sammanfattning"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(lines(self.summary, 6))
        self.summary.setMaximumHeight(lines(self.summary, 9))
        self.summary.left.connect(self._summary_left)
        self._row(form, self.tr("Sammanfattnin&g:"), self._with_note(self.summary, "summary"),
                  self.summary)
        self.publisher = self._field(self.tr("Utgivare"),
                                     lambda t: self._set("publisher", t.strip()))
        self.publisher.setParent(self.main_group)
        self._row(form, self.tr("Utgivar&e:"), self.publisher, self.publisher.edit)
        self.year = self._field(self.tr("År"), self._set_year)
        self.year.setParent(self.main_group)
        self.year.edit.setMaximumWidth(chars(self.year.edit, 10))
        self.year.edit.setMinimumWidth(chars(self.year.edit, 8))
        self._row(form, self.tr("&År:"), self.year, self.year.edit)
        self.provenance = QComboBox(self.main_group)
        name_combo(self.provenance, self.tr("Ursprung"))
        provenance_titles = {
            "official": self.tr("Officiellt dokument (myndighetens egen fil)"),
            "compiled": self.tr("Sammanställning från offentliga källor"),
        }
        for key in PROVENANCES:
            self.provenance.addItem(provenance_titles.get(key, key), key)
        self.provenance.currentIndexChanged.connect(
            lambda _i: self._combo_chosen("provenance", self.provenance))
        self._row(form, self.tr("Ursp&rung:"), self._with_note(self.provenance, "provenance"),
                  self.provenance)
        self.file = FieldBox(self.tr("Fil"), lambda _t: None, parent=self.main_group)
        self.file.edit.setReadOnly(True)
        self._row(form, self.tr("Fil:"), self.file, self.file.edit)
        self.open_editor = QPushButton(self.tr("Öppna i te&xtredigeraren"), self.main_group)
        self.open_editor.setToolTip(self.tr(
            "Öppnar Markdown-filen i datorns textredigerare; förhandsvisningen uppdateras när "
            "filen sparas"))
        self.open_editor.clicked.connect(self._open_markdown)
        form.addRow("", _left(self.open_editor))
        outer.addWidget(self.main_group)

        # The official original a compilation stands in for.
        self.original_group = QGroupBox(self.tr("Officiellt original"), self.form)
        oform = QFormLayout(self.original_group)
        oform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(self.tr(
            "Dokumentet som en sammanställning ersätter; titel och utgivare krävs."),
            self.original_group)
        intro.setWordWrap(True)
        oform.addRow(intro)
        self.original: dict[str, FieldBox] = {}
        for key, name, label in (
                ("title", self.tr("Originalets titel"), self.tr("Titel:")),
                ("publisher", self.tr("Originalets utgivare"), self.tr("Utgivare:")),
                ("year", self.tr("Originalets år"), self.tr("År:")),
                ("pages", self.tr("Originalets sidantal"), self.tr("Sidor:")),
                ("diary_number", self.tr("Originalets diarienummer"), self.tr("Diarienummer:")),
                ("url", self.tr("Originalets webbadress"), self.tr("Webbadress:"))):
            box = self._field(name, functools.partial(self._set_original, key),
                              check=check_url if key == "url" else None)
            box.setParent(self.original_group)
            self.original[key] = box
            self._row(oform, label, box, box.edit)
        self.original_note = QLabel(self.original_group)
        self._original_marker = _Note(self.original["title"].edit, self.original_note)
        oform.addRow(self.original_note)
        self.remove_original = QPushButton(self.tr("Inget original"), self.original_group)
        self.remove_original.setToolTip(self.tr("Tar bort uppgifterna om originalet"))
        self.remove_original.clicked.connect(self._clear_original)
        oform.addRow("", _left(self.remove_original))
        outer.addWidget(self.original_group)

        # The sources a compilation was written from.
        self.sources_group = QGroupBox(self.tr("Källor"), self.form)
        sbox = QVBoxLayout(self.sources_group)
        sources_label = QLabel(self.tr("Käll&or (titel, webbadress, kontrollerad ÅÅÅÅ-MM-DD):"),
                               self.sources_group)
        sources_label.setWordWrap(True)
        self.sources = QTableWidget(0, 3, self.sources_group)
        self.sources.setAccessibleName(self.tr("Källor"))
        self.sources.setHorizontalHeaderLabels(
            [self.tr("Titel"), self.tr("Webbadress"), self.tr("Kontrollerad")])
        self.sources.setItemDelegate(_NamedCellDelegate(self.sources))
        self.sources.verticalHeader().hide()
        self.sources.setWordWrap(False)  # one line a source; the whole text is its tooltip
        self.sources.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        self.sources.setMinimumHeight(lines(self.sources, 8))
        sheader = self.sources.horizontalHeader()
        sheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        sheader.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        sheader.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sources.setColumnWidth(0, chars(self.sources, 28))
        sources_label.setBuddy(self.sources)
        self.sources.itemChanged.connect(self._source_edited)
        self.sources_note = QLabel(self.sources_group)
        self._sources_marker = _Note(self.sources, self.sources_note)
        add_source = QPushButton(self.tr("Lägg till källa"), self.sources_group)
        add_source.clicked.connect(self._add_source)
        self.remove_source = QPushButton(self.tr("Ta bort källa"), self.sources_group)
        self.remove_source.clicked.connect(self._remove_source)
        buttons = QHBoxLayout()
        buttons.addWidget(add_source)
        buttons.addWidget(self.remove_source)
        buttons.addStretch(1)
        sbox.addWidget(sources_label)
        sbox.addWidget(self.sources)
        sbox.addWidget(self.sources_note)
        sbox.addLayout(buttons)
        outer.addWidget(self.sources_group)
        outer.addStretch(1)
        self.form_area.setWidget(self.form)
        self.form_area.setMinimumWidth(chars(self, 52))
        return self.form_area

    def _with_note(self, widget: QWidget, name: str) -> QWidget:
        """``widget`` with a line under it for its mark."""
        holder = QWidget(widget.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        widget.setParent(holder)
        box.addWidget(widget)
        label = QLabel(holder)
        box.addWidget(label)
        self._notes[name] = _Note(widget, label)
        return holder

    def _build_preview(self) -> QWidget:
        panel = QWidget(self)
        box = QVBoxLayout(panel)
        box.setContentsMargins(6, 6, 6, 6)
        panel.setMinimumWidth(PREVIEW_WIDTH + 14)  # as wide with a status as with a page
        heading = QLabel(self.tr("Första sidan"), panel)
        heading.setStyleSheet("font-weight: bold;")
        self.thumbnail = QLabel(panel)
        self.thumbnail.setObjectName("documentPreview")
        self.thumbnail.setAccessibleName(self.tr("Dokumentets första sida"))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.thumbnail.setFixedWidth(PREVIEW_WIDTH + 2)
        self.thumbnail.setMinimumHeight(round(PREVIEW_WIDTH * 1.42) + 2)
        self.thumbnail.setFrameShape(QFrame.Shape.Box)
        self.page_count = QLabel(panel)
        self.page_count.setObjectName("documentPageCount")
        self.preview_status = QLabel(panel)
        self.preview_status.setObjectName("documentPreviewStatus")
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_status.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview_status.setMaximumWidth(PREVIEW_WIDTH + 2)
        box.addWidget(heading)
        box.addWidget(self.thumbnail)
        box.addWidget(self.page_count)
        box.addWidget(self.preview_status)
        box.addStretch(1)
        return panel

    # --- the list -----------------------------------------------------------------------------

    def _fill_list(self) -> None:
        docs = self.folder.documents()
        self._shown_ids = [d.get("id") for d in docs]
        blocked = self.documents.blockSignals(True)
        try:
            self.documents.clear()
            for doc in docs:
                self._label_item(QTreeWidgetItem(self.documents), doc)
        finally:
            self.documents.blockSignals(blocked)
        for row in range(len(docs)):
            self._mark_row(row)
        self._update_buttons()

    def _label_item(self, item: QTreeWidgetItem, doc: dict[str, Any]) -> None:
        title = str(doc.get("title") or doc.get("id") or "")
        item.setText(0, title)
        tab = str(doc.get("tab", ""))
        item.setText(1, tab_title(tab))
        item.setToolTip(0, plain_tip(title))

    def _select(self, index: int) -> None:
        item = self.documents.topLevelItem(index)
        if item is None:
            return
        if self.documents.currentItem() is item:
            self._show(index)
        else:
            self.documents.setCurrentItem(item)
        self.documents.scrollToItem(item)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if not self._commit_form(final=False):  # what was typed belongs to the document shown
            self._hold()
            return
        index = self.documents.indexOfTopLevelItem(current) if current is not None else -1
        self._show(index if index >= 0 else None)

    def _hold(self) -> None:
        """Stay on the shown document: a field refused what was typed, and showing another
        document would throw the text away unseen. The refused field gets the focus."""
        item = self.documents.topLevelItem(self._index if self._index is not None else -1)
        if item is not None:
            blocked = self.documents.blockSignals(True)
            try:
                self.documents.setCurrentItem(item)
            finally:
                self.documents.blockSignals(blocked)
        boxes = [self.title, self.doc_id, self.publisher, self.year, *self.original.values()]
        refused: QWidget | None = next((b.edit for b in boxes if b.refused is not None), None)
        if refused is None and self._summary_refused is not None:
            refused = self.summary
        if refused is None and self._sources_refused is not None:
            refused = self.sources
        if refused is not None:
            self.form_area.ensureWidgetVisible(refused)
            refused.setFocus(Qt.FocusReason.OtherFocusReason)
        self.held.emit()

    def _update_buttons(self) -> None:
        count = self.documents.topLevelItemCount()
        index = self._index
        self.up_button.setEnabled(index is not None and index > 0)
        self.down_button.setEnabled(index is not None and index < count - 1)
        self.remove_button.setEnabled(index is not None)

    def _mark_row(self, row: int) -> None:
        item = self.documents.topLevelItem(row)
        if item is None:
            return
        found = self._problems.get(row, [])
        doc_title = item.text(0)
        if not found:
            item.setIcon(0, _problem_icon(self, None))
            item.setForeground(0, QBrush())
            item.setToolTip(0, plain_tip(doc_title))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, doc_title)
            return
        worst = ERROR if any(p.severity == ERROR for p in found) else "warning"
        item.setIcon(0, _problem_icon(self, worst))
        item.setForeground(0, QBrush(mark_colour("error" if worst == ERROR else "warning")
                                     or QColor()))
        texts = [problem_text(p.code, p.problem.message) for p in found]
        item.setToolTip(0, plain_tip("\n".join([doc_title, *texts])))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                     arg(self.tr("%1 – %2"), doc_title, " ".join(texts)))

    # --- showing a document -------------------------------------------------------------------

    def _doc(self) -> dict[str, Any]:
        assert self._index is not None
        return self.folder.documents()[self._index]

    def _show(self, index: int | None) -> None:
        self._index = index
        self._loading = True
        try:
            self._fill_form(index)
        finally:
            self._loading = False
        self._update_buttons()
        self._mark_fields()
        self.refusals_changed.emit()  # the refusals of the document shown before are gone
        self._watch_markdown()
        self._request_preview()

    def _fill_form(self, index: int | None) -> None:
        has = index is not None
        for group in (self.main_group, self.original_group, self.sources_group):
            group.setVisible(has)
        self.empty_label.setVisible(not has and not self.folder.documents())
        self._summary_refused = self._sources_refused = None
        self._original_pending = False
        if index is None:
            return
        doc = self.folder.documents()[index]
        self.title.set_value(str(doc.get("title") or ""))
        self.doc_id.set_value(str(doc.get("id") or ""))
        self.publisher.set_value(str(doc.get("publisher") or ""))
        year = doc.get("year")
        self.year.set_value("" if year is None else str(year))
        self._set_combo(self.tab, doc.get("tab"))
        provenance = doc.get("provenance", "official" if doc.get("file") else "compiled")
        self._set_combo(self.provenance, provenance)
        self._summary_shown = str(doc.get("summary") or "")
        self.summary.setPlainText(self._summary_shown)
        kind = self._kind(doc)
        self.file.set_value(str(doc.get("file") or doc.get("source") or ""))
        made = self.tr("skapas från åtgärdskortets uppgifter") if kind == "generated" else ""
        self.file.edit.setPlaceholderText(made)
        self.open_editor.setVisible(kind == "markdown")
        original = doc.get("original") if isinstance(doc.get("original"), dict) else {}
        for key, box in self.original.items():
            value = original.get(key)
            box.set_value("" if value is None else str(value))
        self.remove_original.setEnabled(bool(original))
        self._fill_sources(doc.get("sources") or [])

    def _set_combo(self, combo: QComboBox, key: Any) -> None:
        at = combo.findData(key)
        if at < 0:  # a value written by hand that the checks will name: show it as it is
            combo.addItem(str(key), key)
            at = combo.count() - 1
        combo.setCurrentIndex(at)

    def _fill_sources(self, sources: list[Any]) -> None:
        blocked = self.sources.blockSignals(True)
        try:
            self.sources.setRowCount(0)
            for source in sources:
                if isinstance(source, dict):
                    self._append_source_row([str(source.get(k) or "") for k in _SOURCE_KEYS])
        finally:
            self.sources.blockSignals(blocked)
        self._sources_marker.mark(None)

    def _append_source_row(self, values: list[str]) -> int:
        row = self.sources.rowCount()
        self.sources.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(plain_tip(value))
            self.sources.setItem(row, column, item)
        return row

    @staticmethod
    def _kind(doc: dict[str, Any]) -> str:
        if doc.get("file"):
            return "pdf"
        if doc.get("source"):
            return "markdown"
        return "generated" if doc.get("generated") else "none"

    # --- marks --------------------------------------------------------------------------------

    def _markers(self) -> dict[str, Callable[[str | None, str], None]]:
        fields: dict[str, Callable[[str | None, str], None]] = {}
        for name, box in (("title", self.title), ("id", self.doc_id),
                          ("publisher", self.publisher), ("year", self.year),
                          ("file", self.file), ("source", self.file),
                          ("generated", self.file)):
            fields[name] = self._box_marker(box)
        for name, note in self._notes.items():
            fields[name] = note.mark
        fields["sources"] = self._sources_mark
        fields["original"] = self._original_marker.mark
        return fields

    def _box_marker(self, box: FieldBox) -> Callable[[str | None, str], None]:
        def mark(message: str | None, kind: str = "error") -> None:
            if box.refused is None:  # the refusal of what was typed says more
                box.mark(message, kind)
        return mark

    def _sources_mark(self, message: str | None, kind: str = "error") -> None:
        if self._sources_refused is None:
            self._sources_marker.mark(message, kind)

    def _mark_fields(self) -> None:
        found = self._problems.get(self._index, []) if self._index is not None else []
        markers = self._markers()
        by_field: dict[str, list[EditorProblem]] = {}
        general: list[EditorProblem] = []
        for p in found:
            if p.location.field in markers:
                by_field.setdefault(p.location.field, []).append(p)
            else:
                general.append(p)
        # file, source and generated are one field in the form: the file box.
        by_field["file"] = [p for f in ("file", "source", "generated")
                            for p in by_field.get(f, [])]
        for name, mark in markers.items():
            if name in ("source", "generated"):
                continue
            problems = by_field.get(name, [])
            if not problems:
                mark(None, "error")
                continue
            kind = ERROR if any(p.severity == ERROR for p in problems) else "warning"
            mark("\n".join(problem_text(p.code, p.problem.message) for p in problems), kind)
        self.doc_problems.setText("\n".join(problem_text(p.code, p.problem.message)
                                            for p in general))
        mark_text(self.doc_problems, "error")
        self.doc_problems.setVisible(bool(general))

    def _focus_target(self, field: str | None) -> QWidget:
        targets: dict[str, QWidget] = {
            "title": self.title.edit, "id": self.doc_id.edit, "tab": self.tab,
            "summary": self.summary, "publisher": self.publisher.edit, "year": self.year.edit,
            "provenance": self.provenance, "file": self.file.edit, "source": self.file.edit,
            "generated": self.file.edit, "sources": self.sources,
            "original": self.original["title"].edit,
            **{f"original.{key}": box.edit for key, box in self.original.items()},
        }
        return targets.get(field or "", self.title.edit)

    # --- applying what was typed --------------------------------------------------------------

    def _applied(self) -> None:
        """A field's value was taken by the model."""
        if self._index is None:
            return
        item = self.documents.topLevelItem(self._index)
        doc = self._doc()
        if item is not None:
            self._label_item(item, doc)
        self._shown_ids[self._index] = doc.get("id")
        self.remove_original.setEnabled(isinstance(doc.get("original"), dict))
        if self._kind(doc) == "markdown":
            self._meta_timer.start()
        self.changed.emit()

    def _set(self, name: str, value: Any) -> None:
        if self._index is None:
            return
        self.folder.set_document_field(self._index, name, value)

    def _set_year(self, text: str) -> None:
        text = text.strip()
        self._set("year", None if not text else int(text) if text.isdigit() else text)

    def _combo_chosen(self, name: str, combo: QComboBox) -> None:
        if self._loading or self._index is None:
            return
        note = self._notes[name]
        try:
            self._set(name, combo.currentData())
        except FieldError as exc:
            note.mark(refusal_words(exc))
            return
        note.mark(None)
        self._applied()

    def _summary_left(self) -> None:
        self._apply_summary()

    def _apply_summary(self) -> bool:
        if self._loading or self._index is None:
            return True
        text = self.summary.toPlainText()
        if text == self._summary_shown and self._summary_refused is None:
            return True
        note = self._notes["summary"]
        try:
            self._set("summary", text)
        except FieldError as exc:
            self._summary_refused = exc
            note.mark(refusal_words(exc))
            self.refusals_changed.emit()
            return False
        was_refused = self._summary_refused is not None
        self._summary_shown, self._summary_refused = text, None
        note.mark(None)
        if was_refused:
            self.refusals_changed.emit()
        self._applied()
        return True

    def _original_values(self, name: str, text: str) -> dict[str, Any]:
        """The original with ``name`` set to ``text``: what the model holds, what the other
        boxes hold when it was taken (or is still incomplete), and the new value."""
        doc = self._doc()
        values: dict[str, Any] = dict(doc.get("original") or {})
        for key, box in self.original.items():
            if key != name and box.refused is None:
                values[key] = box.value().strip()
        values[name] = text.strip()
        pages = values.get("pages")
        if isinstance(pages, str) and pages:
            if not pages.isdigit():
                raise ShownFieldError(self.tr("sidantalet ska vara ett heltal, t.ex. 46"))
            values["pages"] = int(pages)
        return {k: v for k, v in values.items() if v not in (None, "")}

    def _set_original(self, name: str, text: str, *, final: bool = False) -> None:
        if self._index is None:
            return
        values = self._original_values(name, text)
        has = isinstance(self._doc().get("original"), dict)
        if not values:
            self.folder.set_document_original(self._index, None)
            self._original_pending = False
            return
        if not has and not final and not (values.get("title") and values.get("publisher")):
            # Typed for a document without an original: taken once title and publisher are
            # there, so the first field filled is not refused for the second one.
            self._original_pending = True
            return
        self.folder.set_document_original(self._index, values)
        self._original_pending = False

    def _clear_original(self) -> None:
        if self._index is None:
            return
        self.folder.set_document_original(self._index, None)
        for box in self.original.values():
            box.set_value("")
        self._original_pending = False
        self._applied()

    # --- sources ------------------------------------------------------------------------------

    def _table_sources(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.sources.rowCount()):
            values = []
            for column in range(3):
                item = self.sources.item(row, column)
                values.append(item.text().strip() if item is not None else "")
            if values[0] or values[1]:  # a new, empty row is not a source yet
                rows.append(dict(zip(_SOURCE_KEYS, values, strict=True)))
        return rows

    def _source_edited(self, item: QTableWidgetItem) -> None:
        item.setToolTip(plain_tip(item.text()))
        self._apply_sources()

    def _apply_sources(self) -> bool:
        if self._loading or self._index is None:
            return True
        try:
            self.folder.set_document_sources(self._index, self._table_sources())
        except FieldError as exc:
            self._sources_refused = exc
            self._sources_marker.mark(refusal_words(exc))
            self.refusals_changed.emit()
            return False
        was_refused = self._sources_refused is not None
        self._sources_refused = None
        self._sources_marker.mark(None)
        if was_refused:
            self.refusals_changed.emit()
        self._applied()
        return True

    def _add_source(self) -> None:
        blocked = self.sources.blockSignals(True)
        try:
            row = self._append_source_row(["", "", dt.date.today().isoformat()])
        finally:
            self.sources.blockSignals(blocked)
        self.sources.setCurrentCell(row, 0)
        self.sources.setFocus(Qt.FocusReason.OtherFocusReason)
        item = self.sources.item(row, 0)
        if item is not None:
            self.sources.editItem(item)

    def _remove_source(self) -> None:
        row = self.sources.currentRow()
        if row < 0:
            return
        self.sources.removeRow(row)
        self._apply_sources()

    def _close_table_editor(self) -> None:
        if self.sources.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.sources.isAncestorOf(editor):
            self.sources.commitData(editor)
            self.sources.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # --- committing ---------------------------------------------------------------------------

    def _commit_form(self, *, final: bool) -> bool:
        if self._index is None or self._loading:
            return True
        ok = True
        for box in (self.title, self.doc_id, self.publisher, self.year):
            ok = box.commit() and ok
        for key, box in self.original.items():
            ok = box.commit() and ok
            del key
        if final and self._original_pending:
            box = self.original["title"]
            try:
                self._set_original("title", box.value(), final=True)
            except FieldError as exc:
                self._original_marker.mark(refusal_words(exc))
                ok = False
            else:
                self._applied()
        ok = self._apply_summary() and ok
        self._close_table_editor()
        if self._sources_refused is not None:
            ok = self._apply_sources() and ok
        return ok

    # --- reorder, remove, add -----------------------------------------------------------------

    def _move(self, step: int) -> None:
        index = self._index
        if index is None:
            return
        target = index + step
        if not 0 <= target < len(self.folder.documents()):
            return
        self._commit_form(final=False)
        self.folder.move_document(index, target)
        self._index = None
        self._fill_list()
        self._select(target)
        self.documents.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _ask_remove(self) -> None:
        if self._index is None:
            return
        self._commit_form(final=False)
        index, doc = self._index, self._doc()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ta bort dokumentet"),
                          arg(self.tr("Ta bort »%1« ur paketet?"), str(doc.get("title") or "")),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("removeDocumentQuestion")
        box.setInformativeText(self.tr(
            "Filen ligger kvar i källmappen; dokumentet försvinner ur paketet när du sparar."))
        remove = box.addButton(self.tr("Ta bort"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(_result: int) -> None:
            chosen = box.clickedButton()
            box.deleteLater()
            if chosen is remove and self._index == index:
                self._remove(index)

        box.finished.connect(answered)
        box.open()

    def _remove(self, index: int) -> None:
        self.folder.remove_document(index)
        self._index = None
        self._problems = {}
        self._fill_list()
        count = len(self.folder.documents())
        if count:
            self._select(min(index, count - 1))
        else:
            self._show(None)
        self.documents.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _choose_pdfs(self) -> None:
        from kvinnofrid_desktop.ui.common.file_dialogs import open_file

        chosen = open_file(self, self.tr("Lägg till PDF"), Path.home(),
                           self.tr("PDF-filer (*.pdf)"))
        if chosen:
            self.add_pdfs([Path(chosen)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_pdfs(files)

    # --- the preview --------------------------------------------------------------------------

    def _markdown_path(self) -> Path | None:
        # A preview may come back after its document went (the folder reverted after the
        # worker was waited for: the test fixture's order, which failed a CI run).
        if self._index is None or self._index >= len(self.folder.documents()) or \
                self._kind(self._doc()) != "markdown":
            return None
        return self.folder.document_path(self._index)

    def _open_markdown(self) -> None:
        """The Markdown file in the system's text editor: a local file, never an address."""
        path = self._markdown_path()
        if path is None or not path.is_file():
            self.preview_status.setText(self.tr("Filen finns inte i källmappen."))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve()))):
            self.preview_status.setText(arg(self.tr(
                "Ingen textredigerare kunde öppna filen; öppna %1 själv."), str(path)))

    def _watch_markdown(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        path = self._markdown_path()
        self._md_stamp = None
        if path is None:
            return
        if path.parent.is_dir():
            self._watcher.addPath(str(path.parent))
        if path.is_file():
            self._watcher.addPath(str(path))

    def _markdown_touched(self, _path: str) -> None:
        self._watch_timer.start()

    def _check_markdown(self) -> None:
        path = self._markdown_path()
        if path is None:
            return
        if path.is_file() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))  # an editor replaced the file: watch the new one
        if _stamp(path) != self._md_stamp:
            self._request_preview()

    def _clear_preview(self) -> None:
        self.thumbnail.clear()
        self.thumbnail.hide()
        self.page_count.clear()
        self.page_count.hide()

    def _request_preview(self) -> None:
        self._meta_timer.stop()
        self._generation += 1
        self._clear_preview()
        if self._index is None:
            self.preview_status.setText("")
            self._wanted = None
            return
        doc, index = self._doc(), self._index
        kind = self._kind(doc)
        path = self.folder.document_path(index)
        if kind == "generated":
            self._wanted = None
            self.preview_status.setText(self.tr(
                "Åtgärdskortet skapas av programmet från kontakternas uppgifter när paketet "
                "byggs; det finns ingen fil att förhandsvisa."))
            return
        if path is None or not path.is_file():
            self._wanted = None
            self.preview_status.setText(self.tr("Filen finns inte i källmappen."))
            return
        width = round(PREVIEW_WIDTH * self.devicePixelRatioF())
        if kind == "markdown":
            self._md_stamp = _stamp(path)
            out = Path(self._tmp.name) / "forhandsvisning.pdf"
            self.preview_status.setText(self.tr(
                "Förhandsvisningen skapas … den uppdateras när Markdown-filen sparas."))

            def call() -> object:
                return markdown_first_page(path, doc, out, width)
        else:
            self.preview_status.setText(self.tr("Förhandsvisningen skapas …"))

            def call() -> object:
                return first_page(path, path.name, width)

        self._wanted = (self._generation, call, path.name)
        if self._task is None:
            self._start_preview()

    def _start_preview(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            return
        generation, call, name = wanted

        def tagged() -> object:
            return generation, call()

        # The application is the worker's parent: it may outlive this part (the window
        # deleted without shutdown); its signals then find no receiver and are dropped.
        parent: QObject = QCoreApplication.instance() or self
        self._running = generation
        self._task = Task(tagged, name, parent)
        self._task.succeeded.connect(self._preview_ready)
        self._task.failed.connect(self._preview_failed)
        self._task.finished.connect(self._preview_finished)
        self._task.start()

    def _preview_ready(self, value: object) -> None:
        generation, (image, pages) = cast(tuple[int, tuple[QImage, int]], value)
        if generation != self._generation:
            return
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.thumbnail.setPixmap(QPixmap.fromImage(image))
        self.thumbnail.show()
        self.page_count.setText(arg(self.tr("Sidor: %1"), str(pages)))
        self.page_count.show()
        self.preview_status.setText(self.tr(
            "Förhandsvisning av PDF-filen som byggs av Markdown-filen.")
            if self._markdown_path() is not None else "")

    def _preview_failed(self, problems: list[Problem]) -> None:
        if self._running != self._generation:
            return  # a newer request was made; this one's failure no longer applies
        self._clear_preview()
        reasons = "; ".join(problem_text(p.code, p.message) for p in problems)
        self.preview_status.setText(arg(self.tr("Förhandsvisningen kunde inte skapas: %1"),
                                        reasons))

    def _preview_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.wait()
            task.deleteLater()
        self._start_preview()


def _left(widget: QWidget) -> QWidget:
    """``widget`` at its own width, on the left of a form row."""
    holder = QWidget(widget.parentWidget())
    box = QHBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    widget.setParent(holder)
    box.addWidget(widget)
    box.addStretch(1)
    return holder


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _problem_icon(widget: QWidget, severity: str | None) -> QIcon:
    """The list's mark for a document with problems (an empty icon when none)."""
    if severity is None:
        return QIcon()
    pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if severity == ERROR
              else QStyle.StandardPixmap.SP_MessageBoxWarning)
    return widget.style().standardIcon(pixmap)
