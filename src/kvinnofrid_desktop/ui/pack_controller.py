"""The window's content packs: the store, importing and rolling back, the administrator's
watch folder and content folder, noticing another program's change of the active pack, and
the way back when a pack file fails its checksum.

The window keeps the window; this keeps the packs. Everything a pack change means for the
user is said through the window's notice banner, and ``packChanged`` asks the owner of the
window (app.start.WindowController) to show the new pack in a new window. Built after the
first frame: nothing here is needed before the window is on screen.

A pack made active outside the window (the command line, another window): when the pack the
window shows is gone from disk (rolled back, removed), nothing of it can be opened any more,
so the window is replaced at once (``packChanged``); when it is still there, the window offers
to show the active one and the action card says on the tab that its contacts come from a pack
no longer active (``shownOutdated``). It is not replaced by itself then: a new window drops
what the user is doing (the typed search, the card's filter, a find in a document, PDFs opened
from outside) at a moment someone else chose, perhaps while a number is being read out, and a
window that changes without being asked is hard to follow with a screen reader.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kvinnofrid_desktop.core.install.active import default_data_dir, resolve_active
from kvinnofrid_desktop.core.pack.manifest import MANIFEST_NAME
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.labels import first_of, problem_text
from kvinnofrid_desktop.ui.notices import NoticeBanner
from kvinnofrid_desktop.ui.packs.folder_reason import folder_reason

# Changed contacts the banner names; the rest are counted ("och 4 till").
SHOWN_CONTACTS = 3

if TYPE_CHECKING:
    from kvinnofrid_desktop.core.install.policy import Policy
    from kvinnofrid_desktop.core.install.store import PackStore
    from kvinnofrid_desktop.ui.packs.watch import WatchFolderCheck


class PackController(QObject):
    """The packs of one window (``window``: the parent of its dialogs; ``pack``: the one the
    window shows; ``follows_active``: the window shows the active pack, not one chosen with
    --pack)."""

    packChanged = Signal(str)  # a pack was imported or rolled back: show it, with this notice
    # Another pack is active while the one shown is still there: what the action card says on
    # its tab about its contacts ("" once the shown pack is the active one again).
    shownOutdated = Signal(str)

    def __init__(self, window: QWidget, notices: NoticeBanner, pack: Pack,
                 policy: Policy | None, *, follows_active: bool = False) -> None:
        super().__init__(window)
        self.window, self.notices, self.pack, self.policy = window, notices, pack, policy
        self.follows_active = follows_active
        self._store: PackStore | None = None
        self._watch: WatchFolderCheck | None = None
        self._active_watch: QFileSystemWatcher | None = None
        self._settle: QTimer | None = None
        self._retry: QTimer | None = None  # a dialog ran over a window whose pack is gone
        self._offer = ""  # the banner's offer to show the active pack, while it stands
        self._news: tuple[Path, tuple[str, bool]] | None = None  # _contact_news, last asked
        self._outdated = False  # shownOutdated said another pack is active
        self._replacing = False  # the window is being replaced: once is enough
        self._closed = False
        self._active_name = ""  # the active pack's name, as the banner gave it

    def store(self) -> PackStore:
        if self._store is None:
            from kvinnofrid_desktop.core.install.store import PackStore

            self._store = PackStore(policy=self.policy)
        return self._store

    def shutdown(self) -> None:
        # Closed (or replaced): a later look at the active pack must not replace the next
        # window (the owner's one window is the new one by then).
        self._closed = True
        for timer in (self._settle, self._retry):
            if timer is not None:
                timer.stop()
        if self._watch is not None:
            self._watch.shutdown()

    # --- import and rollback --------------------------------------------------------------------

    def import_pack(self, path: Path | str | None = None) -> bool:
        """Arkiv → Importera innehållspaket… (or a dropped file): check, show, install."""
        if path is None:
            from kvinnofrid_desktop.ui.common.file_dialogs import open_file

            chosen = open_file(self.window, self.tr("Importera innehållspaket"), Path.home(),
                               self.tr("Innehållspaket (*.kvpack)"))
            if not chosen:
                return False
            path = chosen
        from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
        from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog

        dialog = ImportDialog(self.store(), Path(path), pdf_engine_factory=QtPdfEngine,
                              parent=self.window)
        try:
            dialog.exec()
        finally:
            dialog.shutdown()  # its worker must stop before the dialog goes away
        result = dialog.result_pack()
        dialog.deleteLater()  # otherwise it lives on as the window's child
        if result is None:
            return False
        self.packChanged.emit(arg(self.tr("Innehållspaketet %1 %2 är installerat. Föregående "
                                          "innehållspaket kan återställas under Arkiv → "
                                          "Inställningar → Innehållspaket."),
                                  result.publisher, result.version))
        return True

    def rolled_back(self) -> None:
        """The settings dialog went back to the previous pack."""
        self.packChanged.emit(self.tr("Det föregående innehållspaketet är återställt."))

    def roll_back(self) -> None:
        """Go back to the previous pack (after a warning that a file has changed)."""
        answer = QMessageBox.question(
            self.window, self.tr("Återställ föregående innehållspaket"),
            self.tr("Vill du återställa föregående innehållspaket? Det aktiva paketet tas bort; "
                    "du kan importera det igen senare."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store().rollback()
        except (PackError, OSError) as exc:
            reason = problem_text(exc.first.code, exc.first.message) \
                if isinstance(exc, PackError) else str(exc)
            QMessageBox.information(self.window, self.tr("Inget att återställa"), arg(self.tr(
                "Föregående innehållspaket kunde inte återställas: %1. Be samordnaren om ett "
                "nytt paket."), reason))
            return
        self.rolled_back()

    # --- the administrator's watch folder -------------------------------------------------------

    def check_watch_folder(self) -> None:
        """Offer packs an administrator put in the shared folder (read on a pool thread)."""
        if self.policy is None or self.policy.watch_folder is None:
            return
        from kvinnofrid_desktop.ui.packs.watch import WatchFolderCheck

        self._watch = WatchFolderCheck(self.policy, self.store(), self)
        self._watch.found.connect(self._offer_watched)
        self._watch.unreadable.connect(self._watch_folder_unreadable)
        self._watch.start()

    def _watch_folder_unreadable(self, folder: str, reason: str, error_number: int) -> None:
        """Said as the content folder's is: an administrator's share that is gone is news."""
        self.notices.show_notice(arg(self.tr(
            "Den delade mappen för nya innehållspaket kan inte nås: %1 (%2). Inga nya paket "
            "erbjuds därifrån förrän den går att läsa; säg till IT-avdelningen om det "
            "fortsätter."), folder, folder_reason(reason, error_number)))

    def _offer_watched(self, path: str, publisher: str, version: str) -> None:
        self.notices.show_notice(
            arg(self.tr("Ett nytt innehållspaket finns i den delade mappen: %1, version %2."),
                publisher, version),
            self.tr("Visa och installera…"), lambda: self.import_pack(path))

    # --- a pack file that fails its checksum ----------------------------------------------------

    def file_changed(self, relative: str, message: str) -> None:
        """A file of the pack no longer matches its checksum: say so and offer the way back.
        ``message``: why, in plain words (``labels.damage_text``); the same version cannot be
        imported again while it is installed, hence "restore, then import"."""
        if self.check_active_pack():
            # The pack was replaced or removed by another program: not a tampered file.
            return
        doc = next((d for d in self.pack.manifest.documents if d.file == relative), None)
        name = doc.title if doc else relative
        self.notices.show_notice(
            arg(self.tr("En fil i innehållspaketet stämmer inte längre med det som "
                        "installerades: %1 (%2). Lita inte på innehållet. Återställ föregående "
                        "innehållspaket, och importera sedan paketet igen om du behöver det."),
                name, message),
            self.tr("Återställ föregående innehållspaket"), self.roll_back)

    # --- another program changed the active pack ------------------------------------------------

    def watch_active_pack(self) -> None:
        """Notice a pack import or rollback made outside this window (the command line, another
        window): the data folder changes when its pointer to the active pack is replaced."""
        if not self.follows_active or self._active_watch is not None:
            return
        watch = QFileSystemWatcher(self)
        root = default_data_dir()

        def follow() -> None:
            # The pointer is replaced by a rename, so the folder is watched, not the file;
            # before the first import there is no folder yet: the one above it is watched
            # until it appears.
            if root.is_dir() and str(root) not in watch.directories():
                watch.addPath(str(root))
            elif not root.is_dir() and root.parent.is_dir() and not watch.directories():
                watch.addPath(str(root.parent))

        settle = QTimer(self)  # an import changes the folder several times: look once after
        settle.setSingleShot(True)
        settle.setInterval(300)
        settle.timeout.connect(self.check_active_pack)
        self._settle = settle

        def changed(_path: str) -> None:
            follow()
            settle.start()

        watch.directoryChanged.connect(changed)
        follow()
        self._active_watch = watch

    def watching_active_pack(self) -> bool:
        return self._active_watch is not None

    def check_active_pack(self) -> bool:
        """When another pack than this window's is active now, say so (True); False when the
        window still shows the active pack. A shown pack that is gone is replaced at once;
        one still there is offered (see the module's docstring)."""
        if not self.follows_active or self._closed:
            return False
        if self._replacing:
            return True
        path, _notice = resolve_active()
        if path.resolve() == self.pack.root.resolve():
            if self._outdated:  # back on the shown pack (another rollback): nothing is old now
                self._outdated = False
                self.shownOutdated.emit("")
                if self.notices.text() == self._offer:  # not another notice given since
                    self.notices.hide()
            return False
        try:
            manifest = Pack.open(path, check_sizes=False).manifest
            name = f"{manifest.publisher} {manifest.version}"
        except Exception:  # whatever it is, the window shows it after a reload
            name = path.name
        self._active_name = name
        shown = self.pack.manifest
        if not self.shown_pack_present():
            self._replace_gone(name)
            return True
        text = arg(self.tr("Ett annat innehållspaket är aktivt nu: %1. Det installerades eller "
                           "återställdes utanför det här fönstret, som fortfarande visar %2 %3."),
                   name, shown.publisher, shown.version)
        news, same = self._contact_news(path)
        self._offer = " ".join(filter(None, (text, news)))
        self.notices.show_notice(self._offer, self.tr("Visa det aktiva paketet"),
                                 self.show_active)
        self._outdated = True
        if same:
            line = arg(self.tr("Kontakterna här kommer från innehållspaketet %1 %2, som inte "
                               "längre är aktivt. I det aktiva paketet är de desamma."),
                       shown.publisher, shown.version)
        else:
            line = arg(self.tr("Kontakterna här kommer från innehållspaketet %1 %2, som inte "
                               "längre är aktivt: numren kan ha ändrats. Visa det aktiva "
                               "paketet innan du ringer."), shown.publisher, shown.version)
        self.shownOutdated.emit(line)
        return True

    def shown_pack_present(self) -> bool:
        """Whether the pack the window shows is still on disk (a rollback or `pack remove`
        elsewhere deletes its folder: the store moves it out in one rename)."""
        return (self.pack.root / MANIFEST_NAME).is_file()

    def show_active(self) -> None:
        """"Visa det aktiva paketet": the window on the active pack, keeping tab and choices."""
        if self._replacing or self._closed:
            return
        self.packChanged.emit(arg(self.tr("Fönstret visar nu det aktiva innehållspaketet, %1."),
                                  self._active_name))

    def _replace_gone(self, name: str) -> None:
        """The shown pack is gone: its documents, search index and card file cannot be opened,
        and the messages about them ("Filen finns inte", "Installera om …") would give the
        wrong cause. The window is replaced by one on the active pack; while a dialog runs over
        the window (an import, Inställningar) it is not closed under it: looked at again soon."""
        shown = self.pack.manifest
        if QApplication.activeModalWidget() is not None:
            self.notices.show_notice(arg(self.tr(
                "Innehållspaketet byttes utanför fönstret: %1 %2, som fönstret visar, finns inte "
                "längre. Fönstret visar det aktiva paketet, %3, när dialogrutan har stängts."),
                shown.publisher, shown.version, name))
            if self._retry is None:
                self._retry = QTimer(self, singleShot=True, interval=1000)
                self._retry.timeout.connect(self.check_active_pack)
            self._retry.start()
            return
        self._replacing = True
        notice = arg(self.tr(
            "Innehållspaketet byttes utanför fönstret: %1 %2, som fönstret visade, återställdes "
            "eller togs bort av ett annat program. Fönstret visar nu det aktiva paketet, %3."),
            shown.publisher, shown.version, name)
        # Queued: the check may run inside the window's own event handler (activation).
        QTimer.singleShot(0, self, lambda: None if self._closed else
                          self.packChanged.emit(notice))

    def _contact_news(self, active: Path) -> tuple[str, bool]:
        """What the active pack changes in the card's contacts, said concretely (a number read
        from this window may be the one replaced), and whether they are all the same. ("",
        False) when the cards cannot be compared. Kept per active pack: asked again at each
        activation of the window."""
        if self._news is not None and self._news[0] == active:
            return self._news[1]
        news = self._compare_contacts(active)
        self._news = (active, news)
        return news

    def _compare_contacts(self, active: Path) -> tuple[str, bool]:
        from kvinnofrid_desktop.core.card.model import load_action_card
        from kvinnofrid_desktop.core.install.preview import contact_changes

        try:
            old_file = self.pack.manifest.action_card
            new_file = Pack.open(active, check_sizes=False).manifest.action_card
            if not old_file or not new_file:
                return "", False
            old = load_action_card(self.pack.path_of(old_file))
            new = load_action_card(active / new_file)
        except (PackError, OSError):
            return "", False
        changes = contact_changes(old, new)
        if not changes:
            return self.tr("Åtgärdskortets kontakter är desamma i båda paketen."), True
        before = {c.id: c for c in old.contacts}
        after = {c.id: c for c in new.contacts}
        parts = []
        for change in changes[:SHOWN_CONTACTS]:
            o, c = before.get(change.contact_id), after.get(change.contact_id)
            if o is not None and c is not None and o.phone != c.phone:
                parts.append(f"{change.label} ({o.phone or '–'} → {c.phone or '–'})")
            else:
                parts.append(change.label)
        parts += [change.label for change in changes[SHOWN_CONTACTS:]]  # counted, not named
        return arg(self.tr("Kontaktuppgifter har ändrats: %1."),
                   first_of(parts, SHOWN_CONTACTS, "; ")), False


class ContentFolderInstalls(QObject):
    """The machine-wide content folder (policy ``content_folder``): packs IT puts there are
    installed without asking. One per run, not per window: an install replaces the window, and
    a bad file must be reported once per run. ``installed(text)``: a pack was installed (show
    it); ``notice(text)``: something to say (a file skipped)."""

    installed = Signal(str)
    notice = Signal(str)

    def __init__(self, policy: Policy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from kvinnofrid_desktop.core.install.store import PackStore
        from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
        from kvinnofrid_desktop.ui.packs.content_folder import ContentFolderWatch

        self.watch = ContentFolderWatch(policy, PackStore(policy=policy),
                                        pdf_engine=QtPdfEngine())
        self.watch.checked.connect(self._checked)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.watch.shutdown)

    def start(self) -> None:
        self.watch.start()

    def shutdown(self) -> None:
        self.watch.shutdown()

    def _checked(self, report: object) -> None:
        from kvinnofrid_desktop.core.install.content_folder import FolderReport
        from kvinnofrid_desktop.ui.packs.content_folder import report_text

        if not isinstance(report, FolderReport):
            return
        text = report_text(report)
        if report.installed is not None:
            self.installed.emit(text)  # the window on the new pack says what came and whence
        elif text:
            self.notice.emit(text)
