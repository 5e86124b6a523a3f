"""Arkiv → Importera innehållspaket: what the pack is, what it changes, then a safe install.

Every check and every guarantee lives in ``content.store``; this dialog shows their outcome and
asks for the only two decisions a person may make – trusting an unsigned pack and going back to
an older version. Reading the archive and installing it run on a worker thread: a county's pack
takes seconds to unpack and verify, and the window must stay responsive and cancellable.

Installera is offered only after every file was checked as ``pack verify`` checks it
(``verify_archive``): the manifest and its signature alone said "Verifierat … Klart att
installera" about an archive with a damaged PDF, which failed only after Installera.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.install.active import version_key
from kvinnofrid_desktop.core.install.preview import ImportPreview
from kvinnofrid_desktop.core.install.signing import (
    INVALID,
    RETIRED,
    UNSIGNED,
    VERIFIED,
    SignatureState,
)
from kvinnofrid_desktop.core.install.store import ImportResult, PackStore
from kvinnofrid_desktop.core.install.verify import verify_archive
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine
from kvinnofrid_desktop.core.pack.problems import PackError, Problem
from kvinnofrid_desktop.core.pack.schema import made_by_newer_program
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import chars, lines
from kvinnofrid_desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from kvinnofrid_desktop.ui.common.labels import first_of, plain_tip, problem_text, tab_title
from kvinnofrid_desktop.ui.common.task import Task
from kvinnofrid_desktop.ui.dialogs.scrolling_body import ScrollingBody, fit_to_screen, screen_room

# Status colours (dark enough for white glyphs); always paired with a glyph and a sentence.
_BADGES = {"ok": "#2e7d32", "warn": "#a15c00", "error": "#c62828", "unknown": "#a15c00",
           "info": "#1565c0"}
_SIGNATURE_BADGE = {VERIFIED: "ok", UNSIGNED: "warn", INVALID: "error", RETIRED: "error"}
# Problems that say nothing about the pack's own bytes: the disk, the lock, a cancel, a refusal
# by signature or version. Every other problem of a check or an install means a damaged pack.
_NOT_DAMAGE = ("disk.", "store.", "import.", "task.", "signature.", "trust.", "rotation.",
               "policy.")
# A file whose bytes differ from what the manifest says: named to the user in plain words.
_DAMAGED_FILE = {"file.checksum", "file.size", "archive.corrupt", "archive.truncated",
                 "archive.bomb"}
# Something no content pack holds (a path out of the pack, a link, a device, a name twice …):
# the core's precise words are for the command line; the window says it plainly.
_FORBIDDEN_MEMBER = ("path.", "archive.symlink", "archive.special_file", "archive.duplicate",
                     "archive.encrypted", "archive.compression", "archive.manifest_first")
# Far more to unpack than any pack holds (a zip bomb, or damage that looks like one).
_TOO_MUCH = ("archive.ratio", "archive.too_large", "archive.too_many_members")
# Problems of the file itself, which a new copy of the pack mends.
_NEW_COPY_MENDS = ("archive.", "path.", "file.", "manifest.")
# The fields a pack's manifest names, in plain words (a field not listed is shown as it is
# spelled in the file: "id", "version").
_FIELD_WORDS: dict[str, str] = {
    "format": QT_TRANSLATE_NOOP("ImportDialog", "formatversion"),
    "publisher": QT_TRANSLATE_NOOP("ImportDialog", "utgivare"),
    "created": QT_TRANSLATE_NOOP("ImportDialog", "datum då paketet gjordes"),
    "files": QT_TRANSLATE_NOOP("ImportDialog", "lista över filer"),
    "documents": QT_TRANSLATE_NOOP("ImportDialog", "lista över dokument"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "titel"),
    "tab": QT_TRANSLATE_NOOP("ImportDialog", "flik"),
    "summary": QT_TRANSLATE_NOOP("ImportDialog", "sammanfattning"),
    "year": QT_TRANSLATE_NOOP("ImportDialog", "år"),
    "pages": QT_TRANSLATE_NOOP("ImportDialog", "antal sidor"),
    "language": QT_TRANSLATE_NOOP("ImportDialog", "språk"),
    "provenance": QT_TRANSLATE_NOOP("ImportDialog", "ursprung"),
    "file": QT_TRANSLATE_NOOP("ImportDialog", "fil"),
    "sources": QT_TRANSLATE_NOOP("ImportDialog", "källor"),
    "path": QT_TRANSLATE_NOOP("ImportDialog", "sökväg"),
    "bytes": QT_TRANSLATE_NOOP("ImportDialog", "storlek"),
    "sha256": QT_TRANSLATE_NOOP("ImportDialog", "kontrollsumma"),
    "url": QT_TRANSLATE_NOOP("ImportDialog", "webbadress"),
    "checked": QT_TRANSLATE_NOOP("ImportDialog", "kontrolldatum"),
}


def is_damage(problems: list[Problem]) -> bool:
    """Whether ``problems`` say the pack itself is damaged (rather than the disk, a lock …).
    A pack made by a newer program is not: its files are as their maker wrote them."""
    if made_by_newer_program(problems):
        return False
    return any(not p.code.startswith(_NOT_DAMAGE) for p in problems)


def status_pixmap(kind: str, size: int = 20, ratio: float = 2.0) -> QPixmap:
    """A filled circle with a white glyph: ✓ ok, ! warn, ✕ error, ? unknown, i info."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 24.0, size / 24.0)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(_BADGES[kind]))
    p.drawEllipse(QRectF(1, 1, 22, 22))
    pen = QPen(QColor("white"), 2.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    shapes: dict[str, list[tuple[float, float, float, float]]] = {
        "ok": [(7, 12.5, 10.5, 16), (10.5, 16, 17, 8.5)],
        "error": [(8, 8, 16, 16), (16, 8, 8, 16)],
        "warn": [(12, 6.5, 12, 13.5)], "info": [(12, 11, 12, 17.5)]}
    lines = shapes.get(kind, [])
    path = QPainterPath()
    for x1, y1, x2, y2 in lines:
        path.moveTo(x1, y1)
        path.lineTo(x2, y2)
    p.drawPath(path)
    if kind in ("warn", "info"):
        p.drawPoint(QPointF(12, 17.5 if kind == "warn" else 7))
    elif kind == "unknown":  # a glyph draws a question mark better than a path
        font = QFont()
        font.setBold(True)
        font.setPixelSize(17)
        p.setFont(font)
        p.drawText(QRectF(0, 0, 24, 24), Qt.AlignmentFlag.AlignCenter, "?")
    p.end()
    return pixmap


class _SpokenLabel(QLabel):
    """A label whose accessible name follows its text. A QLabel with an accessible name is
    read by that name alone: "Utgivare", "Version", "Orsak" hid the publisher, the version
    installed now and why the pack cannot be installed. Selectable, it takes focus on a click,
    so it always has a name."""

    def __init__(self, name: str, field: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._name, self._field = name, field

    def setText(self, text: str) -> None:
        super().setText(text)
        if not text:
            self.setAccessibleName(self._name)
        else:
            self.setAccessibleName(f"{self._name}: {text}" if self._field else text)

    def clear(self) -> None:
        self.setText("")


class _TextBox(QScrollArea):
    """A wrapped label as tall as its text, up to ``most`` px; a longer text scrolls. Drawn
    as the form's other values are (no frame, no white field)."""

    def __init__(self, label: QLabel, most: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        label.setAutoFillBackground(False)
        self.setMaximumHeight(most)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.viewport().width() if self.isVisible() else hint.width()
        return QSize(hint.width(), min(self.widget().heightForWidth(width), self.maximumHeight()))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # narrower, the text takes more lines


class ImportDialog(QDialog):
    """Preview and install one ``.kvpack``; ``installed`` carries the ImportResult."""

    installed = Signal(object)
    _progressed = Signal(str, int)  # emitted from the worker: file, percent

    def __init__(self, store: PackStore, path: Path, *,
                 pdf_engine_factory: Callable[[], PdfEngine] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.path = store, Path(path)
        self._engine_factory = pdf_engine_factory
        self._preview: ImportPreview | None = None
        self._result: ImportResult | None = None
        self._titles: dict[str, str] = {}  # document titles by file, to name a damaged file
        self._phase = "reading"
        self._cancel = threading.Event()
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Importera innehållspaket"))
        # Never wider than the screen's free width (a 640 px wide screen at 200 %).
        self.setMinimumWidth(min(max(600, chars(self, 80)), screen_room(self).width()))
        self._build()
        self._progressed.connect(self._show_progress)
        self.progress.setRange(0, 0)  # indeterminate: reading has no known length
        self.status.setText(self.tr("Läser paketet …"))
        # Previewed as if both decisions were yes: the refusal then names only what no person
        # may override; the checkboxes carry the user's actual answers to the install.
        self._run(lambda: store.preview_import(self.path, allow_unsigned=True,
                                               allow_downgrade=True),
                  self._previewed, self._refused)

    # --- public ---------------------------------------------------------------------------------

    def preview(self) -> ImportPreview | None:
        return self._preview

    def result_pack(self) -> ImportResult | None:
        return self._result

    def phase(self) -> str:
        """reading, verifying (every file), ready, refused, installing, installed, failed or
        cancelled."""
        return self._phase

    def state_text(self) -> str:
        """Everything the user sees as the dialog's status, as one text."""
        parts = [self.message_title.text(), self.message_body.text()] \
            if not self.message.isHidden() else []
        return "\n".join(t for t in [*parts, self.status.text()] if t)

    def shutdown(self) -> None:
        """Stop the worker (cancelling an install) and wait for it; call before deleting."""
        self._cancel.set()
        if self._task is not None:
            self._task.wait()

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        # What the package holds scrolls when the screen is too low for it (200 % on a 720 px
        # screen); the status, the progress and the buttons stay in view below it.
        self.body = ScrollingBody(self, self.tr("Paketets innehåll"))
        self.body.column.setSpacing(12)
        layout.addWidget(self.body, 1)
        column = self.body.column
        file_label = self._label(arg(self.tr("Fil: %1"), self.path.name), self.tr("Fil"),
                                 field=False)
        file_label.setToolTip(str(self.path))
        column.addWidget(file_label)

        self.facts = QGroupBox(self.tr("Paketet"), self)
        form = QFormLayout(self.facts)
        self.publisher_value, self.version_value, self.created_value, self.signature_text = (
            self._label("", name, field=True) for name in (
                self.tr("Utgivare"), self.tr("Version"), self.tr("Skapat"), self.tr("Signatur")))
        self.signature_icon = QLabel(self)
        signature = QHBoxLayout()
        signature.addWidget(self.signature_icon)
        signature.addWidget(self.signature_text, 1)
        form.addRow(self.tr("Utgivare:"), self.publisher_value)
        form.addRow(self.tr("Version:"), self.version_value)
        form.addRow(self.tr("Skapat:"), self.created_value)
        form.addRow(self.tr("Signatur:"), signature)
        # The publisher's "Vad är nytt" (the manifest's news): said by `pack import` and
        # promised by the guides, never shown here. A long text scrolls in its own box.
        self.news_value = self._label("", self.tr("Vad är nytt"), field=True)
        self.news_value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.news_scroll = _TextBox(self.news_value, lines(self, 6), self.facts)
        form.addRow(self.tr("Vad är nytt:"), self.news_scroll)
        self.news_row = form.rowCount() - 1
        form.setRowVisible(self.news_row, False)  # shown when the pack has news
        column.addWidget(self.facts)

        self.changes_box = QGroupBox(self.tr("Det här ändras"), self)
        self.changes = QTreeWidget(self.changes_box)
        self.changes.setHeaderHidden(True)
        # Eight lines where the screen has room; on a low one the body scrolls to the rest.
        self.changes.setMinimumHeight(min(lines(self, 8), screen_room(self).height() // 4))
        self.changes.setAccessibleName(self.tr("Ändringar mot det installerade innehållet"))
        QVBoxLayout(self.changes_box).addWidget(self.changes)
        column.addWidget(self.changes_box, 1)

        self.message = QFrame(self)
        self.message.setObjectName("importMessage")
        self.message.setStyleSheet("#importMessage { border: 1px solid palette(mid); "
                                   "border-radius: 6px; background: palette(base); }")
        self.message_icon = QLabel(self.message)
        self.message_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_title = self._label("", self.tr("Meddelande"), self.message, field=False)
        bold = QFont(self.message_title.font())
        bold.setBold(True)
        self.message_title.setFont(bold)
        self.message_body = self._label("", self.tr("Orsak"), self.message, field=False)
        texts = QVBoxLayout()
        texts.addWidget(self.message_title)
        texts.addWidget(self.message_body)
        box = QHBoxLayout(self.message)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(10)
        box.addWidget(self.message_icon)
        box.addLayout(texts, 1)
        column.addWidget(self.message)

        self.trust_box = QCheckBox(
            self.tr("&Jag litar på det här paketet trots att det inte är signerat"), self)
        self.downgrade_box = QCheckBox(self.tr("Installera den ä&ldre versionen (nedgradering)"),
                                       self)
        for check in (self.trust_box, self.downgrade_box):
            check.setAccessibleName(check.text().replace("&", ""))
            check.toggled.connect(self._update_install_button)
            column.addWidget(check)

        column.addStretch()  # takes the room when there is no list of changes to show
        self.status = self._label("", self.tr("Status"), field=False)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Förlopp"))
        self.progress.setFormat(self.tr("%p %"))  # "%p": QProgressBar's percent value
        layout.addWidget(self.status)
        layout.addWidget(self.progress)

        buttons = QDialogButtonBox(self)
        self.install_button = QPushButton(self.tr("&Installera"), self)
        self.install_button.setAccessibleName(self.tr("Installera paketet"))
        self.cancel_button = QPushButton(self.tr("&Avbryt"), self)
        self.cancel_button.setAccessibleName(self.tr("Avbryt"))
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.install_button.clicked.connect(self._install)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        for widget in (self.facts, self.changes_box, self.message, self.trust_box,
                       self.downgrade_box, self.install_button):
            widget.hide()

    def _label(self, text: str, name: str, parent: QWidget | None = None, *,
               field: bool) -> QLabel:
        """A selectable label read with what it shows: a form's value as "``name``: value",
        any other by its text (``name`` only while it is empty)."""
        label = _SpokenLabel(name, field, parent or self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # publisher, titles: the file's own text
        label.setText(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- the preview ----------------------------------------------------------------------------

    def _previewed(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.publisher_value.setText(preview.publisher)
        self.version_value.setText(arg(self.tr("%1 (installerat nu: %2)"),
                                       preview.version, preview.active_version))
        self.created_value.setText(preview.created[:10])
        self.news_value.setText(preview.news or "")
        # The box takes the keyboard (a long text scrolls): read with its text, as the label.
        self.news_scroll.setAccessibleName(self.news_value.accessibleName())
        self.facts.layout().setRowVisible(self.news_row, bool(preview.news))
        self._show_signature(preview.signature, judged=preview.signature_judged())
        self.facts.show()
        if preview.refusal is not None:
            self._refused([preview.refusal])
            return
        self._fill_changes(preview)
        self.changes_box.show()
        self.trust_box.setVisible(preview.signature.status == UNSIGNED)
        self.downgrade_box.setVisible(
            version_key(preview.version) < version_key(preview.active_version))
        self.install_button.show()
        self._check_files()
        fit_to_screen(self)

    def _check_files(self) -> None:
        """Check every file of the archive, off the GUI thread, before Installera is offered."""
        self._phase = "verifying"
        self._update_install_button()  # shown, not offered: the files are not checked yet
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Kontrollerar paketets filer …"))
        factory, progress = self._engine_factory, self._reporter()

        def call() -> tuple[list[Problem], dict[str, str]]:
            from kvinnofrid_desktop.core.install.archive import read_head
            from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

            # Made here, in the worker: QPdfDocument objects must not cross threads.
            engine = factory() if factory is not None else QtPdfEngine()
            problems = verify_archive(self.path, pdf_engine=engine, progress=progress,
                                      cancel=self._cancel.is_set)
            titles: dict[str, str] = {}
            if problems:  # to name a damaged document by its title; read here, off the GUI
                with contextlib.suppress(PackError, OSError):
                    titles = {d.file: d.title for d in read_head(self.path).manifest.documents}
            return problems, titles

        self._run(call, self._checked, self._check_failed)

    def _checked(self, outcome: tuple[list[Problem], dict[str, str]]) -> None:
        problems, self._titles = outcome
        if problems:
            self._check_failed(problems)
            return
        self._phase = "ready"
        self.progress.hide()
        self._update_install_button()
        # Focus on the next thing to do: a box to tick, or Installera itself.
        next(w for w in (self.trust_box, self.downgrade_box, self.install_button)
             if not w.isHidden()).setFocus()
        fit_to_screen(self)

    def _check_failed(self, problems: list[Problem]) -> None:
        if problems[0].code == "import.cancelled":  # the dialog is closing
            return
        self._phase = "refused"
        self._withdraw_verified(problems)
        if self._newer(problems):
            return
        title = self.tr("Paketet är skadat och kan inte installeras.") if is_damage(problems) \
            else self.tr("Paketets filer kunde inte kontrolleras.")
        self._show_message("error", title, self._reasons(problems))

    def _show_signature(self, state: SignatureState, *, judged: bool = True) -> None:
        if not judged:  # the trust file is unreadable: a retired key would look trusted
            self.signature_text.setText(self.tr(
                "Signaturen kan inte bedömas – listan över tillbakadragna nycklar kan inte läsas"))
            self.signature_icon.setPixmap(status_pixmap("unknown"))
            self.signature_icon.setAccessibleName(self.signature_text.text())
            return
        texts = {VERIFIED: arg(self.tr("Verifierat av %1"), state.publisher or ""),
                 UNSIGNED: self.tr("Osignerat paket"),
                 INVALID: self.tr("Ogiltig signatur – paketet kan ha ändrats"),
                 RETIRED: self.tr("Signerat med en nyckel som utgivaren har dragit tillbaka")}
        self.signature_text.setText(texts.get(state.status,
                                              self.tr("Signerat med en okänd nyckel")))
        self.signature_icon.setPixmap(status_pixmap(_SIGNATURE_BADGE.get(state.status, "unknown")))
        self.signature_icon.setAccessibleName(self.signature_text.text())
        if state.key_id:
            self.signature_text.setToolTip(arg(self.tr("Nyckel-id: %1"), state.key_id))

    def _fill_changes(self, preview: ImportPreview) -> None:
        docs, contacts = preview.documents, preview.contacts
        groups = [
            # A new signing key, or one retired: trust changes on this machine, said first.
            (self.tr("Signeringsnycklar som ändras"), list(preview.trust_changes)),
            # Allowed, but never silently: the worker would find the tab blank.
            (self.tr("Flikar som blir tomma: paketet har inget dokument för dem"),
             [tab_title(tab) for tab in preview.empty_tabs]),
            (self.tr("Nya dokument"), [d.title for d in docs if d.change == "new"]),
            (self.tr("Uppdaterade dokument"), [d.title for d in docs if d.change == "updated"]),
            (self.tr("Borttagna dokument"), [d.title for d in docs if d.change == "removed"]),
            # A scanned PDF: its words will not be found by the search, only its title.
            (self.tr("Dokument som inte går att söka i (PDF:en har ingen text, inskannad?)"),
             [d.title for d in preview.textless]),
            (self.tr("Ändrade kontakter i åtgärdskortet"),
             [f"{c.name}: {'; '.join(c.details)}" for c in contacts if c.change == "changed"]),
            (self.tr("Nya kontakter i åtgärdskortet"),
             [c.name for c in contacts if c.change == "added"]),
            (self.tr("Borttagna kontakter i åtgärdskortet"),
             [c.name for c in contacts if c.change == "removed"]),
        ]
        self.changes.clear()
        for title, entries in groups:
            if entries:
                group = QTreeWidgetItem(self.changes, [f"{title} ({len(entries)})"])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                for line in entries:
                    # Long titles are cut in the list; the tooltip shows them whole.
                    QTreeWidgetItem(group, [line]).setToolTip(0, plain_tip(line))
        if self.changes.topLevelItemCount() == 0:
            QTreeWidgetItem(self.changes, [self.tr("Inga dokument eller kontakter ändras.")])
        self.changes.expandAll()

    def _update_install_button(self) -> None:
        ready = self._phase == "ready" and all(
            box.isChecked() for box in (self.trust_box, self.downgrade_box) if not box.isHidden())
        self.install_button.setEnabled(ready)
        self.install_button.setDefault(ready)
        if self._phase == "ready":
            self.status.setText(self.tr("Klart att installera.") if ready else self.tr(
                "Bekräfta rutan ovan för att kunna installera."))

    # --- installing -----------------------------------------------------------------------------

    def _install(self) -> None:
        if not self.install_button.isEnabled():
            return
        self._phase = "installing"
        allow_unsigned, downgrade = self.trust_box.isChecked(), self.downgrade_box.isChecked()
        for widget in (self.install_button, self.trust_box, self.downgrade_box):
            widget.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Installerar …"))
        self.cancel_button.setFocus()
        factory, progress = self._engine_factory, self._reporter()

        def call() -> ImportResult:
            from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

            # Made here, in the worker: QPdfDocument objects must not cross threads.
            engine = factory() if factory is not None else QtPdfEngine()
            return self.store.import_pack(self.path, allow_unsigned=allow_unsigned,
                                          allow_downgrade=downgrade, progress=progress,
                                          cancel=self._cancel.is_set, pdf_engine=engine)

        self._run(call, self._installed, self._failed)

    def _reporter(self) -> Callable[[str, int, int], None]:
        """A progress callback for a worker: (file, bytes done, bytes in total) → a signal."""
        last: list[tuple[str, int]] = []

        def progress(rel: str, done: int, total: int) -> None:
            step = (rel, done * 100 // total if total else 100)
            if not last or last[0] != step:  # one signal per percent, not per chunk
                last[:] = [step]
                self._progressed.emit(*step)

        return progress

    def _show_progress(self, rel: str, percent: int) -> None:
        if self._phase not in ("verifying", "installing") or self._cancel.is_set():
            return
        self.progress.setFormat(arg(self.tr("%1 – %p %"), rel))
        self.progress.setValue(percent)
        # After the last byte every PDF is still opened, as the viewer will open it.
        if percent >= 100:
            self.status.setText(self.tr("Kontrollerar dokumenten …"))
        elif self._phase == "verifying":
            self.status.setText(arg(self.tr("Kontrollerar: %1"), rel))
        else:
            self.status.setText(arg(self.tr("Installerar: %1"), rel))

    def _installed(self, result: ImportResult) -> None:
        self._result, self._phase = result, "installed"
        self.status.setText(arg(self.tr("Installerat: %1 %2"), result.publisher, result.version))
        self.installed.emit(result)
        self.accept()

    def _failed(self, problems: list[Problem]) -> None:
        code = problems[0].code
        self._phase = "cancelled" if code == "import.cancelled" else "failed"
        self._withdraw_verified(problems)
        if code == "import.cancelled":
            self._show_message("info", self.tr("Installationen avbröts."), "")
        elif code == "store.busy":
            self._show_message("warn", self.tr("Ett annat program installerar ett "
                                               "innehållspaket just nu. Försök igen om en stund."),
                               "")
        elif not self._newer(problems):
            self._show_message("error", self.tr("Installationen misslyckades."),
                               self._reasons(problems))

    # --- refusals and the end -------------------------------------------------------------------

    def _refused(self, problems: list[Problem]) -> None:
        self._phase = "refused"
        if self._newer(problems):
            self._withdraw_verified(problems)
            return
        self._show_message("error", self.tr("Paketet kan inte installeras."),
                           self._reasons(problems))

    def _newer(self, problems: list[Problem]) -> bool:
        """A pack made by a newer version of the program (a higher format, or keys this one does
        not know in files that are otherwise sound): said as that, not as damage or a typo,
        with what to do. False for any other refusal."""
        if not made_by_newer_program(problems):
            return False
        first = problems[0]
        fields = [p.field for p in problems[1:] if p.field and p.file == first.file]
        if fields:
            what = arg(self.tr("Filen %1 i paketet har uppgifter som den här versionen av "
                               "programmet inte känner till: %2."), first.file,
                       first_of(fields, 3))
        else:
            what = arg(self.tr("Filen %1 i paketet har ett nyare format än den här versionen "
                               "av programmet kan läsa."), first.file)
        self._show_message("warn", self.tr("Paketet är gjort för en nyare version av "
                                           "programmet – uppdatera programmet först."),
                           what + "\n" + self.tr("Installera den nyare versionen av programmet "
                                                 "(fråga IT-avdelningen) och importera sedan "
                                                 "paketet igen."))
        return True

    def _withdraw_verified(self, problems: list[Problem]) -> None:
        """The signature line after a damaged file or a failed install: "Verifierat av …" in
        green stood beside "Installationen misslyckades", as if the pack were sound."""
        if is_damage(problems):
            text, kind = self.tr("Ej verifierat – paketet är skadat"), "error"
        else:
            text, kind = self.tr("Inte installerat – se meddelandet nedan"), "info"
        self.signature_text.setText(text)
        self.signature_text.setToolTip("")
        self.signature_icon.setPixmap(status_pixmap(kind))
        self.signature_icon.setAccessibleName(text)

    def _reasons(self, problems: list[Problem]) -> str:
        lines = []
        new_copy = False  # "Hämta en ny kopia …" ends the reasons
        # The fields missing from one file, said in one line: a manifest of "{}" was three
        # lines of "Saknas (fil: manifest.json)." and "… och 4 problem till".
        items: list[Problem | tuple[str, list[str]]] = []
        for p in problems:
            if p.code == "field.missing" and p.field:
                last = items[-1] if items else None
                if isinstance(last, tuple) and last[0] == p.file:
                    last[1].append(p.field)
                else:
                    items.append((p.file, [p.field]))
            else:
                items.append(p)
        for item in items[:3]:
            if isinstance(item, tuple):
                lines.append(self._missing_text(*item))
                continue
            p = item
            message = problem_text(p.code, p.message)
            text = message[:1].upper() + message[1:].rstrip(".")
            # The archive is named above; a folder the message names itself is not repeated.
            member = p.file if p.file and p.file != self.path.name and \
                p.code != "disk.not_a_folder" else ""
            where = arg(self.tr(" (fil: %1)"), member) if member else ""
            if p.field:  # which entry of the file: "Ska vara text" alone named none
                where = arg(self.tr(" (fil: %1, uppgift: %2)"), member, p.field) if member \
                    else arg(self.tr(" (uppgift: %1)"), p.field)
            # No copy mends a folder chosen instead of a pack, or a file that is gone.
            not_a_file = p.code == "archive.not_found" or \
                (p.code == "archive.not_zip" and self.path.is_dir())
            new_copy = new_copy or (p.code.startswith(_NEW_COPY_MENDS) and not not_a_file)
            # The core's wording names command-line options or internals; say it plainly.
            plain = self._plain_reason(p, member)
            if plain is not None:
                text, where = plain, ""
            elif p.code == "signature.invalid":
                text = self.tr("Paketet har ändrats efter att det signerades, eller är "
                               "förfalskat. Hämta en ny kopia från utgivaren")
            elif p.code == "signature.retired_key":  # the core's names --trust-key
                text = self.tr("Paketet är signerat med en nyckel som utgivaren har dragit "
                               "tillbaka. Hämta ett nytt paket från utgivaren")
            elif p.code == "signature.unknown_key" and self._preview is not None:
                text = arg(self.tr("Paketet är signerat med en nyckel som programmet inte litar på "
                                   "(nyckel-id %1). En administratör kan lägga till nyckeln"),
                           self._preview.signature.key_id or "?")
            elif p.code == "import.already_installed":
                text = self.tr("Den här versionen är redan installerad")
            lines.append(f"{text}{where}.")
        if len(items) > 3:
            lines.append(self.tr("… och %n problem till.", "", len(items) - 3))
        if new_copy:
            lines.append(self.tr("Hämta en ny kopia av paketet från utgivaren."))
        return "\n".join(lines)

    def _missing_text(self, file: str, fields: list[str]) -> str:
        """"Uppgiften utgivare (publisher) saknas (fil: manifest.json)." for each field of
        ``file`` that is missing, in plain words and as the file spells it."""
        names = []
        for field in fields:
            base = re.sub(r"\[\d+\]$", "", field.rsplit(".", 1)[-1])
            word = _FIELD_WORDS.get(base)
            names.append(f"{QCoreApplication.translate('ImportDialog', word)} ({field})"
                         if word else field)
        text = arg(self.tr("Uppgiften %1 saknas"), names[0]) if len(names) == 1 else \
            arg(self.tr("Uppgifterna %1 och %2 saknas"), ", ".join(names[:-1]), names[-1])
        member = file if file and file != self.path.name else ""
        where = arg(self.tr(" (fil: %1)"), member) if member else ""
        return f"{text}{where}."

    def _plain_reason(self, p: Problem, member: str) -> str | None:
        """A problem of the archive's own bytes in plain words (no paths with '..', byte
        counts or commands), or None to show the core's message."""
        title = self._titles.get(member) if member else None
        if p.code in _DAMAGED_FILE and member:
            return arg(self.tr("Dokumentet ”%1” (filen %2) är skadat eller har ändrats "
                               "efter att paketet gjordes"), title, member) if title else \
                arg(self.tr("Filen %1 i paketet är skadad eller har ändrats efter att "
                            "paketet gjordes"), member)
        if p.code == "file.missing" and member:
            return arg(self.tr("Dokumentet ”%1” (filen %2) saknas i paketet, fast paketet "
                               "anger det"), title, member) if title else \
                arg(self.tr("Filen %1 saknas i paketet, fast paketet anger den"), member)
        if p.code == "file.unlisted" and member:
            return arg(self.tr("Paketet innehåller filen %1, som inte hör till det: paketet har "
                               "ändrats efter att det gjordes"), member)
        if p.code.startswith(_FORBIDDEN_MEMBER):
            return arg(self.tr("Paketet innehåller något som ett innehållspaket aldrig "
                               "innehåller (%1), så filen är skadad eller inget riktigt "
                               "innehållspaket"), member) if member else \
                self.tr("Paketet är inte uppbyggt som ett innehållspaket, så filen är skadad "
                        "eller inget riktigt innehållspaket")
        if p.code == "archive.ratio" and len(p.values) == 2:
            return arg(self.tr("Filen %1 i paketet skulle packas upp från %2 till %3, "
                               "mycket mer än något innehållspaket; filen är skadad eller inget "
                               "riktigt innehållspaket"), member or self.path.name,
                       _size(p.values[0]), _size(p.values[1]))
        if p.code == "archive.too_many_members":
            return self.tr("Paketet innehåller orimligt många filer; filen är skadad eller "
                           "inget riktigt innehållspaket")
        if p.code.startswith(_TOO_MUCH):
            return self.tr("Paketet skulle packas upp till mycket mer än något innehållspaket; "
                           "filen är skadad eller inget riktigt innehållspaket")
        if p.code == "archive.not_zip" and self.path.is_dir():
            return self.tr("Det här är en mapp, inte ett innehållspaket. Ett innehållspaket är "
                           "en enda fil vars namn slutar på .kvpack: välj den i stället")
        if p.code == "archive.corrupt":
            return self.tr("Filen är skadad: förteckningen över vad den innehåller kan inte "
                           "läsas")
        if p.code == "archive.truncated":
            return self.tr("Filen är inte hel (slutet saknas), till exempel efter en kopiering "
                           "som avbröts")
        if p.code == "manifest.missing":
            return self.tr("Filen är inget innehållspaket: paketets förteckning över sitt "
                           "innehåll saknas")
        return None

    def _show_message(self, kind: str, title: str, reasons: str) -> None:
        """The outcome, why, and that nothing installed changed; only "Stäng" is left."""
        unchanged = self.tr("Det installerade innehållet är oförändrat.")
        self.message_icon.setPixmap(status_pixmap(kind, 24))
        self.message_icon.setAccessibleName({"error": self.tr("Fel"), "warn": self.tr("Varning")}
                                            .get(kind, self.tr("Information")))
        self.message_title.setText(title)
        self.message_body.setText(f"{reasons}\n\n{unchanged}" if reasons else unchanged)
        self.message.setAccessibleName(title)
        self.message.show()
        for widget in (self.changes_box, self.progress, self.install_button, self.trust_box,
                       self.downgrade_box):
            widget.hide()
        self.install_button.setEnabled(False)  # hidden, and not the default button either
        self.install_button.setDefault(False)
        self.status.clear()
        self.status.hide()
        self.cancel_button.setText(self.tr("&Stäng"))
        self.cancel_button.setAccessibleName(self.tr("Stäng"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        fit_to_screen(self)

    def _run(self, call: Callable[[], object], done: Callable[[Any], None],
             failed: Callable[[list[Problem]], None]) -> None:
        self._task = Task(call, self.path.name, self)
        self._task.succeeded.connect(done)
        self._task.failed.connect(failed)
        self._task.start()

    def reject(self) -> None:
        """Esc, the window's close button and "Avbryt": during an install, ask it to stop."""
        if self._phase == "installing":
            if not self._cancel.is_set():
                self._cancel.set()
                self.cancel_button.setEnabled(False)
                self.status.setText(self.tr("Avbryter … inget installerat ändras."))
            return
        super().reject()

    def done(self, result: int) -> None:
        self.shutdown()  # a preview still reading is short; never leave a thread behind
        super().done(result)


def _size(size: int) -> str:
    """A size as the window's language writes it: "305,8 kB", "314,6 MB" in Swedish."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
