"""Åtgärdskort: signs, steps and whom to call – for this municipality, at this moment.

The tab a worker opens after a worrying home visit. Every entry of the card is built once; the
subject, municipality and filter only show and hide them, so switching is instant and the focus
order stays what the reader sees: subject → municipality → filter → signs → steps → contacts.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.card.model import SUBJECTS, ActionCard, Contact, swedish_now
from kvinnofrid_desktop.core.card.now import (
    clock_text,
    day_note,
    jour_coverage,
    ordered_contacts,
)
from kvinnofrid_desktop.core.options import CARD_MUNICIPALITY, CARD_SUBJECT, Setting
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.actions import ActionSet, command
from kvinnofrid_desktop.ui.card import printing as card_print
from kvinnofrid_desktop.ui.card.widgets import (
    CardFooter,
    ContactCard,
    EntryFrame,
    NoticeRow,
    SignEntry,
    StepEntry,
    SubjectButton,
    blend,
    scaled_font,
    swedish_sorted,
    tab_stops,
    text_label,
)
from kvinnofrid_desktop.ui.common.accessible import announce, lines, name_combo
from kvinnofrid_desktop.ui.common.colours import follow_palette
from kvinnofrid_desktop.ui.common.filter_field import FilterField
from kvinnofrid_desktop.ui.common.focus import take_focus
from kvinnofrid_desktop.ui.common.i18n import SOURCE_LANGUAGE, interface_language
from kvinnofrid_desktop.ui.common.labels import card_now_tr, date_text, scope_heading
from kvinnofrid_desktop.ui.common.link_button import link_button
from kvinnofrid_desktop.ui.common.os_errors import describe_os_error
from kvinnofrid_desktop.ui.common.print_to_file import offer_file, pdf_file_of
from kvinnofrid_desktop.ui.common.settings import Settings

T = TypeVar("T")
NOW_REFRESH_MS = 30_000
# Width (in average characters of the current font) that three or two columns need; below
# that a column reads poorly, so fewer and wider columns are used. Measured in characters, the
# choice follows the font size: 200 % text at 1280 px gets two columns.
THREE_COLUMNS_CHARS = 168
TWO_COLUMNS_CHARS = 96
# Below this many characters beside the municipality list, the filter moves to its own row:
# squeezed beside it (a small window with the search panel open), it showed two letters.
FILTER_MIN_CHARS = 24


def _loaded(method: Callable[..., T]) -> Callable[..., T]:
    """Public methods build the view first: a search hit may arrive before the tab was shown."""
    @functools.wraps(method)
    def wrapper(self: ActionCardTab, *args: Any, **kwargs: Any) -> T:
        self.ensure_loaded()
        return method(self, *args, **kwargs)

    return wrapper


class ActionCardTab(QWidget):
    """The structured action card over the pack's ``action_card.json``."""

    # "Visa det aktiva paketet" on the line that says the card's pack is no longer active
    activePackRequested = Signal()

    def __init__(self, card: ActionCard | None, settings: Settings, *,
                 clock: Callable[[], dt.datetime] = swedish_now,
                 today: Callable[[], dt.date] | None = None, error: str | None = None,
                 pack_label: str | None = None, allow_export: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.settings = settings
        self._clock = clock
        self._today = today or (lambda: self._clock().date())
        self.pack_label = pack_label
        self.allow_export = allow_export
        self._subject = SUBJECTS[0]
        self._municipality: str | None = None
        self._asking = False
        self._columns = 0
        self._reading_order: tuple[QWidget, ...] = ()  # the sections as the columns show them
        self._anchors: dict[str, tuple[str | None, EntryFrame]] = {}
        self._revealed: EntryFrame | None = None  # the entry a search hit last showed
        self._built = card is None
        self._outdated = ""  # show_outdated's text (the line is made with the view)
        self.outdated_line: QFrame | None = None
        # Find and print (ui/actions.py): their keys act while this tab is on screen.
        self.commands = ActionSet(self, ("find", "print"))
        if card is None:
            self._init_error(error)
            return
        self._restore()

    def is_loaded(self) -> bool:
        return self._built

    def ensure_loaded(self) -> None:
        """Build the view. Done when the tab is first shown, so the window starts without it."""
        if self._built or self.card is None:
            return
        self._built = True
        self._init_header(self.card)
        self._init_body(self.card)
        self._init_footer(self.card)
        self._now_timer = QTimer(self, interval=NOW_REFRESH_MS)
        self._now_timer.timeout.connect(self.refresh_now)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        # The buttons hold a copy of the palette: on a change (Windows switching to high
        # contrast) the chosen one kept its light-blue fill under the new light text.
        follow_palette(self, self._style_subject_buttons, now=False)
        # What the selection hides first: _arrange shows the sections, and Qt then shows every
        # child not hidden yet (all ten municipalities' contacts, all three subjects' signs),
        # which took 0.1 s of the card's first show.
        self._show_selection()
        self._arrange(self._wanted_columns())
        self._place_municipality()
        self._place_filter()

    def focus_default(self, reason: Qt.FocusReason | None = None) -> None:
        """Ctrl+3 lands on the chosen subject: the first of the choices, in reading order."""
        self.ensure_loaded()
        if self.card is not None and self._subject in self.subject_buttons:
            take_focus(self.subject_buttons[self._subject], reason)
        else:
            take_focus(self, reason)

    def focus_after_search(self) -> None:
        """Esc in the search results: back to the entry a hit showed, while it is still on
        the card as chosen (the subject buttons, where Ctrl+3 lands, lost the reader's place)."""
        if self._revealed is not None and self._revealed.isVisible():
            take_focus(self._revealed, Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_default()

    def setVisible(self, visible: bool) -> None:
        # Built before the first show (not in showEvent), so the new children show with it.
        if visible:
            self.ensure_loaded()
        super().setVisible(visible)

    # --- construction ---------------------------------------------------------------------------

    def _init_error(self, error: str | None) -> None:
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        # As wide as it may be (80 characters), narrower only in a narrow window: centred by
        # alignment, it got the narrow width its wrapped lines ask for and too little height
        # for them ("Åtgärdskortet kan inte", the reason and "ring 112" cut mid-line).
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 20, 24, 20)
        title = text_label(self.tr("Åtgärdskortet kan inte visas"), box,
                           font=scaled_font(self.font(), 1.25, bold=True))
        self.error_label = text_label(
            error or self.tr("Innehållspaketet har inget läsbart åtgärdskort."), box,
            selectable=True)
        self.error_label.setAccessibleName(self.tr("Orsak"))
        help_text = text_label(self.tr("Dokumenten under Publikationer går fortfarande att "
                                       "läsa. Vid akut fara: ring 112."), box)
        for widget in (title, self.error_label, help_text):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(0)
        row.addWidget(box, 1)
        row.addStretch(0)
        layout.addLayout(row)
        layout.addStretch(2)

    def _init_header(self, card: ActionCard) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 6)
        header = QHBoxLayout()
        labels = {"barn": self.tr("&Barn"), "vuxna": self.tr("V&uxna"), "djur": self.tr("&Djur")}
        self.subject_group = QButtonGroup(self)
        self.subject_buttons: dict[str, QPushButton] = {}
        segment = QHBoxLayout()
        segment.setSpacing(0)
        for i, sid in enumerate(SUBJECTS):
            # The button's own words (the pack's subject titles are Swedish content).
            title = labels[sid].replace("&", "")
            button = SubjectButton(labels[sid], self)
            button.setCheckable(True)
            button.setAccessibleName(title)
            button.setAccessibleDescription(
                arg(self.tr("Visa tecken, steg och kontakter för: %1"), title))
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance("Vuxna") * 2)
            self.subject_group.addButton(button, i)
            self.subject_buttons[sid] = button
            segment.addWidget(button)
        self.subject_group.idClicked.connect(lambda i: self.set_subject(SUBJECTS[i]))
        header.addLayout(segment)
        header.addSpacing(self.fontMetrics().height())
        # Alt+K belongs to the window's search field ("Sö&k:"), so the list takes Alt+O.
        municipality_label = QLabel(self.tr("K&ommun:"), self)
        self.municipality_combo = QComboBox(self)
        name_combo(self.municipality_combo, self.tr("Kommun"))
        self.municipality_combo.addItem(self.tr("Hela länet"), None)
        for name in swedish_sorted(list(card.municipalities)):
            self.municipality_combo.addItem(name, name)
        self.municipality_combo.activated.connect(
            lambda i: self.set_municipality(self.municipality_combo.itemData(i)))
        municipality_label.setBuddy(self.municipality_combo)
        header.addWidget(municipality_label)
        header.addWidget(self.municipality_combo)
        header.addSpacing(self.fontMetrics().height())
        self._segment = segment
        self._municipality_label = municipality_label
        # Too narrow for it beside the subjects, the list moves to a row of its own
        # (_place_municipality): at 200 % text the row was 886 px and with the search panel
        # open the window wanted more than a 1024 px screen.
        self._municipality_row = QHBoxLayout()
        self._municipality_wrapped = False
        filter_label = QLabel(self.tr("&Filtrera:"), self)
        self.filter = FilterField(self)  # Esc empties it
        self.filter.setPlaceholderText(self.tr("Filtrera tecken och kontakter"))
        self.filter.setAccessibleName(self.tr("Filtrera tecken och kontakter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._show_selection())
        filter_label.setBuddy(self.filter)
        self._filter_label = filter_label
        self._header_row = header
        self._filter_row = QHBoxLayout()
        self._filter_wrapped = True  # _place_filter moves it beside the list when it fits
        self._filter_row.addWidget(filter_label)
        self._filter_row.addWidget(self.filter, 1)
        header.addStretch(0)  # keeps the choices together when the filter is on its own row
        outer.addLayout(header)
        outer.addLayout(self._municipality_row)
        outer.addLayout(self._filter_row)
        self._init_outdated_line(outer)
        # A search hit on another municipality's contact shows that municipality without
        # choosing it: said above the columns, with the way back (it stayed on after Esc and
        # other tabs, and was read as the worker's own).
        self.own_municipality_button = link_button(self, self.tr("Tillbaka till din kommun"))
        self.own_municipality_button.clicked.connect(self._back_to_own_municipality)
        self.own_municipality_button.hide()
        outer.addWidget(self.own_municipality_button)
        # The card's signs, steps and contacts are the county's Swedish text; in another
        # interface language say so once, so nobody looks for a missing translation.
        self.language_note: QLabel | None = None
        if interface_language() != SOURCE_LANGUAGE:
            self.language_note = text_label(self.tr(
                "Åtgärdskortets innehåll (tecken, steg och kontakter) är på svenska, så som "
                "länet har skrivit det."), self)
            self.language_note.setObjectName("languageNote")
            outer.addWidget(self.language_note)

    def _init_outdated_line(self, outer: QVBoxLayout) -> None:
        """Above the columns: the contacts come from a pack that is no longer active (see
        show_outdated). Hidden while they do not."""
        line = QFrame(self)
        line.setObjectName("outdatedPackLine")
        line.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(line)
        layout.setContentsMargins(8, 4, 8, 4)
        self.outdated_notice = NoticeRow("warning", self._outdated, line)
        self.outdated_button = QPushButton(self.tr("Visa det aktiva paketet"), line)
        self.outdated_button.clicked.connect(self.activePackRequested)
        layout.addWidget(self.outdated_notice, 1)
        layout.addWidget(self.outdated_button, 0, Qt.AlignmentFlag.AlignVCenter)
        line.setVisible(bool(self._outdated))
        outer.addWidget(line)
        self.outdated_line = line

    def show_outdated(self, text: str) -> None:
        """Say on the card that its contacts come from a pack that another program has replaced
        as the active one ("" when they no longer do). It has no close button: the banner above
        the tabs can be closed, and then nothing showed that a number may be the replaced one."""
        self._outdated = text
        if self.outdated_line is not None:
            self.outdated_notice.set_text(text)
            self.outdated_line.setVisible(bool(text))

    def outdated_text(self) -> str:
        """The line's text ("" while the card's pack is the active one)."""
        return self._outdated

    def _section(self, title: str) -> tuple[QWidget, QVBoxLayout, QLabel]:
        section = QWidget(self)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # No accessible name: the label's text is read, as it changes ("Kontakter – Sala";
        # a fixed "Kontakter" hid the municipality).
        heading = text_label(title, section, font=scaled_font(self.font(), 1.35, bold=True))
        layout.addWidget(heading)
        return section, layout, heading

    def _group(self, parent: QWidget, title: str, *, spacing: int) -> tuple[QWidget, QVBoxLayout]:
        """A titled group that hides as a whole, so no empty gap is left behind."""
        holder = QWidget(parent)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        layout.addWidget(text_label(title, holder, font=scaled_font(self.font(), 1.1, bold=True)))
        return holder, layout

    def _init_body(self, card: ActionCard) -> None:
        body = QHBoxLayout()
        body.setSpacing(12)
        self._scrolls: list[QScrollArea] = []
        self._column_layouts: list[QVBoxLayout] = []
        for _ in range(3):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entries inside take focus
            # Three lines at the least (a scroll area's own minimum is 68 px): on a low screen
            # the columns give up their height to the footer's wrapped sentence, which must be
            # whole (200 % on 1280 × 720 with Mina sidor docked).
            scroll.setMinimumHeight(lines(self, 3))
            column = QWidget(scroll)
            layout = QVBoxLayout(column)
            layout.setContentsMargins(2, 4, 6, 8)
            layout.setSpacing(18)
            layout.addStretch(1)  # stays last; _arrange puts the sections before it
            scroll.setWidget(column)
            body.addWidget(scroll, 1)
            self._scrolls.append(scroll)
            self._column_layouts.append(layout)
        self._body = body
        self._init_signs(card)
        self._init_steps(card)
        self._init_contacts(card)
        self.layout().addLayout(body, 1)

    def _init_signs(self, card: ActionCard) -> None:
        self.signs_section, layout, _ = self._section(self.tr("Tecken"))
        self._sign_boxes: dict[str, QWidget] = {}
        self._sign_groups: dict[str, list[tuple[QWidget, list[SignEntry]]]] = {}
        for subject in card.subjects:
            box = QWidget(self.signs_section)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(8)
            groups = []
            for group in subject.sign_groups:
                holder, holder_layout = self._group(box, group.title, spacing=2)
                entries = []
                for sign in group.signs:
                    entry = SignEntry(sign, group.title, holder)
                    holder_layout.addWidget(entry)
                    entries.append(entry)
                    self._anchors[sign.id] = (subject.id, entry)
                box_layout.addWidget(holder)
                groups.append((holder, entries))
            self._sign_boxes[subject.id] = box
            self._sign_groups[subject.id] = groups
            layout.addWidget(box)
        self.signs_empty = text_label("", self.signs_section)
        layout.addWidget(self.signs_empty)

    def _init_steps(self, card: ActionCard) -> None:
        self.steps_section, layout, _ = self._section(self.tr("Gör så här"))
        self._step_boxes: dict[str, QWidget] = {}
        self._steps: dict[str, list[StepEntry]] = {}
        for subject in card.subjects:
            box = QWidget(self.steps_section)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(8)
            entries = []
            for n, step in enumerate(subject.steps, 1):
                entry = StepEntry(n, step, card, box, subject=subject.id)
                entry.copyRequested.connect(self._copy)
                box_layout.addWidget(entry)
                entries.append(entry)
                self._anchors[step.id] = (subject.id, entry)
            self._step_boxes[subject.id] = box
            self._steps[subject.id] = entries
            layout.addWidget(box)
        self.steps_empty = text_label("", self.steps_section)
        layout.addWidget(self.steps_empty)

    def _init_contacts(self, card: ActionCard) -> None:
        self.contacts_section, layout, self.contacts_heading = self._section(
            self.tr("Kontakter"))
        self.now_context = text_label("", self.contacts_section)
        layout.addWidget(self.now_context)
        self.chooser = self._init_chooser(card)
        layout.addWidget(self.chooser)
        # Built once for every subject; showing a subject only hides the others' contacts.
        everything = ordered_contacts(card, None, None)
        groups: list[tuple[str, list[Contact]]] = []
        for name in swedish_sorted(list(card.municipalities)):
            groups.append((name, [c for c in everything if c.municipality == name]))
        for scope in ("county", "national"):
            groups.append((scope_heading(scope), [c for c in everything if c.scope == scope]))
        self._contact_groups: list[tuple[QWidget, list[ContactCard]]] = []
        for title, contacts in groups:
            holder, holder_layout = self._group(self.contacts_section, title, spacing=6)
            cards = []
            for contact in contacts:
                coverage = None
                if contact.scope == "county" and contact.role == "out_of_hours":
                    coverage = swedish_sorted(jour_coverage(card, contact)) or None
                widget = ContactCard(contact, card, holder, coverage=coverage)
                widget.copyRequested.connect(self._copy)
                holder_layout.addWidget(widget)
                cards.append(widget)
                self._anchors[contact.id] = (None, widget)
            layout.addWidget(holder)
            self._contact_groups.append((holder, cards))
        self.contacts_empty = text_label("", self.contacts_section)
        layout.addWidget(self.contacts_empty)

    def _init_chooser(self, card: ActionCard) -> QFrame:
        """The first-start question: which municipality do you work in?"""
        box = QFrame(self.contacts_section)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAccessibleName(self.tr("Välj kommun"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(text_label(self.tr("Vilken kommun arbetar du i?"), box,
                                    font=scaled_font(self.font(), 1.1, bold=True)))
        layout.addWidget(text_label(self.tr(
            "Då visas kommunens nummer här. Valet sparas och kan ändras i listan Kommun ovan."),
            box))
        grid = QGridLayout()
        names = [*swedish_sorted(list(card.municipalities)), None]
        for i, name in enumerate(names):
            button = QPushButton(name or self.tr("Hela länet"), box)
            button.setAccessibleName(name or self.tr("Hela länet"))
            button.clicked.connect(lambda _=False, n=name: self.set_municipality(n))
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)
        return box

    def _init_footer(self, card: ActionCard) -> None:
        self.footer = CardFooter(card.checked_range(), self, allow_export=self.allow_export)
        self.footer.printRequested.connect(lambda pocket: self.print_card(pocket=pocket))
        self.footer.exportRequested.connect(lambda pocket: self.export_pdf(pocket=pocket))
        self.print_button = self.footer.print_button
        self.pocket_button = self.footer.pocket_button
        self.export_button = self.footer.export_button
        self.layout().addWidget(self.footer)

    # --- selection ------------------------------------------------------------------------------

    def _restore(self) -> None:
        assert self.card is not None
        subject = str(self.settings.value(CARD_SUBJECT, SUBJECTS[0]) or "")
        municipality = str(self.settings.value(CARD_MUNICIPALITY, "") or "")
        self._subject = subject if subject in SUBJECTS else SUBJECTS[0]
        self._municipality = municipality if municipality in self.card.municipalities else None
        # Never chosen (not even "Hela länet"): ask once, above the contacts, instead of opening
        # on the county's long list. A policy default is written before the window is built.
        # One the card does not know (a pack that dropped it, a hand-edited file) is asked for
        # again: the county's list under "Kontakter" was taken for the worker's own.
        stored = self.settings.value(CARD_MUNICIPALITY)
        self._asking = stored is None or (bool(municipality) and self._municipality is None)

    def settings_changed(self, keys: Sequence[str]) -> None:
        """Apply what Inställningar just wrote: a municipality chosen there is shown at once,
        not after a restart (the card went on asking, or showed the old municipality)."""
        if self.card is None or CARD_MUNICIPALITY.key not in keys:
            return
        stored = str(self.settings.value(CARD_MUNICIPALITY, "") or "")
        name = stored if stored in self.card.municipalities else None
        self._asking = False  # chosen in the dialog, even if it was "Hela länet"
        if self._built:
            self._select(self._subject, name)
        else:
            self._municipality = name

    def current_subject(self) -> str | None:
        return self._subject if self.card is not None else None

    def current_municipality(self) -> str | None:
        """The chosen municipality; None means "Hela länet"."""
        return self._municipality

    @_loaded
    def set_subject(self, subject_id: str) -> None:
        """Show ``subject_id`` (barn, vuxna, djur) and remember it, as a click would."""
        if subject_id not in SUBJECTS:
            raise ValueError(subject_id)
        self._remember(CARD_SUBJECT, subject_id)
        # One column: the signs and steps above change height, so the same scroll value lands
        # elsewhere; the section being read (the contacts, say) stays at the top instead.
        reading = self._section_at_top() if self._columns == 1 else None
        self._select(subject_id, self._municipality)
        if reading is not None:
            self._scroll_to_top(reading)
        self._announce_contacts()

    @_loaded
    def set_municipality(self, name: str | None) -> None:
        """Show ``name`` (None: Hela länet) and remember it, as choosing it in the list would."""
        if self.card is None or (name is not None and name not in self.card.municipalities):
            raise ValueError(name)
        self._remember(CARD_MUNICIPALITY, name or "")
        focus = QApplication.focusWidget()
        chosen_by_key = focus is not None and self.chooser.isAncestorOf(focus)
        self._asking = False
        self._select(self._subject, name)
        if self._columns == 1:
            # One column puts the contacts below every sign and step: without this, choosing
            # a municipality changes nothing on screen.
            self._scroll_to_top(self.contacts_section)
        if chosen_by_key:
            # The question's buttons went with it, and Qt gave the keyboard to the next widget:
            # the county's out-of-hours line, below the view, past the chosen numbers.
            self._focus_first_contact()
        self._announce_contacts()

    def contacts_said(self) -> str:
        """The contacts shown, in words: "Kontakter för Sala: 7 kontakter"."""
        shown = sum(w.isVisibleTo(self) for _holder, cards in self._contact_groups
                    for w in cards)
        count = self.tr("1 kontakt") if shown == 1 else arg(self.tr("%1 kontakter"), str(shown))
        return arg(self.tr("Kontakter för %1: %2"), self._municipality or self.tr("hela länet"),
                   count)

    def _announce_contacts(self) -> None:
        # A screen reader reads the list or button used ("Arboga"), not the contacts that
        # changed beside it: said, or the change went unheard.
        announce(self.contacts_heading, self.contacts_said())

    def _focus_first_contact(self) -> None:
        """The keyboard on the first contact shown (the chosen municipality's, when it has
        one), scrolled into view; else on the municipality list."""
        shown = [w for _holder, cards in self._contact_groups for w in cards
                 if w.isVisibleTo(self)]
        mine = [w for w in shown if w.contact.municipality == self._municipality]
        target = next(iter(mine or shown), None)
        if target is None:
            self.municipality_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_to_top(self.contacts_section)  # the heading says whose numbers they are
        self._ensure_visible(target)

    def _remember(self, key: Setting, value: str) -> None:
        # Written when the user chooses, never on a repaint, and only when it differs; only the
        # thing chosen is stored (a municipality shown by a search jump is not a choice).
        if self.card is not None and (self.settings.value(key) or "") != value:
            self.settings.set_value(key, value)

    def _select(self, subject: str, municipality: str | None) -> None:
        if self.card is None:
            return
        self._subject, self._municipality = subject, municipality
        self._show_selection()

    def _show_selection(self) -> None:
        assert self.card is not None
        self.subject_buttons[self._subject].setChecked(True)
        self._style_subject_buttons()
        index = self.municipality_combo.findData(self._municipality)
        self.municipality_combo.setCurrentIndex(max(index, 0))
        raw = self.filter.text().strip()
        needle = raw.casefold()
        self._show_signs(needle, raw)
        self._show_steps(needle, raw)
        self._show_contacts(needle, raw)
        self.refresh_now()

    def _style_subject_buttons(self) -> None:
        # Fusion's "pressed" look alone is easy to miss: the chosen subject is also bold and
        # tinted with the palette's highlight (so it follows a dark theme).
        for sid, button in self.subject_buttons.items():
            chosen = sid == self._subject
            font = button.font()
            font.setBold(chosen)
            button.setFont(font)
            palette = self.palette()
            if chosen:
                palette.setColor(QPalette.ColorRole.Button, blend(
                    palette.color(QPalette.ColorRole.Button),
                    palette.color(QPalette.ColorRole.Highlight), 0.4))
            button.setPalette(palette)

    def _show_signs(self, needle: str, raw: str) -> None:
        for sid, box in self._sign_boxes.items():
            box.setVisible(sid == self._subject)
        shown = 0
        for holder, entries in self._sign_groups[self._subject]:
            visible = [e for e in entries if e.matches(needle)]
            for entry in entries:
                entry.setVisible(entry in visible)
            holder.setVisible(bool(visible))
            shown += len(visible)
        self.signs_empty.setText(arg(self.tr("Inga tecken matchar ”%1”"), raw))
        self.signs_empty.setVisible(shown == 0)

    def _show_steps(self, needle: str, raw: str) -> None:
        for sid, box in self._step_boxes.items():
            box.setVisible(sid == self._subject)
        shown = 0
        for entry in self._steps[self._subject]:
            # The urgent step is the safety net: it stays whatever the filter says.
            visible = entry.step.urgent or entry.matches(needle)
            entry.setVisible(visible)
            entry.set_municipality(self._municipality)
            shown += visible and not entry.step.urgent
        self.steps_empty.setText(arg(self.tr("Inga fler steg matchar ”%1”"), raw))
        self.steps_empty.setVisible(shown == 0 and bool(needle))

    def _show_contacts(self, needle: str, raw: str) -> None:
        m, sid = self._municipality, self._subject
        asking = self._asking and m is None
        self.chooser.setVisible(asking)
        shown = 0
        elsewhere: set[str] = set()  # the other subjects whose contacts the filter finds here
        for holder, cards in self._contact_groups:
            if asking and cards and cards[0].contact.scope == "municipality":
                holder.hide()  # the county-wide and national lines stay below the question
                continue
            any_visible = False
            for widget in cards:
                c = widget.contact
                here = ((c.scope != "municipality" or m is None or c.municipality == m)
                        and widget.matches(needle))
                visible = here and (not c.subjects or sid in c.subjects)
                if here and not visible:
                    elsewhere.update(c.subjects)
                widget.setVisible(visible)
                widget.subject = sid
                widget.set_municipality(m)
                any_visible |= visible
                shown += visible
            holder.setVisible(any_visible)
        self.contacts_heading.setText(self.tr("Kontakter") if asking else arg(self.tr(
            "Kontakter – %1"), m or self.tr("hela länet")))
        self._show_way_back(m)
        self.contacts_empty.setText(self._no_contacts_text(raw, elsewhere) if shown == 0
                                    else "")
        self.contacts_empty.setVisible(shown == 0)

    def _own_municipality(self) -> str | None:
        """The municipality chosen and remembered ("" for Hela länet), None if none is."""
        stored = self.settings.value(CARD_MUNICIPALITY)
        if stored is None or self.card is None:
            return None
        stored = str(stored)
        return stored if stored == "" or stored in self.card.municipalities else None

    def _show_way_back(self, shown: str | None) -> None:
        own = self._own_municipality()
        away = own is not None and (shown or "") != own
        asking = own is None and self._asking and shown is not None
        if asking:  # none chosen yet: the hit's municipality must not pass for the worker's
            self.own_municipality_button.setText(arg(self.tr(
                "Visar %1 från sökningen. Vilken kommun arbetar du i?"), shown or ""))
        elif away and own:
            self.own_municipality_button.setText(arg(self.tr(
                "Visar %1 från sökningen. Tillbaka till din kommun, %2"), shown or "", own))
        elif away:  # "Hela länet" was the choice
            self.own_municipality_button.setText(arg(self.tr(
                "Visar %1 från sökningen. Tillbaka till hela länet"), shown or ""))
        # Read as shown (a button's name is its text; this one's text changes).
        self.own_municipality_button.setAccessibleName(self.own_municipality_button.text())
        self.own_municipality_button.setVisible(away or asking)

    def _back_to_own_municipality(self) -> None:
        own = self._own_municipality()
        if own is not None:
            self.set_municipality(own or None)
            self.municipality_combo.setFocus()
        elif self._asking:  # the question again, where the contacts go
            self._select(self._subject, None)
            buttons = self.chooser.findChildren(QPushButton)
            if buttons:
                buttons[0].setFocus()

    def _no_contacts_text(self, raw: str, elsewhere: set[str]) -> str:
        """Nothing matches: said plainly, or, when the filter finds contacts of another subject
        (the socialjour under Djur, whose step names it), where they are."""
        if not elsewhere:
            return arg(self.tr("Inga kontakter matchar ”%1”"), raw)
        names = [self.subject_buttons[s].accessibleName() for s in SUBJECTS if s in elsewhere]
        where = names[0] if len(names) == 1 else arg(self.tr("%1 och %2"),
                                                     ", ".join(names[:-1]), names[-1])
        return arg(self.tr("Inga kontakter under %1 matchar ”%2”. Under %3 finns kontakter "
                           "som gör det."),
                   self.subject_buttons[self._subject].accessibleName(), raw, where)

    def refresh_now(self) -> None:
        """Recompute every "now" line from the clock (also runs every half minute when shown)."""
        if not self._built or self.card is None:
            return
        now, today = self._clock(), self._today()
        note = day_note(self.card, now, card_now_tr) or self.tr("Helgdagar räknas in.")
        clock = clock_text(now.hour * 60 + now.minute, card_now_tr)
        self.now_context.setText(arg(self.tr("Öppet och stängt gäller %1 kl. %2."),
                                     date_text(now.date()), clock) + " " + note)
        rebuilt: list[EntryFrame] = []
        for _heading, cards in self._contact_groups:
            for widget in cards:
                if not widget.isHidden() and widget.refresh(now, today):
                    rebuilt.append(widget)
        for entry in self._steps[self._subject]:
            if entry.refresh(now):
                rebuilt.append(entry)
        for shown in rebuilt:
            # New Kopiera buttons for the numbers to ring instead: Qt puts a new widget last in
            # the Tab order, after Exportera PDF…; they go where they are shown, in the entry.
            for first, second in pairwise([shown, *tab_stops(shown)]):
                QWidget.setTabOrder(first, second)

    # --- layout: three, two or one column, by the width the font needs ----------------------------

    def _wanted_columns(self) -> int:
        chars = self.width() / max(self.fontMetrics().averageCharWidth(), 1)
        return 3 if chars >= THREE_COLUMNS_CHARS else 2 if chars >= TWO_COLUMNS_CHARS else 1

    def _sections(self) -> tuple[QWidget, QWidget, QWidget]:
        return self.signs_section, self.steps_section, self.contacts_section

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        # Stacked, what to do comes before the signs: at 800 px the urgent step ("Akut fara:
        # ring 112") sat below every sign, out of sight.
        plan = {3: [[self.signs_section], [self.steps_section], [self.contacts_section]],
                2: [[self.steps_section, self.signs_section], [self.contacts_section]],
                1: [[self.steps_section, self.signs_section, self.contacts_section]]}[columns]
        self._reading_order = tuple(s for column in plan for s in column)
        sections = self._sections()
        # Moving a section to another column's scroll area gives it a new parent, and Qt takes
        # the focus from a widget whose parent changes: it is given back below.
        focused = QApplication.focusWidget()
        if focused is not None and not any(s.isAncestorOf(focused) for s in sections):
            focused = None
        for layout in self._column_layouts:
            # removeWidget deletes the layout item. takeAt would not: PySide leaves the taken
            # item to C++, nobody deletes it, and it stays the section's registered layout item,
            # so the size cache of the item that replaces it is never invalidated and the
            # column keeps a height computed for an earlier choice (issue 12).
            for section in sections:
                layout.removeWidget(section)
        for i, layout in enumerate(self._column_layouts):
            for section in plan[i] if i < len(plan) else []:
                layout.insertWidget(layout.count() - 1, section)  # before the stretch
                section.show()
            self._scrolls[i].setVisible(i < len(plan))
        stretches = {3: (4, 5, 5), 2: (1, 1, 0), 1: (1, 0, 0)}[columns]
        for i, stretch in enumerate(stretches):
            self._body.setStretch(i, stretch)
        self._fix_tab_order()
        if focused is not None:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        # Once the new columns are laid out (not inside this resize), what was being read
        # stays in view.
        QTimer.singleShot(0, self, self._keep_place)

    def _municipality_width(self) -> int:
        """The width the municipality's label and list need side by side."""
        return (self._municipality_label.sizeHint().width() + self._header_row.spacing()
                + self.municipality_combo.sizeHint().width())

    def _place_municipality(self) -> None:
        """The municipality beside the subject buttons when both fit, else on its own row."""
        margins = self.layout().contentsMargins()
        need = (self._segment.sizeHint().width() + self.fontMetrics().height()
                + self._header_row.spacing() * 2 + self._municipality_width()
                + margins.left() + margins.right())
        wrap = need > self.width()
        if wrap == self._municipality_wrapped:
            return
        self._municipality_wrapped = wrap
        moving = (self._municipality_label, self.municipality_combo)
        source, target = ((self._header_row, self._municipality_row) if wrap
                          else (self._municipality_row, self._header_row))
        for widget in moving:
            source.removeWidget(widget)
        # After the subjects and their spacing, or alone at the start of its row.
        at = 2 if target is self._header_row else 0
        target.insertWidget(at, self._municipality_label)
        target.insertWidget(at + 1, self.municipality_combo)
        if wrap:
            self._municipality_row.addStretch(1)
        else:
            while self._municipality_row.count():
                self._municipality_row.takeAt(0)  # the stretch (a spacer item, not a widget)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the rows may get once they wrap: the subjects, the municipality and
        the footer's buttons each move to rows of their own (``_place_municipality``,
        ``CardFooter``). The layout's minimum is that of the present arrangement, which a
        narrower window would never get to change."""
        hint = super().minimumSizeHint()
        if not self._built or self.card is None:
            return hint
        outer = self.layout()
        margins = outer.contentsMargins()
        widest = max(self._segment.minimumSize().width(), self._municipality_width())
        for i in range(outer.count()):
            item = outer.itemAt(i)
            if item.layout() is not self._header_row and item.layout() is not \
                    self._municipality_row:
                widest = max(widest, item.minimumSize().width())
        # One column holding the widest section: a contact's number and its Kopiera button do
        # not wrap, and the scroll areas' own minimum (a few pixels) let the window squeeze
        # the column below them, so it scrolled sideways (Mina sidor and the search results
        # docked at 150 %).
        column = self._column_layouts[0].contentsMargins()
        sections = (self.signs_section, self.steps_section, self.contacts_section)
        widest = max(widest, max(s.minimumSizeHint().width() for s in sections)
                     + column.left() + column.right()
                     + self._scrolls[0].verticalScrollBar().sizeHint().width())
        return QSize(min(hint.width(), widest + margins.left() + margins.right()),
                     hint.height())

    def _place_filter(self) -> None:
        """The filter beside the subject and municipality choices when it fits there with
        room for FILTER_MIN_CHARS characters, else on a row of its own below them."""
        header = self._header_row
        moving: tuple[QWidget, ...] = (self._filter_label, self.filter)
        beside: int = 0
        for i in range(header.count()):
            item = header.itemAt(i)
            if not any(item.widget() is widget for widget in moving):
                gap: int = 0 if item.isEmpty() else header.spacing()  # a spacer has none
                beside += item.sizeHint().width() + gap
        beside += self._filter_label.sizeHint().width() + header.spacing()
        beside += self.filter.fontMetrics().averageCharWidth() * FILTER_MIN_CHARS
        margins = self.layout().contentsMargins()
        wrap = (beside + margins.left() + margins.right() > self.width()
                or self._municipality_wrapped)
        if wrap == self._filter_wrapped:
            return
        self._filter_wrapped = wrap
        source, target = ((self._header_row, self._filter_row) if wrap
                          else (self._filter_row, self._header_row))
        for widget in moving:
            source.removeWidget(widget)
        at = self._header_row.count() - 1 if target is self._header_row else 0  # before the stretch
        target.insertWidget(at, self._filter_label)
        target.insertWidget(at + 1, self.filter, 1)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [*self.subject_buttons.values(), self.municipality_combo,
                                self.filter, self.outdated_button, self.own_municipality_button]
        for section in self._reading_order:
            chain += tab_stops(section)
        chain += [self.print_button, self.pocket_button, self.export_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._built and self.card is not None:
            self._arrange(self._wanted_columns())
            self._place_municipality()
            self._place_filter()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._built and self.card is not None:
            self.refresh_now()
            self._now_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._built and self.card is not None:
            self._now_timer.stop()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Tabbing from one column into the next does not scroll the target column by itself.
        if new is None or self.card is None:
            return
        for scroll in self._scrolls:
            if scroll.widget().isAncestorOf(new):
                scroll.ensureWidgetVisible(new, 8, 24)
                return

    # --- search hits ------------------------------------------------------------------------------

    @_loaded
    def show_entry(self, anchor: str) -> bool:
        """Show the sign, step or contact ``anchor``: switch subject/municipality, scroll, flash."""
        found = self._anchors.get(anchor)
        if self.card is None or found is None:
            return False
        subject, widget = found
        municipality = self._municipality
        if isinstance(widget, ContactCard):
            c = widget.contact
            subject = self._subject if not c.subjects or self._subject in c.subjects \
                else c.subjects[0]
            if c.scope == "municipality":
                municipality = c.municipality
        if not widget.matches(self.filter.text().strip().casefold()):
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
        # A jump from the search is a look, not a choice: the remembered selection stays.
        self._select(subject or self._subject, municipality)
        self._reveal(widget)
        return True

    def show_support_lines(self) -> bool:
        """Show the first of the national numbers and support lines for the chosen subject
        (the search found nothing: whom to call is still here); False without any."""
        if self.card is None:
            return False
        self.ensure_loaded()
        if self.filter.text():
            self.filter.clear()  # a filter could hide them
        national = [(holder, cards) for holder, cards in self._contact_groups
                    if cards and cards[0].contact.scope == "national"]
        if not national:
            return False
        holder, cards = national[0]
        shown = [w for w in cards if not w.isHidden()]
        if not shown:
            return False
        self._reveal(shown[0])
        # Their heading at the top, as many of them below it as fit: a list to choose from.
        self._scroll_to_top(holder)
        return True

    def _section_at_top(self) -> QWidget | None:
        """The section at the top of the first column's view; None when it shows the top."""
        value = self._scrolls[0].verticalScrollBar().value()
        if value == 0:
            return None
        content = self._scrolls[0].widget()
        if content is None:
            return None
        above = [s for s in self._sections()
                 if content.isAncestorOf(s) and s.mapTo(content, QPoint(0, 0)).y() <= value + 8]
        return max(above, key=lambda s: s.mapTo(content, QPoint(0, 0)).y(), default=None)

    def _scroll_to_top(self, widget: QWidget) -> None:
        """Scroll the column holding ``widget`` so that it starts at the top."""
        self._settle_layouts()
        for scroll in self._scrolls:
            content = scroll.widget()
            if content is not None and content.isAncestorOf(widget):
                top = widget.mapTo(content, QPoint(0, 0)).y()
                scroll.verticalScrollBar().setValue(max(0, top - 8))

    @_loaded
    def entry_widget(self, anchor: str) -> EntryFrame | None:
        found = self._anchors.get(anchor)
        return found[1] if found else None

    def _settle_layouts(self) -> None:
        """Deliver the queued layout events, so positions measured next are the ones drawn.
        Each nesting level queues the next level's event when it has run: a chosen
        municipality takes five rounds (three left the contacts 50 px off); eight leave margin,
        and a round with nothing queued costs nothing."""
        for _ in range(8):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _reveal(self, widget: EntryFrame) -> None:
        self._revealed = widget
        self._settle_layouts()
        self._ensure_visible(widget)
        widget.flash()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self, lambda: self._ensure_visible(widget))

    def _keep_place(self) -> None:
        """After the columns changed: the entry the keyboard is on stays in view; else, in one
        column, a chosen municipality's contacts, as when it is chosen."""
        focused = QApplication.focusWidget()
        if focused is not None and any(s.isAncestorOf(focused) for s in self._sections()):
            self._settle_layouts()
            self._ensure_visible(focused)
        elif self._columns == 1 and self._municipality is not None:
            self._scroll_to_top(self.contacts_section)

    def _ensure_visible(self, widget: QWidget) -> None:
        for scroll in self._scrolls:
            if scroll.widget().isAncestorOf(widget):
                scroll.ensureWidgetVisible(widget, 8, 24)

    # --- copy, print, export ---------------------------------------------------------------------

    def _copy(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.footer.show_notice(arg(self.tr("Kopierat: %1"), value))

    @command("find")
    @_loaded
    def focus_filter(self) -> None:
        """Find, on the card: the filter."""
        if self.card is not None:
            self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter.selectAll()

    def _print_options(self, pocket: bool) -> dict[str, Any]:
        return {"subject": self._subject, "municipality": self._municipality,
                "format": "pocket" if pocket else "a4", "today": self._today(),
                "source_label": self.pack_label}

    @command("print")
    @_loaded
    def print_card(self, *, pocket: bool = False, printer: QPrinter | None = None) -> int:
        """Ask for a printer (unless one is given) and print; returns the pages printed."""
        if self.card is None:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            card_print.prepare_printer(printer)
            if self.allow_export:
                # "Print to file" offers the name an export would get, in the export folder.
                offer_file(printer,
                           self.settings.export_folder() / self.default_file_name(pocket=pocket))
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Skriv ut fickkort") if pocket
                                  else self.tr("Skriv ut åtgärdskort"))
            # The policy forbids copies out of the program: Qt's "print to file" is one.
            dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, self.allow_export)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return 0
        if not self.allow_export and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            QMessageBox.warning(self, self.tr("Inget skrevs ut"), self.tr(
                "Utskrift till fil är avstängd av administratören: inga kopior får lämna "
                "programmet. Välj en skrivare."))
            return 0
        file = pdf_file_of(printer)
        if file is not None:
            printer.setOutputFileName(str(file))  # ".pdf" added, as the viewer writes it
        if file is not None and not file.parent.is_dir():  # typed in the dialog, or gone since
            self._print_failed(file)
            return 0
        pages = card_print.print_card(self.card, printer, **self._print_options(pocket))
        if not pages:  # the printer or the file refused to start: never silent
            self._print_failed(file)
        elif file is not None:
            self.settings.set_export_folder(file.parent)  # as an export remembers it
            self.footer.show_notice(arg(self.tr("Sparade %1"), file.name))
        else:
            self.footer.show_notice(self.tr("Skickat till skrivaren"))
        return pages

    def _print_failed(self, file: Path | None) -> None:
        """Say why nothing was printed. QPrinter gives no reason; for a file the folder does."""
        if file is None:
            text = self.tr("Kortet kunde inte skrivas ut: skrivaren tog inte emot utskriften. "
                           "Kontrollera skrivaren och försök igen, eller exportera kortet som "
                           "PDF.")
        else:
            folder = file.parent
            reason = (self.tr("Mappen finns inte.") if not folder.is_dir() else
                      self.tr("Du får inte skriva i mappen.")
                      if not os.access(folder, os.W_OK) else
                      self.tr("Filen kunde inte skapas där."))
            text = arg(self.tr("Kortet kunde inte sparas som %1. %2 Välj en annan plats."),
                       str(file), reason)
        QMessageBox.warning(self, self.tr("Inget skrevs ut"), text)

    def default_file_name(self, *, pocket: bool = False) -> str:
        fold = str.maketrans("åäöÅÄÖ", "aaoAAO")
        place = (self._municipality or "hela-lanet").translate(fold).lower()
        kind = "fickkort" if pocket else "atgardskort"
        return f"{kind}-{self._subject}-{place}.pdf"

    @_loaded
    def export_pdf(self, path: Path | None = None, *, pocket: bool = False) -> Path | None:
        """Save the card as PDF (asks where unless ``path`` is given); the path, or None."""
        if self.card is None:
            return None
        if path is None:
            from kvinnofrid_desktop.ui.common.file_dialogs import save_file

            chosen, _filter = save_file(
                self, self.tr("Spara fickkort som PDF") if pocket
                else self.tr("Exportera åtgärdskort som PDF"),
                self.settings.export_folder() / self.default_file_name(pocket=pocket),
                self.tr("PDF-filer (*.pdf)"))
            if not chosen:
                return None
            path = card_print.with_pdf_suffix(Path(chosen))
            self.settings.set_export_folder(path.parent)
        try:
            card_print.export_card_pdf(self.card, path, **self._print_options(pocket))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Kunde inte spara"), arg(self.tr(
                "PDF-filen kunde inte sparas i %1. %2"), str(path), describe_os_error(exc)))
            return None
        self.footer.show_notice(arg(self.tr("Sparade %1"), path.name))
        return path
