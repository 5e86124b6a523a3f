"""Redaktörsläge → Kontakter: the card's contacts per municipality and role, and a form for one.

Left, a municipality (or the county-wide or national entries) and a table of its contacts by
role with name, number, status and verified date; a role the municipality should have but the
card lacks gets a row too. A missing entry, a stale one (verified more than
``STALE_AFTER_DAYS`` ago) and an unverified one stand out by a word and a symbol in the status
column as well as by colour. Right, the selected contact in a scrolling form: each field is a
``FieldBox`` applied when left through ``SourceFolder``'s setter, refused with the core's
Swedish message and the model unchanged; the phone number is checked while it is typed;
"Kontrollerad i dag" stamps today's date; the structured opening hours are their own editor
(``hours.py``).

The window owns the folder: it saves, runs the checks (``set_problems`` marks what they found)
and writes the draft on ``changed``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.authoring.checks import CONTACTS, ERROR, EditorProblem, Location
from kvinnofrid_desktop.core.authoring.source_folder import FieldError, SourceFolder
from kvinnofrid_desktop.core.card.model import (
    CONTACT_STATUSES,
    MUNICIPALITIES,
    ROLES,
    SUBJECTS,
    check_dial_note,
    check_phone,
)
from kvinnofrid_desktop.core.card.now import STALE_AFTER_DAYS
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.card.widgets import status_pixmap
from kvinnofrid_desktop.ui.common.accessible import chars, name_combo
from kvinnofrid_desktop.ui.common.file_drops import FileDrops
from kvinnofrid_desktop.ui.common.labels import (
    plain_tip,
    problem_text,
    role_label,
    scope_heading,
    status_label,
)
from kvinnofrid_desktop.ui.editor.fallback import FallbackEditor, describe_contact
from kvinnofrid_desktop.ui.editor.fields import (
    FieldBox,
    ShownFieldError,
    mark_text,
    refusal_problem,
    refusal_words,
)
from kvinnofrid_desktop.ui.editor.hours import HoursEditor

COUNTY, NATIONAL = "county", "national"
# Roles every municipality should have an entry for (the issue counts the gaps: report of
# concern, out-of-hours service, women's shelter); one without gets a "saknas" row.
EXPECTED_ROLES = ("report_child", "report_adult", "switchboard", "out_of_hours", "support")
TABLE_ORDER = EXPECTED_ROLES + tuple(r for r in ROLES if r not in EXPECTED_ROLES)
COLUMNS = ("role", "name", "phone", "status", "verified", "problems")
ID_ROLE = Qt.ItemDataRole.UserRole
ROLE_KEY = Qt.ItemDataRole.UserRole + 1
STATE_KEY = Qt.ItemDataRole.UserRole + 2
# Fixed light backgrounds with dark text (set together, so a dark palette stays readable).
BACKGROUNDS = {"missing": QColor("#fde4e1"), "absent": QColor("#fde4e1"),
               "stale": QColor("#fff1c7")}
TEXT_ON_BACKGROUND = QColor("#1a1a1a")
ICONS = {"verified": "done", "unverified": "warning", "stale": "warning", "missing": "urgent",
         "absent": "urgent"}
FORM_FIELDS = ("name", "phone", "email", "source", "source_date", "verified", "note",
               "hours_text")
HOURS_FIELDS = ("hours", "hours_confirmed", "holiday_hours", "before_holiday_opens")


def contact_state(contact: dict[str, Any], today: dt.date) -> str:
    """missing, stale, verified or unverified: what the status column says."""
    status = str(contact.get("status"))
    if status == "missing":
        return "missing"
    try:
        age = (today - dt.date.fromisoformat(str(contact.get("verified")))).days
    except ValueError:
        age = 0
    if age > STALE_AFTER_DAYS:
        return "stale"
    return status if status in CONTACT_STATUSES else "unverified"


def group_of(contact: dict[str, Any]) -> str | None:
    """The table a contact is listed in: its municipality, COUNTY or NATIONAL."""
    scope = contact.get("scope")
    if scope == "municipality":
        municipality = contact.get("municipality")
        return municipality if municipality in MUNICIPALITIES else None
    return scope if scope in (COUNTY, NATIONAL) else None


class ContactsPart(QWidget):
    """The Kontakter part of the editor window."""

    changed = Signal()  # after every change the SourceFolder model took
    held = Signal()  # another contact was asked for, but a refused value keeps this one
    refusals_changed = Signal()  # a field refused a value, or a refusal ended (refusals())

    def __init__(self, folder: SourceFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._current: str | None = None
        self._filling = False
        self._problems: dict[str | None, list[EditorProblem]] = {}
        self._sized = False
        self._build()
        FileDrops(self).watch(self.findChildren(QLineEdit))
        self._rebuild_table()
        self._select_row(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Table beside the form when both fit at their natural widths, else the table above
        the form (large text: a table squeezed beside the form shows only half its columns).
        The sizes are set when the arrangement changes; a dragged handle stays otherwise."""
        if not self.isVisible():
            return
        table = self._natural_table_width()
        form = (self.form_scroll.widget().minimumSizeHint().width()
                + self.form_scroll.verticalScrollBar().sizeHint().width())
        room = self.splitter.width() - self.splitter.handleWidth()
        orientation = (Qt.Orientation.Horizontal if room >= table + form
                       else Qt.Orientation.Vertical)
        if self._sized and orientation == self.splitter.orientation():
            return
        self._sized = True
        self.splitter.setOrientation(orientation)
        if orientation == Qt.Orientation.Horizontal:
            left = max(min(table, round(room * 0.6)), room - form)
            left = min(left, round(room * 0.6))
            self.splitter.setSizes([left, room - left])
        else:
            room = self.splitter.height() - self.splitter.handleWidth()
            top = min(round(room * 0.45), self._natural_left_height())
            self.splitter.setSizes([top, room - top])

    def _natural_left_height(self) -> int:
        rows = max(self.table.rowCount(), 5)
        table = (self.table.horizontalHeader().sizeHint().height()
                 + rows * self.table.verticalHeader().defaultSectionSize()
                 + 2 * self.table.frameWidth()
                 + self.table.horizontalScrollBar().sizeHint().height())
        left = self.table.parentWidget()
        assert left is not None
        return left.minimumSizeHint().height() - self.table.minimumSizeHint().height() + table

    def _natural_table_width(self) -> int:
        header = self.table.horizontalHeader()
        width = 0
        for column, name in enumerate(COLUMNS):
            need = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            width += min(need, chars(self, 26)) if name == "name" else need
        return (width + 2 * self.table.frameWidth()
                + self.table.verticalScrollBar().sizeHint().width())

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.group = QComboBox(self)
        self.group.setObjectName("group")
        for municipality in MUNICIPALITIES:
            self.group.addItem(municipality, municipality)
        self.group.insertSeparator(self.group.count())
        self.group.addItem(self.tr("Hela länet (länsgemensamma nummer)"), COUNTY)
        self.group.addItem(self.tr("Nationella nummer och stödlinjer"), NATIONAL)
        name_combo(self.group, self.tr("Kommun"))
        group_label = QLabel(self.tr("K&ommun:"), self)
        group_label.setBuddy(self.group)
        self.group.currentIndexChanged.connect(self._group_changed)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("contacts")
        self.table.setAccessibleName(self.tr("Kontakter"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Roll"), self.tr("Namn"), self.tr("Telefon"), self.tr("Status"),
             self.tr("Kontrollerad"), self.tr("Problem")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        side = self.fontMetrics().height()
        self.table.setIconSize(QSize(side, side))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        # The stretched name column is what gives way when room is short; not to nothing.
        header.setMinimumSectionSize(chars(self.table, 14))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Enter (or a double click) on a row: on to its form, or to adding the missing role.
        self.table.activated.connect(self._row_activated)

        self.new_role = QComboBox(self)
        self.new_role.setObjectName("new_role")
        for role in TABLE_ORDER:
            self.new_role.addItem(role_label(role), role)
        name_combo(self.new_role, self.tr("Roll för ny kontakt"))
        role_label_widget = QLabel(self.tr("&Roll för ny kontakt:"), self)
        role_label_widget.setBuddy(self.new_role)
        self.add_button = QPushButton(self.tr("&Lägg till kontakt"), self)
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Ta &bort kontakt…"), self)
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self._remove_clicked)
        self.add_message = QLabel(self)
        self.add_message.setWordWrap(True)
        self.add_message.setTextFormat(Qt.TextFormat.PlainText)
        self.add_message.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        role_row = QHBoxLayout()
        role_row.addWidget(role_label_widget)
        role_row.addWidget(self.new_role, 1)
        left_layout.addLayout(role_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.add_message)

        self.stack = QStackedWidget(self)
        self.empty_page = QLabel(self.tr("Välj en kontakt i tabellen."), self.stack)
        self.empty_page.setWordWrap(True)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.absent_page = QLabel(self.stack)
        self.absent_page.setWordWrap(True)
        self.absent_page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.absent_page.setTextFormat(Qt.TextFormat.PlainText)
        self.form_scroll = QScrollArea(self.stack)
        self.form_scroll.setObjectName("form_scroll")
        self.form_scroll.setAccessibleName(self.tr("Kontaktens uppgifter"))
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(self._build_form())
        for page in (self.empty_page, self.absent_page, self.form_scroll):
            self.stack.addWidget(page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _build_form(self) -> QWidget:
        form = QWidget()
        form.setObjectName("contact_form")
        layout = QVBoxLayout(form)
        self.heading = QLabel(form)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        if heading_font.pointSizeF() > 0:
            heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setAccessibleName(self.tr("Vald kontakt"))
        self.identity = QLabel(form)
        self.identity.setWordWrap(True)
        self.identity.setTextFormat(Qt.TextFormat.PlainText)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setAccessibleName(self.tr("Id i kortet"))
        self.other_problems = QLabel(form)
        self.other_problems.setWordWrap(True)
        self.other_problems.setTextFormat(Qt.TextFormat.PlainText)
        self.other_problems.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.identity)
        layout.addWidget(self.other_problems)

        self.fields: dict[str, FieldBox] = {}

        def field(name: str, label: str, spoken: str, *, placeholder: str = "",
                  check: Any = None, container: QVBoxLayout | None = None) -> FieldBox:
            def apply(text: str, name: str = name) -> None:
                self._set_field(name, text)

            box = FieldBox(spoken, apply, check=check, placeholder=placeholder, parent=form)
            box.setObjectName(name)
            # The message under the field can be selected (to copy it), so it takes focus.
            box.message.setAccessibleName(arg(self.tr("Meddelande om %1"), spoken))
            box.applied.connect(lambda name=name: self._field_applied(name))
            box.refusal_changed.connect(self.refusals_changed)
            caption = QLabel(label, form)
            caption.setWordWrap(True)
            caption.setBuddy(box.edit)
            target = container if container is not None else layout
            target.addWidget(caption)
            target.addWidget(box)
            self.fields[name] = box
            return box

        field("name", self.tr("&Namn"), self.tr("Namn"))
        field("phone", self.tr("Tele&fon"), self.tr("Telefon"), check=check_phone,
              placeholder=self.tr("t.ex. 0224-74 70 00"))
        field("dial_note", self.tr("Knappval (väl&j efter numret; visas med numret)"),
              self.tr("Knappval"), check=check_dial_note,
              placeholder=self.tr("t.ex. knappval 9"))
        field("email", self.tr("&E-post"), self.tr("E-post"))
        field("source", self.tr("Källa (&webbadress; flera skiljs med \" ; \")"),
              self.tr("Källa (webbadress)"), placeholder="https://")
        field("source_date", self.tr("Källans e&gen datum (ÅÅÅÅ-MM-DD, om sidan anger ett)"),
              self.tr("Källans datum"), placeholder=self.tr("ÅÅÅÅ-MM-DD"))

        self.status = QComboBox(form)
        self.status.setObjectName("status")
        for status in CONTACT_STATUSES:
            self.status.addItem(status_label(status), status)
        name_combo(self.status, self.tr("Status"))
        self.status.activated.connect(self._status_chosen)
        status_caption = QLabel(self.tr("Stat&us"), form)
        status_caption.setBuddy(self.status)
        self.status_message = QLabel(form)
        self.status_message.setWordWrap(True)
        self.status_message.setTextFormat(Qt.TextFormat.PlainText)
        self.status_message.hide()
        layout.addWidget(status_caption)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_message)
        # What the card offers instead while the number is missing, beside the status.
        self.fallback = FallbackEditor(self._set_fallback, self._describe_fallback, form)
        self.fallback.setObjectName("fallback")
        self.fallback.applied.connect(self._fallback_applied)
        layout.addWidget(self.fallback)

        # Which of the card's three subjects (its buttons Barn, Vuxna, Djur) list the contact.
        layout.addWidget(QLabel(self.tr("Visas på kortet under"), form))
        subjects_row = QHBoxLayout()
        self.subject_boxes: dict[str, QCheckBox] = {}
        for subject, label in zip(SUBJECTS, (self.tr("Barn"), self.tr("Vuxna"),
                                             self.tr("Djur")), strict=True):
            box = QCheckBox(label, form)
            box.setObjectName(f"subject_{subject}")
            box.setAccessibleName(arg(self.tr("Visas under %1"), label))
            box.toggled.connect(self._subjects_chosen)
            subjects_row.addWidget(box)
            self.subject_boxes[subject] = box
        subjects_row.addStretch(1)
        layout.addLayout(subjects_row)
        self.subjects_message = QLabel(form)
        self.subjects_message.setWordWrap(True)
        self.subjects_message.setTextFormat(Qt.TextFormat.PlainText)
        mark_text(self.subjects_message, "error")
        self.subjects_message.hide()
        layout.addWidget(self.subjects_message)

        verified_column = QVBoxLayout()
        verified_column.setContentsMargins(0, 0, 0, 0)
        field("verified", self.tr("Kontrollerad (datu&m, ÅÅÅÅ-MM-DD)"),
              self.tr("Kontrollerad datum"), placeholder=self.tr("ÅÅÅÅ-MM-DD"),
              container=verified_column)
        self.stamp_button = QPushButton(self.tr("Kontrollerad &i dag"), form)
        self.stamp_button.setObjectName("stamp")
        self.stamp_button.setToolTip(self.tr("Sätter dagens datum som kontrollerad; en "
                                             "ej bekräftad uppgift blir bekräftad"))
        self.stamp_button.clicked.connect(self._stamp_clicked)
        verified_row = QHBoxLayout()
        verified_row.addLayout(verified_column, 1)
        verified_row.addWidget(self.stamp_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(verified_row)

        field("note", self.tr("Ante&ckning"), self.tr("Anteckning"))
        field("hours_text", self.tr("Öppettider som te&xt (visas på kortet)"),
              self.tr("Öppettider som text"))
        self.hours = HoursEditor(self._set_hours, form)
        self.hours.setObjectName("hours")
        self.hours.applied.connect(self._hours_applied)
        self.hours.applied.connect(self.refusals_changed)  # a refusal of the hours ended
        self.hours.refused.connect(self.refusals_changed)
        # The reason shows under the editor, maybe below the visible part: scroll to it once
        # the layout has made room for it.
        self.hours.refused.connect(lambda _m: QTimer.singleShot(0, self._show_hours_message))
        layout.addWidget(self.hours)
        layout.addStretch(1)
        return form

    # --- the interface the window uses --------------------------------------------------------

    def reload(self) -> None:
        """The model changed underneath: show it again; the selection stays when it exists.
        What was typed and not applied is forgotten (it belonged to the old state)."""
        current = self._current
        self._current = None
        if current is not None and self._has(current):
            self._show_group(group_of(self.folder.contact(current)))
            self._rebuild_table()
            self._select_id(current)
        else:
            self._rebuild_table()
            self._select_row(0)
        if self._selected()[0] == current and current is not None:
            self._show_contact(current)

    def show_location(self, location: Location) -> None:
        """Select the contact ``location.key`` and put the focus in ``location.field``."""
        if location.part != CONTACTS:
            return
        key = location.key if isinstance(location.key, str) else None
        if key is None or not self._has(key):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.select_contact(key)
        if self._current != key:  # kept on the shown contact by a refused value
            return
        target: QWidget
        name = location.field
        if name in self.fields:
            target = self.fields[name].edit
        elif name in HOURS_FIELDS:
            self.hours.focus_first()
            self.form_scroll.ensureWidgetVisible(self.hours)
            return
        elif name == "status":
            target = self.status
        elif name == "fallback":
            self.fallback.focus_first()
            self.form_scroll.ensureWidgetVisible(self.fallback)
            return
        else:  # id, role, scope, municipality, subjects: not in the form
            target = self.table
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if target is not self.table:
            self.form_scroll.ensureWidgetVisible(target)

    def set_problems(self, problems: list[EditorProblem]) -> None:
        """Mark the contacts and fields that ``problems`` (the CONTACTS part's) place; the
        previous marks go."""
        self._problems = {}
        for problem in problems:
            if problem.location.part == CONTACTS:
                key = problem.location.key if isinstance(problem.location.key, str) else None
                self._problems.setdefault(key, []).append(problem)
        for row in range(self.table.rowCount()):
            self._fill_problem_cell(row)
        self._mark_form()

    def commit_pending(self) -> bool:
        """Apply what is being edited (before saving or closing); False when a field refuses
        its value (the reason is shown at the field)."""
        if self._current is None:
            return True
        taken = [box.commit() for box in self.fields.values()]
        if self.hours.dirty or self.hours.refusal is not None:
            taken.append(self.hours.apply())
        return all(taken)

    def refusals(self) -> list[EditorProblem]:
        """The values typed in the shown contact's form and refused: not in the model, so
        the pack would not have them (an error each, for the window's list of problems)."""
        if self._current is None:
            return []
        card_file = self.folder.card_rel or "action_card.json"
        found = [refusal_problem(Location(CONTACTS, self._current, name), card_file, box.name,
                                 box.reason)
                 for name, box in self.fields.items() if box.reason is not None]
        if (hours := self.hours.refusal) is not None:
            # The one refusal the hours editor words itself; the others are the core's.
            own = QCoreApplication.translate(
                "HoursEditor", "Lägg till minst en rad med tider, eller välj Okända.")
            found.append(refusal_problem(Location(CONTACTS, self._current, "hours"), card_file,
                                         self.tr("Öppettider"),
                                         ShownFieldError(hours) if hours == own else hours))
        return found

    def select_contact(self, contact_id: str) -> None:
        if not self._has(contact_id):
            return
        if self._current != contact_id and not self._may_leave():
            return
        self._show_group(group_of(self.folder.contact(contact_id)))
        if self._row_of(contact_id) < 0:  # added to the model since the table was filled
            self._rebuild_table()
        self._select_id(contact_id)

    def current_contact(self) -> str | None:
        return self._current

    # --- the table ----------------------------------------------------------------------------

    def _has(self, contact_id: str) -> bool:
        return any(c.get("id") == contact_id for c in self.folder.contacts())

    def _group(self) -> str:
        return str(self.group.currentData())

    def _show_group(self, group: str | None) -> None:
        """Choose ``group`` in the combo without the combo's own reaction (the caller fills)."""
        index = self.group.findData(group) if group is not None else -1
        if index >= 0 and index != self.group.currentIndex():
            with QSignalBlocker(self.group):
                self.group.setCurrentIndex(index)
            self._rebuild_table()
        self._update_buttons()

    def _rows_for(self, group: str) -> list[tuple[dict[str, Any] | None, str]]:
        contacts = [c for c in self.folder.contacts() if group_of(c) == group]
        order = {role: n for n, role in enumerate(TABLE_ORDER)}
        contacts.sort(key=lambda c: order.get(str(c.get("role")), len(order)))
        rows: list[tuple[dict[str, Any] | None, str]] = [(c, str(c.get("role"))) for c in contacts]
        if group in MUNICIPALITIES:
            have = {role for _c, role in rows}
            for role in EXPECTED_ROLES:
                if role not in have:
                    rows.append((None, role))
            rows.sort(key=lambda r: order.get(r[1], len(order)))
        return rows

    def _rebuild_table(self) -> None:
        self._filling = True
        try:
            rows = self._rows_for(self._group())
            self.table.clearSelection()
            self.table.setRowCount(len(rows))
            for n, (contact, role) in enumerate(rows):
                self._fill_row(n, contact, role)
        finally:
            self._filling = False
        self._update_buttons()

    def _fill_row(self, row: int, contact: dict[str, Any] | None, role: str) -> None:
        today = dt.date.today()
        state = contact_state(contact, today) if contact is not None else "absent"
        words = {"verified": self.tr("bekräftad"), "unverified": self.tr("ej bekräftad"),
                 "stale": self.tr("inaktuell, över 12 mån."),
                 "missing": self.tr("uppgift saknas"), "absent": self.tr("saknas i kortet")}
        if contact is None:
            texts = [role_label(role), self.tr("– ingen kontakt –"), "", words[state], "", ""]
            tip = self.tr("Kortet har ingen kontakt för rollen; lägg till en")
        else:
            texts = [role_label(role), str(contact.get("name") or ""),
                     str(contact.get("phone") or ""), words[state],
                     str(contact.get("verified") or ""), ""]
            tip = status_label(str(contact.get("status")))
            if state == "stale":
                tip = arg(self.tr("%1, men kontrollerad %2: för mer än 12 månader sedan"),
                          tip, contact.get("verified"))
        for column, text in enumerate(texts):
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, column, item)
            item.setText(text)
            item.setData(ID_ROLE, contact.get("id") if contact is not None else None)
            item.setData(ROLE_KEY, role)
            item.setData(STATE_KEY, state)
            if state in BACKGROUNDS:
                item.setBackground(QBrush(BACKGROUNDS[state]))
                item.setForeground(QBrush(TEXT_ON_BACKGROUND))
            else:
                item.setBackground(QBrush())
                item.setForeground(QBrush())
        status_item = self.table.item(row, COLUMNS.index("status"))
        status_item.setIcon(self._icon(ICONS[state]))
        status_item.setToolTip(plain_tip(tip))
        self._fill_problem_cell(row)

    def _icon(self, kind: str) -> QIcon:
        side = self.fontMetrics().height()
        return QIcon(status_pixmap(kind, side, self.devicePixelRatioF()))

    def _fill_problem_cell(self, row: int) -> None:
        item = self.table.item(row, COLUMNS.index("problems"))
        if item is None:
            return
        contact_id = item.data(ID_ROLE)
        found = self._problems.get(contact_id, []) if contact_id is not None else []
        errors = sum(1 for p in found if p.severity == ERROR)
        if errors:
            item.setText(arg(self.tr("fel: %1"), errors))
            item.setIcon(self._icon("urgent"))
        elif found:
            item.setText(arg(self.tr("varning: %1"), len(found)))
            item.setIcon(self._icon("warning"))
        else:
            item.setText("")
            item.setIcon(QIcon())
        item.setToolTip(plain_tip(self._joined(found, where=True) or ""))

    def _row_of(self, contact_id: str) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == contact_id:
                return row
        return -1

    def _refresh_row(self, contact_id: str) -> None:
        row = self._row_of(contact_id)
        if row >= 0 and self._has(contact_id):
            contact = self.folder.contact(contact_id)
            self._fill_row(row, contact, str(contact.get("role")))

    def _selected(self) -> tuple[str | None, str | None]:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None, None
        item = self.table.item(rows[0].row(), 0)
        return item.data(ID_ROLE), item.data(ROLE_KEY)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentCell(row, 0)
        else:
            self._show_contact(None)

    def _select_id(self, contact_id: str) -> None:
        row = self._row_of(contact_id)
        if row < 0:
            return
        self._select_row(row)
        self.table.scrollTo(self.table.model().index(row, 0))

    def _selection_changed(self) -> None:
        if self._filling:
            return
        contact_id, role = self._selected()
        if contact_id is not None and contact_id == self._current:
            return
        if not self._may_leave():
            self._reselect_current()
            return
        if contact_id is None and role is not None:
            self._show_absent(role)
        else:
            self._show_contact(contact_id)

    def _may_leave(self) -> bool:
        """Apply what is typed before another contact is shown; when a field refuses it, False:
        the contact stays, with the typed text, the reason and the focus at that field (showing
        another contact would throw the text away unseen)."""
        if self.commit_pending():
            return True
        self._focus_refusal()
        self.held.emit()
        return False

    def _focus_refusal(self) -> None:
        refused = next((b for b in self.fields.values() if b.refused is not None), None)
        if refused is not None:
            refused.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form_scroll.ensureWidgetVisible(refused)
        elif self.hours.refusal is not None:
            self.hours.focus_first()
            self.form_scroll.ensureWidgetVisible(self.hours.message)

    def _reselect_current(self) -> None:
        """Select the shown contact's row again, without reacting to it."""
        self._filling = True
        try:
            if self._current is not None:
                self._select_id(self._current)
        finally:
            self._filling = False

    def _row_activated(self) -> None:
        target = self.fields["name"].edit if self._current is not None else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._current is not None:
            self.form_scroll.ensureWidgetVisible(target)

    def _group_changed(self) -> None:
        if not self._may_leave():
            assert self._current is not None
            with QSignalBlocker(self.group):  # back to the contact's own municipality
                self.group.setCurrentIndex(
                    self.group.findData(group_of(self.folder.contact(self._current))))
            return
        self._current = None
        self._rebuild_table()
        self._select_row(0)

    def _update_buttons(self) -> None:
        can_add = self._group() != NATIONAL and self.folder.card is not None
        self.add_button.setEnabled(can_add)
        self.new_role.setEnabled(can_add)
        self.add_button.setToolTip("" if can_add else self.tr(
            "Nationella nummer läggs inte till här; de är desamma för alla län"))
        self.remove_button.setEnabled(self._current is not None)

    # --- the form -----------------------------------------------------------------------------

    def _show_contact(self, contact_id: str | None) -> None:
        """Show the model's values of ``contact_id`` (None: nothing selected)."""
        self._current = contact_id if contact_id is not None and self._has(contact_id) else None
        contact = self.folder.contact(self._current) if self._current is not None else None
        for name, box in self.fields.items():
            box.set_value(None if contact is None else _text(contact.get(name)))
        self.hours.set_contact(contact)
        self.refusals_changed.emit()  # the refusals of the contact shown before are gone
        self.status_message.hide()
        if contact is None:
            self.stack.setCurrentWidget(self.empty_page)
            self._update_buttons()
            return
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(max(0, self.status.findData(contact.get("status"))))
        self._show_subjects(contact)
        self._show_fallback(contact)
        role, contact_id = str(contact.get("role")), str(contact.get("id"))
        self.heading.setText(arg(self.tr("%1 – %2"), role_label(role), self._place(contact)))
        self.identity.setText(arg(self.tr("Id i kortet: %1"), contact_id))
        self.stack.setCurrentWidget(self.form_scroll)
        self._mark_form()
        self._update_buttons()

    def _show_absent(self, role: str) -> None:
        self._show_contact(None)
        index = self.new_role.findData(role)
        if index >= 0:
            self.new_role.setCurrentIndex(index)
        self.absent_page.setText(arg(
            self.tr("Kortet har ingen kontakt för rollen %1 i %2. Rollen är vald under "
                    "tabellen: tryck Lägg till kontakt för att lägga till en."),
            role_label(role), self.group.currentText()))
        self.stack.setCurrentWidget(self.absent_page)

    def _place(self, contact: dict[str, Any]) -> str:
        scope = contact.get("scope")
        if scope == "municipality":
            return str(contact.get("municipality") or "")
        return scope_heading(str(scope))

    def _mark_form(self) -> None:
        """The problems of the shown contact at their fields; the others above the form."""
        if self._current is None:
            return
        found = self._problems.get(self._current, [])
        by_field: dict[str, list[EditorProblem]] = {}
        for problem in found:
            name = problem.location.field or ""
            name = "hours" if name in HOURS_FIELDS else name
            by_field.setdefault(name, []).append(problem)
        for name, box in self.fields.items():
            if box.refused is None:
                box.mark(self._joined(by_field.get(name)), self._kind(by_field.get(name)))
        if self.hours.refusal is None:
            self.hours.mark(self._joined(by_field.get("hours")), self._kind(by_field.get("hours")))
        self._label_mark(self.status_message, by_field.get("status"))
        self._label_mark(self.fallback.message, by_field.get("fallback"))
        self.fallback.mark(self._joined(by_field.get("fallback")))
        placed = {*self.fields, "hours", "status", "fallback"}
        others = [p for name, ps in by_field.items() if name not in placed for p in ps]
        self._label_mark(self.other_problems, others, where=True)

    def _label_mark(self, label: QLabel, problems: list[EditorProblem] | None, *,
                    where: bool = False) -> None:
        text = self._joined(problems, where=where)
        label.setVisible(bool(text))
        label.setText(text or "")
        mark_text(label, ("error" if self._kind(problems) == "error" else "warning")
                  if text else "info")

    def _problem_line(self, problem: EditorProblem, *, where: bool = False) -> str:
        """One problem in the interface's words; ``where``: with the card field it is in
        (for a problem that has no field in the form)."""
        text = problem_text(problem.code, problem.problem.message)
        if where and problem.problem.field:
            text = arg(self.tr("%1 (i %2)"), text, problem.problem.field)
        if problem.severity == ERROR:
            return arg(self.tr("Fel: %1"), text)
        return arg(self.tr("Varning: %1"), text)

    def _joined(self, problems: list[EditorProblem] | None, *, where: bool = False
                ) -> str | None:
        if not problems:
            return None
        return "\n".join(self._problem_line(p, where=where) for p in problems)

    @staticmethod
    def _kind(problems: list[EditorProblem] | None) -> str:
        return "error" if any(p.severity == ERROR for p in problems or []) else "warning"

    # --- changes ------------------------------------------------------------------------------

    def _set_field(self, name: str, text: str) -> None:
        if self._current is None:
            raise ShownFieldError(self.tr("ingen kontakt är vald"))
        self.folder.set_contact_field(self._current, name, text)

    def _field_applied(self, name: str) -> None:
        if self._current is None:
            return
        contact = self.folder.contact(self._current)
        box = self.fields[name]
        if not box.edit.hasFocus():  # the value as stored ("  x " → "x"), not under the cursor
            box.set_value(_text(contact.get(name)))
        self._refresh_row(self._current)
        self.changed.emit()

    def _set_hours(self, hours: Any, holiday: list[dict[str, str]], before: str | None,
                   confirmed: bool) -> None:
        if self._current is None:
            raise ShownFieldError(self.tr("ingen kontakt är vald"))
        self.folder.set_contact_hours(self._current, hours, holiday, before,
                                      confirmed=confirmed)

    def _show_hours_message(self) -> None:
        if self.hours.message.isVisible():
            self.form_scroll.ensureWidgetVisible(self.hours.message)

    def _hours_applied(self) -> None:
        self.changed.emit()

    def _status_chosen(self, index: int) -> None:
        if self._current is None:
            return
        status = self.status.itemData(index)
        if status == self.folder.contact(self._current).get("status"):
            return
        try:
            self.folder.set_contact_field(self._current, "status", status)
        except FieldError as exc:
            self.status_message.setText(refusal_words(exc))
            self.status_message.show()
            return
        self._show_fallback(self.folder.contact(self._current))  # "missing" may have got one
        self._refresh_row(self._current)
        self.changed.emit()

    def _show_fallback(self, contact: dict[str, Any]) -> None:
        self.fallback.set_contact(contact, self.folder.contacts())

    def _describe_fallback(self, contact: dict[str, Any]) -> str:
        # A national line is the same everywhere: its name says enough.
        scope = contact.get("scope")
        place = "" if scope == NATIONAL else self.tr("länet") if scope == COUNTY else \
            str(contact.get("municipality") or "")
        return describe_contact(contact, place)

    def _set_fallback(self, ids: list[str]) -> None:
        if self._current is None:
            raise ShownFieldError(self.tr("ingen kontakt är vald"))
        self.folder.set_contact_field(self._current, "fallback", ids)

    def _fallback_applied(self) -> None:
        if self._current is not None:
            self._refresh_row(self._current)
        self.changed.emit()

    def _show_subjects(self, contact: dict[str, Any]) -> None:
        shown = contact.get("subjects") or SUBJECTS  # none: the card lists it under all three
        for subject, box in self.subject_boxes.items():
            with QSignalBlocker(box):
                box.setChecked(subject in shown)
        self.subjects_message.hide()

    def _subjects_chosen(self) -> None:
        if self._current is None:
            return
        chosen = [subject for subject, box in self.subject_boxes.items() if box.isChecked()]
        try:
            self.folder.set_contact_field(self._current, "subjects", chosen)
        except FieldError as exc:
            self._show_subjects(self.folder.contact(self._current))  # the box is ticked again
            # The one refusal a tick can meet, in the interface's language (core's is Swedish).
            self.subjects_message.setText(refusal_words(exc) if chosen else self.tr(
                "Kontakten måste visas under minst ett av ämnena Barn, Vuxna och Djur."))
            self.subjects_message.show()
            return
        self.subjects_message.hide()
        self._refresh_row(self._current)
        self.changed.emit()

    def _stamp_clicked(self) -> None:
        if self._current is None:
            return
        if not self.commit_pending():
            # A value typed here was refused: "checked today" would vouch for the old value
            # while the form shows the new one. The field that says why gets the focus.
            self._focus_refusal()
            return
        contact_id = self._current
        self.folder.stamp_verified(contact_id)
        contact = self.folder.contact(contact_id)
        self.fields["verified"].set_value(_text(contact.get("verified")))
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(max(0, self.status.findData(contact.get("status"))))
        self._show_subjects(contact)
        self._show_fallback(contact)
        self._refresh_row(contact_id)
        self.changed.emit()

    def _add_clicked(self) -> None:
        if not self._may_leave():
            return
        group = self._group()
        municipality = group if group in MUNICIPALITIES else None
        try:
            contact_id = self.folder.add_contact(municipality, str(self.new_role.currentData()))
        except FieldError as exc:
            self.add_message.setText(refusal_words(exc))
            self.add_message.show()
            return
        self.add_message.hide()
        self._rebuild_table()
        self._select_id(contact_id)
        self.changed.emit()
        name = self.fields["name"].edit
        name.setFocus(Qt.FocusReason.OtherFocusReason)
        name.selectAll()

    def _remove_clicked(self) -> None:
        if self._current is None:
            return
        contact = self.folder.contact(self._current)
        question = arg(self.tr("Ta bort %1 (%2, %3) ur åtgärdskortet?"),
                       contact.get("name") or contact.get("id"),
                       role_label(str(contact.get("role"))), self._place(contact))
        references = self.folder.mentions_of(str(contact.get("id")))
        if references:
            question += "\n\n" + arg(self.tr("Den nämns på %1 ställen i kortet (steg eller "
                                             "andra kontakters reservnummer); där tas den "
                                             "också bort."), references)
        answer = QMessageBox.question(self, self.tr("Ta bort kontakt"), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self._row_of(self._current)
        self.folder.remove_contact(self._current)
        self._current = None
        self._rebuild_table()
        self._select_row(min(max(row, 0), self.table.rowCount() - 1))
        self.changed.emit()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)

