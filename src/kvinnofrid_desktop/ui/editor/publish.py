"""Redaktörsläge → Publicera: version, what's new, build, check, diff, preview, sign, save.

Every step is ``core.authoring.publish``'s, i.e. the code ``pack build``, ``pack verify``,
``pack sign`` and ``pack archive`` run, so a pack published here is the pack the commands would
make. The order is the one a careful coordinator would follow: the diff is shown before
anything is signed, and the built pack can be looked at in the program's own window first.

Two earlier versions are at hand and the dialog names both: the one the source folder last
published (as the editor's head shows it) and the pack this machine uses, the only pack there
is to compare with (the folder keeps its version, not the pack). The diff is against the
latter and says so; the new version must be newer than both, since a workstation may have
either. Building and signing run on a worker thread (a county's
pack takes seconds to build; Argon2id makes the passphrase check deliberately slow); the
built pack lives in a temporary folder owned by the dialog, so nothing but the chosen
``.kvpack`` is left behind.

Bygg does not touch the source folder: it builds a snapshot of what the editor shows (unsaved
edits included, since those are what the coordinator is checking) with the new version and
news. A build is a preview that may be thrown away; writing the edits and a version that was
never published into the folder would be a save the coordinator did not ask for. Only when the
pack is signed and saved are the version, the news and the creation time written into the
catalog and the folder saved, so that it holds exactly what was published (the dialog says so
before building and after saving).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.authoring.build import BuildReport
from kvinnofrid_desktop.core.authoring.publish import (
    NotSaved,
    PublishDiff,
    Release,
    build,
    check_version,
    default_version,
    new_release,
    newest_version,
    pack_diff,
    record_release,
    sign_and_archive,
    snapshot,
)
from kvinnofrid_desktop.core.authoring.source_folder import FieldError, SourceFolder
from kvinnofrid_desktop.core.install.signing import SignatureState
from kvinnofrid_desktop.core.pack.manifest import MAX_NEWS_CHARS
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine
from kvinnofrid_desktop.core.pack.problems import PackError, Problem
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common import file_dialogs
from kvinnofrid_desktop.ui.common.accessible import chars, lines
from kvinnofrid_desktop.ui.common.i18n import SOURCE_LANGUAGE, interface_language
from kvinnofrid_desktop.ui.common.labels import problem_text
from kvinnofrid_desktop.ui.common.os_errors import describe_os_error
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.common.task import Task
from kvinnofrid_desktop.ui.common.wrapping_dialog import WrappingDialog
from kvinnofrid_desktop.ui.editor.fields import FieldBox, mark_text, refusal_words

# The program's window on a pack with the given settings: ui.main_window.MainWindow.
PreviewFactory = Callable[[Pack, Settings], QWidget]
_STEP = re.compile(r"^\[(\d+)/(\d+)\]")  # build_pack's progress: "[3/8] id: 12 sidor"
_PAGES = re.compile(r": (\d+) sid(?:a|or)$")


class PublishDialog(WrappingDialog):
    """Build, check, preview, sign and save one ``.kvpack`` from the source folder."""

    published = Signal(object)  # Path of the saved .kvpack
    prepared = Signal()  # after publishing: the version and the news are saved in the folder
    _progressed = Signal(str)  # emitted from the worker: build_pack's progress line

    def __init__(self, folder: SourceFolder, *, engine_factory: Callable[[], PdfEngine],
                 previous: Path | None, parent: QWidget | None = None,
                 preview_window: PreviewFactory | None = None) -> None:
        """``previous``: the folder of the pack this machine uses, to compare with (None:
        none).
        ``preview_window``: makes the program's window on a pack (``MainWindow``); given by
        the caller because ui.main_window imports the editor (no import cycle). None: no
        preview."""
        super().__init__(parent)
        self.folder = folder
        self._engine_factory = engine_factory
        self._preview_factory = preview_window
        self.previous = previous
        self.installed_version: str | None = None  # of ``previous``
        previous_unreadable = False
        if previous is not None:
            try:
                self.installed_version = Pack.open(previous,
                                                   check_sizes=False).manifest.version
            except PackError:
                self.previous, previous_unreadable = None, True
        # What the editor's head shows as Senast publicerad version.
        self.published_version = str(folder.pack_field("version") or "") or None
        # The version the new one must follow: a workstation may have either.
        self.previous_version = newest_version(self.published_version, self.installed_version)
        self._tmp = tempfile.TemporaryDirectory(prefix="kvinnofrid-publicera-")
        self._builds = 0
        self._summary = ""  # what the last build made, shown under the build button
        self.built: Path | None = None  # the last build without problems, ready to sign
        self._release: Release | None = None  # what self.built was built as
        self.diff: PublishDiff | None = None
        self.saved: Path | None = None
        self.preview_window: QWidget | None = None
        self._task: Task | None = None
        self._phase = "editing"
        self.setWindowTitle(self.tr("Publicera innehållspaket"))
        self.setMinimumWidth(max(640, chars(self, 96)))
        self._build_ui()
        self.version.set_value(default_version(self.previous_version))
        if previous_unreadable:
            self._say("error", self.tr("Paketet på den här datorn kunde inte läsas; ändringarna "
                                       "visas mot ett tomt paket."))
        self._progressed.connect(self._show_progress)
        self.preview_button.setVisible(preview_window is not None)
        self._update_steps()

    # --- construction ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        first = QGroupBox(self.tr("1. Version och nyheter"), self)
        form = QFormLayout(first)
        self.version = FieldBox(self.tr("Version"), self._take_version,
                                check=lambda text: check_version(text, self.previous_version),
                                placeholder=self.tr("ÅÅÅÅ-MM-DD"), parent=first)
        # FieldBox's message line can take focus (selectable text): a screen reader names it.
        self.version.message.setAccessibleName(self.tr("Varför versionen inte kan användas"))
        version_label = QLabel(self.tr("&Version:"), first)
        version_label.setBuddy(self.version.edit)
        form.addRow(version_label, self.version)
        self.previous_label = self._label(self._previous_text(),
                                          self.tr("Senast publicerad version"), first)
        form.addRow("", self.previous_label)
        self.news = QPlainTextEdit(first)
        self.news.setAccessibleName(self.tr("Vad är nytt"))
        self.news.setAccessibleDescription(self.tr(
            "Visas när paketet importeras, på varje arbetsplats"))
        self.news.setTabChangesFocus(True)
        self.news.setFixedHeight(lines(self, 4))
        news_label = QLabel(self.tr("Vad är &nytt:"), first)
        news_label.setBuddy(self.news)
        self.news_count = self._label("", self.tr("Antal tecken"), first)
        news_box = QVBoxLayout()
        news_box.setSpacing(2)
        news_box.addWidget(self.news)
        news_box.addWidget(self.news_count)
        form.addRow(news_label, news_box)
        build_row = QHBoxLayout()
        self.build_button = QPushButton(self.tr("&Bygg paketet"), first)
        self.build_button.setAccessibleName(self.tr("Bygg paketet"))
        self.progress = QProgressBar(first)
        self.progress.setAccessibleName(self.tr("Förlopp"))
        self.progress.setRange(0, 100)
        self.progress_text = self._label("", self.tr("Status"), first)
        build_row.addWidget(self.build_button)
        build_row.addWidget(self.progress, 1)
        build_row.addStretch(0)  # keeps the button its size while the bar is hidden
        form.addRow(build_row)
        form.addRow(self.progress_text)
        self.build_note = self._label(self.tr(
            "Bygget ändrar inte källmappen; det som inte är sparat i redaktören byggs med. "
            "Först när paketet har signerats och sparats skrivs versionen och nyheterna in i "
            "källmappen, och den sparas."), self.tr("Om bygget"), first)
        form.addRow(self.build_note)
        layout.addWidget(first)

        second = QGroupBox(self.tr("2. Kontroll och ändringar"), self)
        checked = QVBoxLayout(second)
        self.problems = QListWidget(second)
        self.problems.setAccessibleName(self.tr("Problem i det byggda paketet"))
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(lines(self, 3))
        self.changes = QListWidget(second)
        self.changes.setAccessibleName(self.tr("Ändringar mot paketet på den här datorn"))
        self.changes.setWordWrap(True)
        self.changes.setMinimumHeight(lines(self, 6))
        changes_label = QLabel(self.tr("Det här än&dras för arbetsplatserna:"), second)
        changes_label.setBuddy(self.changes)
        problems_label = QLabel(self.tr("&Kontroll av det byggda paketet:"), second)
        problems_label.setBuddy(self.problems)
        checked.addWidget(problems_label)
        checked.addWidget(self.problems, 1)
        self.compared_label = self._label(
            arg(self.tr("Jämförs med paketet som används på den här datorn: version %1."),
                self.installed_version) if self.installed_version
            else self.tr("Det finns inget paket på den här datorn att jämföra med; allt visas "
                         "som nytt."), self.tr("Jämförs med"), second)
        # One line: a wrapped label here gave the group a height for its width, and Qt then
        # shared out less height than the first group's rows need.
        self.compared_label.setWordWrap(False)
        checked.addWidget(changes_label)
        checked.addWidget(self.compared_label)
        checked.addWidget(self.changes, 3)
        preview_row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Förhandsgranska…"), second)
        self.preview_button.setAccessibleName(self.tr("Förhandsgranska det byggda paketet"))
        preview_row.addWidget(self.preview_button)
        preview_row.addStretch()
        checked.addLayout(preview_row)
        layout.addWidget(second, 1)

        third = QGroupBox(self.tr("3. Signera och spara"), self)
        sign = QFormLayout(third)
        self.key_edit = QLineEdit(third)
        self.key_edit.setAccessibleName(self.tr("Nyckelfil"))
        self.key_edit.setPlaceholderText(self.tr("Den hemliga nyckeln från pack keygen"))
        self.key_button = QPushButton(self.tr("Väl&j…"), third)
        self.key_button.setAccessibleName(self.tr("Välj nyckelfil"))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.key_button)
        key_label = QLabel(self.tr("N&yckelfil:"), third)
        key_label.setBuddy(self.key_edit)
        sign.addRow(key_label, key_row)
        self.passphrase = QLineEdit(third)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        passphrase_label = QLabel(self.tr("&Lösenfras:"), third)
        passphrase_label.setBuddy(self.passphrase)
        sign.addRow(passphrase_label, self.passphrase)
        self.sign_button = QPushButton(self.tr("&Signera och spara…"), third)
        self.sign_button.setAccessibleName(self.tr("Signera och spara paketet"))
        sign_row = QHBoxLayout()
        sign_row.addStretch()
        sign_row.addWidget(self.sign_button)
        sign.addRow(sign_row)
        layout.addWidget(third)
        self.sign_box = third

        self.message = self._label("", self.tr("Meddelande"))
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("S&täng"))
        self.close_button.setAccessibleName(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.news.textChanged.connect(self._count_news)
        self.build_button.clicked.connect(self.build)
        self.preview_button.clicked.connect(self.open_preview)
        self.key_button.clicked.connect(self.choose_key)
        self.sign_button.clicked.connect(self.sign_and_save)
        self._count_news()

    def _label(self, text: str, name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # titles and names are the pack's own
        label.setText(text)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- state ----------------------------------------------------------------------------------

    def phase(self) -> str:
        """editing, building, built, refused (the build has problems), signing or saved."""
        return self._phase

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def _update_steps(self) -> None:
        busy = self._phase in ("building", "signing")
        self.progress.setVisible(busy)
        for widget in (self.version, self.news, self.build_button):
            widget.setEnabled(not busy)
        ready = self.built is not None and not busy
        self.preview_button.setEnabled(ready and self._preview_factory is not None)
        self.sign_box.setEnabled(ready)
        # Enter builds until there is a pack; then it signs (the save dialog asks first).
        self.build_button.setDefault(not ready)
        self.sign_button.setDefault(ready)
        self.close_button.setEnabled(not busy)

    def _take_version(self, text: str) -> None:
        if (message := check_version(text.strip(), self.previous_version)) is not None:
            raise FieldError(message)

    def _count_news(self) -> None:
        count = len(self.news.toPlainText())
        self.news_count.setText(arg(self.tr("%1 av högst %2 tecken"), str(count),
                                    str(MAX_NEWS_CHARS)))
        mark_text(self.news_count, "error" if count > MAX_NEWS_CHARS else "info")

    # --- building -------------------------------------------------------------------------------

    def build(self) -> bool:
        """Check the version and the news, build a snapshot of the editor's state on the
        worker (the source folder is not written: see the module's doc); False when a field
        refused (nothing built)."""
        if self._phase in ("building", "signing"):
            return False
        if not self.version.commit():
            self.version.edit.setFocus()
            return False
        news = self.news.toPlainText()
        if len(news) > MAX_NEWS_CHARS:
            self._say("error", arg(self.tr("Texten om nyheter får vara högst %1 tecken; den "
                                           "har %2."), str(MAX_NEWS_CHARS), str(len(news))))
            self.news.setFocus()
            return False
        try:
            release = new_release(self.version.value().strip(), news, self.previous_version)
        except FieldError as exc:
            self.version.mark(refusal_words(exc))
            return False
        state = snapshot(self.folder, release)
        self.close_preview()
        self.built, self.diff, self._release = None, None, release
        self._builds += 1
        staged = Path(self._tmp.name) / f"kalla-{self._builds}"  # a new folder per build
        out = Path(self._tmp.name) / f"paket-{self._builds}"
        self._phase = "building"
        self.problems.clear()
        self.changes.clear()
        self.progress.setRange(0, 0)  # until the first document is done
        self.progress.setFormat("")
        self._summary = ""
        self.progress_text.setText(self.tr("Bygger paketet …"))
        self.message.hide()
        self._update_steps()
        factory, previous = self._engine_factory, self.previous

        def call() -> tuple[Path, BuildReport, list[Problem], PublishDiff]:
            engine = factory()  # made in the worker: QPdfDocument must not cross threads
            try:
                report, problems = build(state.write(staged), out, engine=engine,
                                         progress=self._progressed.emit)
            finally:
                shutil.rmtree(staged, ignore_errors=True)  # the copies; the pack is in out
            return out, report, problems, pack_diff(previous, out)

        self._run(call, self._built, self._build_failed)
        return True

    def _change_lines(self, diff: PublishDiff) -> list[str]:
        """PublishDiff.lines_sv in the window's language (a contact's changed fields stay as
        the core says them, as in the import dialog)."""
        documents = {"new": self.tr("Nytt dokument: %1"), "updated": self.tr("Ändrat dokument: %1"),
                     "removed": self.tr("Borttaget dokument: %1")}
        contacts = {"added": self.tr("Kontakt %1: ny"), "removed": self.tr("Kontakt %1: borttagen")}
        lines = [arg(documents[d.change], d.title) for d in diff.documents]
        lines += [arg(contacts.get(c.change, self.tr("Kontakt %1: %2")),
                      c.label, "; ".join(c.details)) for c in diff.contacts]
        return lines or [self.tr("Inga dokument eller kontakter ändras.")]

    def _show_progress(self, line: str) -> None:
        if self._phase != "building":
            return
        step = _STEP.match(line)
        pages = _PAGES.search(line)
        if step is not None and pages is not None and interface_language() != SOURCE_LANGUAGE:
            # In another language: Swedish keeps the core's "1 sida" / "13 sidor", which a
            # Qt plural of the source text cannot say.
            count = self.tr("%n sidor", "", int(pages.group(1)))
            line = f"{line[:pages.start()]}: {count}"
        self.progress_text.setText(line)
        if step is not None:
            self.progress.setFormat(self.tr("%v av %m dokument"))  # QProgressBar's own codes
            self.progress.setRange(0, int(step.group(2)))
            self.progress.setValue(int(step.group(1)))

    def _built(self, result: tuple[Path, BuildReport, list[Problem], PublishDiff]) -> None:
        out, report, problems, diff = result
        self.diff = diff
        # Not report.summary_sv(): it names the dialog's temporary folder.
        # The size as the window's language writes numbers: "2,0" in Swedish, "2.0" in English.
        self._summary = arg(self.tr("Byggt: %1 dokument, %2 sidor, %3 MB."),
                            str(report.documents), str(report.pages),
                            QLocale().toString(report.bytes / 1_000_000, "f", 1))
        self.progress_text.setText(self._summary)
        for problem in problems:
            item = QListWidgetItem(arg(self.tr("Fel: %1"), problem_text(problem.code,
                                                                       str(problem))),
                                   self.problems)
            item.setToolTip(item.text())
        # The warnings the editor's Problem list shows, as `pack build` prints them: built all
        # the same, but "Inga problem" would have hidden them.
        warnings = report.warnings
        if not problems and len(warnings) == 1:
            QListWidgetItem(self.tr("Inga fel. 1 varning:"), self.problems)
        elif not problems and warnings:
            QListWidgetItem(arg(self.tr("Inga fel. %1 varningar:"), len(warnings)),
                            self.problems)
        for warning in warnings:
            item = QListWidgetItem(arg(self.tr("Varning: %1"),
                                       problem_text(warning.code, warning.message)),
                                   self.problems)
            item.setToolTip(item.text())
        if not problems and not warnings:
            QListWidgetItem(self.tr("Inga problem: paketet är helt."), self.problems)
        for line in self._change_lines(diff):
            QListWidgetItem(line, self.changes).setToolTip(line)
        if problems:
            self._phase = "refused"
            self._say("error", self.tr("Det byggda paketet har fel och kan inte publiceras. "
                                       "Rätta dem i redaktören och bygg igen."))
        else:
            self.built = out
            self._phase = "built"
            self._say("info", self.tr("Paketet är byggt. Läs igenom ändringarna, "
                                      "förhandsgranska och signera sedan."))
        self._update_steps()

    def _build_failed(self, problems: list[Problem]) -> None:
        self._phase = "refused"
        self.progress_text.setText(self.tr("Bygget misslyckades."))
        for problem in problems:
            QListWidgetItem(arg(self.tr("Fel: %1"), problem_text(problem.code, str(problem))),
                            self.problems)
        self._say("error", arg(self.tr("Paketet kunde inte byggas: %1"),
                               self._reasons(problems)))
        self._update_steps()

    # --- the preview ----------------------------------------------------------------------------

    def open_preview(self) -> QWidget | None:
        """The built pack in the program's own window, with settings of its own (the user's
        settings are untouched); None when nothing is built."""
        if self.built is None or self._preview_factory is None:
            return None
        self.close_preview()
        pack = Pack.open(self.built)
        window = self._preview_factory(
            pack, Settings(Path(self._tmp.name) / "forhandsgranskning.ini"))
        window.setWindowTitle(arg(self.tr("Förhandsgranskning (inte publicerad): %1, version %2"),
                                  pack.manifest.publisher, pack.manifest.version))
        window.show()
        self.preview_window = window
        return window

    def close_preview(self) -> None:
        if self.preview_window is not None:
            self.preview_window.close()
            self.preview_window.deleteLater()
            self.preview_window = None

    # --- signing --------------------------------------------------------------------------------

    def choose_key(self) -> None:
        # All files first: pack keygen writes the key under the name it is given, adding no
        # extension (docs/editor.md's example makes "lansstyrelsen"); *.key would hide it.
        chosen = file_dialogs.open_file(self, self.tr("Välj den hemliga nyckeln"), Path.home(),
                                        self.tr("Alla filer (*);;Nyckelfiler (*.key)"))
        if chosen:
            self.key_edit.setText(chosen)
            self.passphrase.setFocus()

    def sign_and_save(self) -> bool:
        """Ask where to save, then sign and archive on the worker; False when not started."""
        if self.built is None or self._phase in ("building", "signing"):
            return False
        key = self.key_edit.text().strip()
        if not key:
            self._say("error", self.tr("Välj nyckelfilen att signera med."))
            self.key_edit.setFocus()
            return False
        version = self._release.version if self._release else self.version.value().strip()
        suggested = Path.home() / f"kvinnofrid-{version}.kvpack"
        chosen, _filter = file_dialogs.save_file(self, self.tr("Spara innehållspaketet"),
                                                 suggested,
                                                 self.tr("Innehållspaket (*.kvpack)"))
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix.lower() != ".kvpack":
            target = target.with_name(target.name + ".kvpack")
        passphrase = self.passphrase.text() or None
        pack_dir, keyfile = self.built, Path(key)
        self._phase = "signing"
        self.progress.setRange(0, 0)
        self.progress_text.setText(self.tr("Signerar och sparar …"))
        self.message.hide()
        self._update_steps()

        def call() -> tuple[Path, SignatureState | OSError]:
            try:
                return target, sign_and_archive(pack_dir, keyfile, passphrase, target)
            except NotSaved as exc:  # said on the GUI thread, naming the file she chose
                return target, exc.error

        self._run(call, self._signed, self._sign_failed, source=keyfile.name)
        return True

    def _signed(self, result: tuple[Path, SignatureState | OSError]) -> None:
        target, state = result
        if isinstance(state, OSError):
            self._not_saved(target, state)
            return
        self.saved = target
        self._phase = "saved"
        self.passphrase.clear()
        self.progress_text.setText(self._summary)
        text = arg(self.tr("Paketet är signerat (nyckel-id %1, %2) och sparat som %3. "
                           "Importera det på arbetsplatserna med Arkiv → Importera "
                           "innehållspaket."),
                   state.key_id or "?", state.publisher or "?", str(target))
        problem = self._record_release()
        assert self._release is not None
        self._show_published(self._release.version)
        self._say("ok" if problem is None else "error", text + "\n\n" + (problem or arg(
            self.tr("Källmappen är sparad med version %1."), self._release.version)))
        self._update_steps()
        self.published.emit(target)

    def _show_published(self, version: str) -> None:
        """``version`` is now the last published: named as such, and the one a next pack
        must follow."""
        self.published_version = version
        self.previous_version = newest_version(version, self.installed_version)
        self.previous_label.setText(self._previous_text())

    def _previous_text(self) -> str:
        return (arg(self.tr("Senast publicerad version: %1"), self.published_version)
                if self.published_version
                else self.tr("Källmappen har inte publicerats förut."))

    def _not_saved(self, target: Path, error: OSError) -> None:
        """The disk refused the chosen file: that file and why, never the temporary file the
        system's message names."""
        self._phase = "built"
        self.progress_text.setText(self._summary)
        self._say("error", arg(self.tr("Paketet kunde inte sparas som %1: %2 Inget har "
                                       "sparats; välj en annan plats och signera igen."),
                               str(target), describe_os_error(error)))
        self._update_steps()

    def _record_release(self) -> str | None:
        """The published version and news into the source folder, which is saved: it then
        holds what was published. None, or why the folder could not be saved."""
        assert self._release is not None
        record_release(self.folder, self._release)
        try:
            self.folder.save()
        except OSError as exc:
            return arg(self.tr("Men källmappen kunde inte sparas (%1): versionen och "
                               "ändringarna finns kvar i redaktören; spara dem med Ctrl+S."),
                       describe_os_error(exc))
        finally:
            self.prepared.emit()
        return None

    def _sign_failed(self, problems: list[Problem]) -> None:
        self._phase = "built"
        self.progress_text.setText(self._summary)
        code = problems[0].code
        if code == "key.passphrase_wrong":
            text = self.tr("Fel lösenfras för nyckeln. Inget har sparats; försök igen.")
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif code == "key.passphrase_required":
            text = self.tr("Nyckeln är skyddad med en lösenfras; skriv den. Inget har sparats.")
            self.passphrase.setFocus()
        elif code.startswith("key."):
            text = arg(self.tr("Nyckelfilen %1 kan inte användas: %2. Välj den hemliga nyckeln "
                               "(inte .pub-filen). Inget har sparats."),
                       Path(problems[0].file).name, self._reasons(problems))
            self.key_edit.setFocus()
        else:
            text = arg(self.tr("Paketet kunde inte signeras och sparas: %1. Inget har sparats."),
                       self._reasons(problems))
        self._say("error", text)
        self._update_steps()

    # --- shared ---------------------------------------------------------------------------------

    def _reasons(self, problems: list[Problem]) -> str:
        return "; ".join(problem_text(p.code, p.message) for p in problems[:3])

    def _say(self, kind: str, text: str) -> None:
        mark_text(self.message, kind)
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()

    def _run(self, call: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[list[Problem]], None], source: str | None = None) -> None:
        self._task = Task(call, source or self.folder.root.name, self)
        self._task.succeeded.connect(done)
        self._task.failed.connect(failed)
        self._task.start()

    def reject(self) -> None:
        """Esc and Stäng: not while the worker builds or signs (it cannot be stopped halfway)."""
        if self._phase in ("building", "signing"):
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.wait()
        self.close_preview()
        super().done(result)
        self._tmp.cleanup()  # the built pack; the saved .kvpack is elsewhere
