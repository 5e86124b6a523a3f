"""The structured opening-hours editor of a contact (Redaktörsläge → Kontakter).

The card's ``hours`` is "always", unknown (null) or rows of days and a from–to range; a jour
also has holiday hours and a later opening on the day before a public holiday. Here they are
three choices and rows of checkboxes and clock times, applied together with "Använd tiderna"
through ``SourceFolder.set_contact_hours``: a row that ends before it starts (without "till
nästa dag") is refused with the core's message beside the editor and the model keeps its
hours. Nothing is applied while rows are half filled in; a change not yet applied says so.

Hours read from a source nobody could confirm (an old page, a blog) are still worth having:
"Tiderna är inte bekräftade" keeps them with ``"hours_confirmed": false``, and the card then
says "troligen öppet" / "troligen stängt" instead of stating it.

The card stores no "till nästa dag" flag: a range whose end is not after its start runs past
midnight. The box is ticked for such a row when it is shown, and is what the check asks for.

A row may apply in a part of the year only ("Gäller 09-01 till 05-31", both days included:
the card's ``from``/``to``, MM-DD): Hallstahammar's kundcenter has winter and summer hours.
Both empty: all year. The range is shown beside the fields as read ("1 sep–31 maj"), and a row
keeps its range when the hours are applied, so a contact's seasons survive an edit of its
times.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.authoring.source_folder import FieldError, check_hours_row
from kvinnofrid_desktop.core.card.model import DAYS, check_month_day, month_day
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import chars
from kvinnofrid_desktop.ui.editor.fields import mark_border, mark_text, refusal_words

ALWAYS, UNKNOWN, TIMES = "always", "unknown", "times"
_LOOSE_TIME = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?$")
_LOOSE_MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")

# hours, holiday hours, the opening on the day before a holiday, and whether they are confirmed
ApplyHours = Callable[[str | list[dict[str, Any]] | None, list[dict[str, str]], str | None, bool],
                      None]


def normalized_time(text: str) -> str:
    """"9", "9.30", "0930" → "09:00", "09:30", "09:30" (Swedes write 16.30); anything else
    as typed, so the core's check names it."""
    found = _LOOSE_TIME.match(text.strip())
    if found is None:
        return text.strip()
    return f"{int(found.group(1)):02d}:{found.group(2) or '00'}"


def normalized_month_day(text: str) -> str:
    """"9-1" → "09-01"; anything else as typed (stripped), so the core's check names it."""
    found = _LOOSE_MONTH_DAY.match(text.strip())
    if found is None:
        return text.strip()
    return f"{int(found.group(1)):02d}-{int(found.group(2)):02d}"


class _RowPool:
    """The rows of one list, shown in layout order; a removed row is hidden and kept.

    Removing row i moves the values of the rows below it up one and hides the last row, so
    the shown rows are always the first ones in the layout and no widget is deleted: a widget
    taken out of a layout leaves its layout item deleted in C++, and a Python wrapper someone
    made for that item (``QLayout.itemAt``, as tests/ui/drawn.py does) then points at freed
    memory that a new object may reuse. A hidden row is never drawn, so no ghost row either.
    """

    def __init__(self, layout: QVBoxLayout, make: Callable[[], Any],
                 grown: Callable[[], None]) -> None:
        """``grown``: called after new rows were made (they need their place in the Tab
        order: a widget made later is put last in its window's)."""
        self.layout, self.make, self.grown = layout, make, grown
        self.widgets: list[Any] = []
        self.count = 0

    @property
    def active(self) -> list[Any]:
        return self.widgets[:self.count]

    def set_count(self, count: int) -> None:
        grows = len(self.widgets) < count
        while len(self.widgets) < count:
            widget = self.make()
            self.layout.addWidget(widget)
            self.widgets.append(widget)
        self.count = count
        for n, widget in enumerate(self.widgets):
            widget.setVisible(n < count)
            widget.set_number(n + 1)
        if grows:
            self.grown()

    def remove(self, index: int) -> None:
        rows = self.active
        for upper, lower in zip(rows[index:], rows[index + 1:], strict=False):
            upper.restore(lower.state())
        self.set_count(self.count - 1)


def _month_day_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(5)
    edit.setPlaceholderText(QCoreApplication.translate("HoursEditor", "mm-dd"))
    # The placeholder's "m"s are wider than the digits of "09-01": 8 characters cut it.
    edit.setFixedWidth(chars(edit, 10))
    return edit


def _time_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(5)
    edit.setPlaceholderText(QCoreApplication.translate("HoursEditor", "tt:mm"))
    edit.setFixedWidth(chars(edit, 8))
    return edit


class HoursRow(QFrame):
    """One row of the week: days, from, to, "till nästa dag", the part of the year it applies
    in (empty: all year), and a button to remove it."""

    edited = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        short = (self.tr("Mån"), self.tr("Tis"), self.tr("Ons"), self.tr("Tors"),
                 self.tr("Fre"), self.tr("Lör"), self.tr("Sön"))
        self._long = (self.tr("måndag"), self.tr("tisdag"), self.tr("onsdag"),
                      self.tr("torsdag"), self.tr("fredag"), self.tr("lördag"),
                      self.tr("söndag"))
        self.days = [QCheckBox(text, self) for text in short]
        self.open_edit = _time_edit(self)
        self.close_edit = _time_edit(self)
        self.overnight = QCheckBox(self.tr("till nästa dag"), self)
        self.remove_button = QPushButton(self.tr("Ta bort rad"), self)
        self.from_label = QLabel(self.tr("Från"), self)
        self.from_label.setBuddy(self.open_edit)
        self.to_label = QLabel(self.tr("till"), self)
        self.to_label.setBuddy(self.close_edit)
        self._months = (self.tr("jan"), self.tr("feb"), self.tr("mar"), self.tr("apr"),
                        self.tr("maj"), self.tr("jun"), self.tr("jul"), self.tr("aug"),
                        self.tr("sep"), self.tr("okt"), self.tr("nov"), self.tr("dec"))
        self.season_from = _month_day_edit(self)
        self.season_to = _month_day_edit(self)
        # Short labels: the line fits the form's column; the range as read ("1 sep–31 maj")
        # and the accessible names say that both days are included.
        self.season_from_label = QLabel(self.tr("Gäller"), self)
        self.season_from_label.setBuddy(self.season_from)
        self.season_to_label = QLabel(self.tr("till"), self)
        self.season_to_label.setBuddy(self.season_to)
        self.season_text = QLabel(self)
        self.season_text.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        week = QHBoxLayout()
        for box in self.days:
            week.addWidget(box)
            box.toggled.connect(self.edited)
        week.addStretch(1)
        times = QHBoxLayout()
        times.addWidget(self.from_label)
        times.addWidget(self.open_edit)
        times.addWidget(self.to_label)
        times.addWidget(self.close_edit)
        times.addWidget(self.overnight)
        times.addStretch(1)
        season = QHBoxLayout()
        season.addWidget(self.season_from_label)
        season.addWidget(self.season_from)
        season.addWidget(self.season_to_label)
        season.addWidget(self.season_to)
        season.addWidget(self.season_text)
        season.addStretch(1)
        grid.addLayout(week, 0, 0, 1, 2)
        grid.addLayout(times, 1, 0)
        grid.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addLayout(season, 2, 0, 1, 2)
        self.open_edit.textEdited.connect(self.edited)
        self.close_edit.textEdited.connect(self.edited)
        for edit in (self.season_from, self.season_to):
            edit.textEdited.connect(self.edited)
            edit.textChanged.connect(self._show_season)
        self.overnight.toggled.connect(self.edited)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.set_number(1)
        self._show_season()

    def set_number(self, n: int) -> None:
        """Names for a screen reader say which row a control is in."""
        for box, day in zip(self.days, self._long, strict=True):
            box.setAccessibleName(arg(self.tr("%1, rad %2"), day, n))
        self.open_edit.setAccessibleName(arg(self.tr("Öppnar, rad %1"), n))
        self.close_edit.setAccessibleName(arg(self.tr("Stänger, rad %1"), n))
        self.overnight.setAccessibleName(arg(self.tr("Till nästa dag, rad %1"), n))
        self.season_from.setAccessibleName(arg(self.tr("Gäller från (mm-dd), rad %1"), n))
        self.season_to.setAccessibleName(arg(self.tr("Gäller till och med (mm-dd), rad %1"),
                                             n))
        self.remove_button.setAccessibleName(arg(self.tr("Ta bort rad %1"), n))

    def set_value(self, row: dict[str, Any]) -> None:
        days = set(row.get("days") or [])
        for box, day in zip(self.days, DAYS, strict=True):
            box.setChecked(day in days)
        opens, closes = str(row.get("open", "")), str(row.get("close", ""))
        self.open_edit.setText(opens)
        self.close_edit.setText(closes)
        self.overnight.setChecked(closes != "00:00" and bool(opens) and closes <= opens)
        starts, ends = str(row.get("from") or ""), str(row.get("to") or "")
        self.season_from.setText(starts)
        self.season_to.setText(ends)
        self.mark(False)

    def value(self) -> dict[str, Any]:
        return {"days": [d for box, d in zip(self.days, DAYS, strict=True) if box.isChecked()],
                "open": normalized_time(self.open_edit.text()),
                "close": normalized_time(self.close_edit.text()),
                "overnight": self.overnight.isChecked(),
                "from": normalized_month_day(self.season_from.text()),
                "to": normalized_month_day(self.season_to.text())}

    def tab_stops(self) -> list[QWidget]:
        """The row's controls in reading order."""
        return [*self.days, self.open_edit, self.close_edit, self.overnight,
                self.remove_button, self.season_from, self.season_to]

    def mark(self, bad: bool) -> None:
        for edit in self._edits():
            mark_border(edit, "QLineEdit", "error" if bad else None)

    def _edits(self) -> tuple[QLineEdit, ...]:
        return self.open_edit, self.close_edit, self.season_from, self.season_to

    def _show_season(self) -> None:
        """The range as read ("1 sep–31 maj"), "hela året" when empty, nothing while it is
        not a range yet (the check says why when the hours are applied)."""
        value = self.value()
        if not value["from"] and not value["to"]:
            self.season_text.setText(self.tr("(tomt: hela året)"))
            return
        ends = []
        for text in (value["from"], value["to"]):
            if check_month_day(text) is not None:
                self.season_text.clear()
                return
            month, day = month_day(text)
            ends.append(f"{day} {self._months[month - 1]}")
        self.season_text.setText(arg(self.tr("(%1–%2)"), *ends))

    def state(self) -> tuple[Any, ...]:
        """Everything shown, as typed (for moving a row up when one above it goes)."""
        return ([box.isChecked() for box in self.days], self.open_edit.text(),
                self.close_edit.text(), self.overnight.isChecked(),
                self.season_from.text(), self.season_to.text(),
                self.open_edit.styleSheet())

    def restore(self, state: tuple[Any, ...]) -> None:
        checked, opens, closes, overnight, starts, ends, style = state
        for box, on in zip(self.days, checked, strict=True):
            box.setChecked(on)
        self.open_edit.setText(opens)
        self.close_edit.setText(closes)
        self.overnight.setChecked(overnight)
        self.season_from.setText(starts)
        self.season_to.setText(ends)
        for edit in self._edits():
            edit.setStyleSheet(style)


class HolidayRow(QWidget):
    """One opening span on public holidays: from, to, remove."""

    edited = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_edit = _time_edit(self)
        self.close_edit = _time_edit(self)
        self.remove_button = QPushButton(self.tr("Ta bort helgdagstid"), self)
        from_label = QLabel(self.tr("Från"), self)
        from_label.setBuddy(self.open_edit)
        to_label = QLabel(self.tr("till"), self)
        to_label.setBuddy(self.close_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (from_label, self.open_edit, to_label, self.close_edit):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.remove_button)
        self.open_edit.textEdited.connect(self.edited)
        self.close_edit.textEdited.connect(self.edited)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.set_number(1)

    def set_number(self, n: int) -> None:
        self.open_edit.setAccessibleName(arg(self.tr("Helgdag öppnar, rad %1"), n))
        self.close_edit.setAccessibleName(arg(self.tr("Helgdag stänger, rad %1"), n))
        self.remove_button.setAccessibleName(arg(self.tr("Ta bort helgdagstid %1"), n))

    def set_value(self, span: dict[str, Any]) -> None:
        self.restore((str(span.get("open", "")), str(span.get("close", ""))))

    def tab_stops(self) -> list[QWidget]:
        return [self.open_edit, self.close_edit, self.remove_button]

    def value(self) -> dict[str, str]:
        return {"open": normalized_time(self.open_edit.text()),
                "close": normalized_time(self.close_edit.text())}

    def state(self) -> tuple[Any, ...]:
        return self.open_edit.text(), self.close_edit.text()

    def restore(self, state: tuple[Any, ...]) -> None:
        self.open_edit.setText(state[0])
        self.close_edit.setText(state[1])


class HoursEditor(QGroupBox):
    """Dygnet runt / Okända / Tider, whether they are confirmed, the rows, the holiday rules;
    ``applied`` after the model took them. ``apply`` is the model's setter (raises FieldError)."""

    applied = Signal()
    refused = Signal(str)  # the reason the hours were not taken, shown beside the editor

    def __init__(self, apply: ApplyHours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Öppettider (avgör \"öppet nu\" på kortet)"))
        self._apply = apply
        self._dirty = False
        self._loading = False
        self._refused: str | None = None

        self.always = QRadioButton(self.tr("Dygnet runt"), self)
        self.unknown = QRadioButton(self.tr("Okända"), self)
        self.times = QRadioButton(self.tr("Tider"), self)
        self.mode = QButtonGroup(self)
        for n, (button, name) in enumerate(((self.always, ALWAYS), (self.unknown, UNKNOWN),
                                            (self.times, TIMES))):
            button.setObjectName(name)
            self.mode.addButton(button, n)
        self.mode.idToggled.connect(self._mode_toggled)
        self.unconfirmed = QCheckBox(self.tr("Tiderna är inte bekräftade"), self)
        self.unconfirmed.setObjectName("unconfirmed")
        self.unconfirmed.setAccessibleName(self.tr("Tiderna är inte bekräftade"))
        self.unconfirmed.setAccessibleDescription(self.tr(
            "Kortet säger då troligen öppet eller troligen stängt, aldrig säkert"))
        self.unconfirmed.setToolTip(self.tr(
            "Tiderna kommer från en osäker eller gammal källa: kortet säger \"troligen öppet\" "
            "eller \"troligen stängt\" i stället för att påstå det"))
        self.unconfirmed.toggled.connect(self._edited)

        self.details = QWidget(self)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        self._rows = _RowPool(self.rows_layout, self._new_row, self._order_tabs)
        self.add_row_button = QPushButton(self.tr("Lägg till rad"), self.details)
        self.add_row_button.clicked.connect(self._add_row_clicked)
        self.holiday_label = QLabel(self.tr("Helgdagar: öppet de här tiderna i stället för "
                                            "veckodagens (ingen rad: stängt på helgdagar)"),
                                    self.details)
        self.holiday_label.setWordWrap(True)
        self.holiday_layout = QVBoxLayout()
        self.holiday_layout.setSpacing(4)
        self._holiday_rows = _RowPool(self.holiday_layout, self._new_holiday_row,
                                      self._order_tabs)
        self.add_holiday_button = QPushButton(self.tr("Lägg till helgdagstid"), self.details)
        self.add_holiday_button.clicked.connect(self._add_holiday_clicked)
        self.before_edit = _time_edit(self.details)
        self.before_edit.setAccessibleName(self.tr("Dag före helgdag öppnar"))
        self.before_edit.textEdited.connect(self._edited)
        self.before_label = QLabel(self.tr("Dag före helgdag öppnar (tt:mm; tomt: som "
                                           "vanligt)"), self.details)
        self.before_label.setWordWrap(True)
        self.before_label.setBuddy(self.before_edit)

        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(self.rows_layout)
        details.addWidget(self.add_row_button, 0, Qt.AlignmentFlag.AlignLeft)
        details.addWidget(self.holiday_label)
        details.addLayout(self.holiday_layout)
        details.addWidget(self.add_holiday_button, 0, Qt.AlignmentFlag.AlignLeft)
        details.addWidget(self.before_label)
        details.addWidget(self.before_edit)

        self.apply_button = QPushButton(self.tr("Anv&änd tiderna"), self)
        self.apply_button.clicked.connect(self.apply)
        self.pending = QLabel(self.tr("Tiderna är ändrade men inte använda än."), self)
        self.pending.setWordWrap(True)
        self.pending.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Meddelande om öppettiderna"))
        self.message.hide()

        modes = QHBoxLayout()
        modes.addWidget(self.always)
        modes.addWidget(self.unknown)
        modes.addWidget(self.times)
        modes.addStretch(1)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        apply_row.addWidget(self.pending, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addWidget(self.unconfirmed, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addLayout(apply_row)
        layout.addWidget(self.message)
        self.set_hours(None, [], None)

    # --- showing the model --------------------------------------------------------------------

    def set_contact(self, contact: dict[str, Any] | None) -> None:
        """Show ``contact``'s hours (None: nothing chosen); forgets unapplied edits."""
        if contact is None:
            self.set_hours(None, [], None)
        else:
            self.set_hours(contact.get("hours"), contact.get("holiday_hours") or [],
                           contact.get("before_holiday_opens"),
                           confirmed=contact.get("hours_confirmed") is not False)

    def set_hours(self, hours: Any, holiday: list[dict[str, Any]], before: str | None, *,
                  confirmed: bool = True) -> None:
        self._loading = True
        try:
            rows = hours if isinstance(hours, list) else []
            self._rows.set_count(len(rows))
            for row, value in zip(self.rows, rows, strict=True):
                row.set_value(value if isinstance(value, dict) else {})
            self._holiday_rows.set_count(len(holiday))
            for span_row, span in zip(self.holiday_rows, holiday, strict=True):
                span_row.set_value(span if isinstance(span, dict) else {})
            self.before_edit.setText(before or "")
            self.unconfirmed.setChecked(not confirmed)
            button = (self.always if hours == "always"
                      else self.times if isinstance(hours, list) else self.unknown)
            button.setChecked(True)
            self.details.setVisible(button is self.times)
            self.unconfirmed.setVisible(button is not self.unknown)
            self._tab_to_checked()
        finally:
            self._loading = False
        self._set_dirty(False)
        self._refused = None
        self.mark(None)

    @property
    def dirty(self) -> bool:
        """Edits not applied to the model yet."""
        return self._dirty

    @property
    def refusal(self) -> str | None:
        """Why the hours in the editor were not taken, or None."""
        return self._refused

    def confirmed(self) -> bool:
        """Whether the hours are given as confirmed (unknown hours have nothing to confirm)."""
        return self.mode_name() == UNKNOWN or not self.unconfirmed.isChecked()

    def mode_name(self) -> str:
        return (ALWAYS if self.always.isChecked() else TIMES if self.times.isChecked()
                else UNKNOWN)

    # --- applying -----------------------------------------------------------------------------

    def apply(self) -> bool:
        """Give the edited hours to the model; False (and the reason shown) when refused."""
        mode = self.mode_name()
        hours: str | list[dict[str, Any]] | None
        holiday: list[dict[str, str]] = []
        before: str | None = None
        if mode == TIMES:
            hours = [row.value() for row in self.rows]
            for row, value in zip(self.rows, hours, strict=True):
                row.mark(check_hours_row(value) is not None)
            if not hours:
                return self._refuse(self.tr("Lägg till minst en rad med tider, eller välj "
                                            "Okända."))
            holiday = [row.value() for row in self.holiday_rows]
            before = normalized_time(self.before_edit.text()) or None
        else:
            hours = "always" if mode == ALWAYS else None
        try:
            self._apply(hours, holiday, before, self.confirmed())
        except FieldError as exc:  # the core's Swedish reason kept; shown in the UI's words
            return self._refuse(str(exc), shown=refusal_words(exc))
        self._refused = None
        self.mark(None)
        # The normalised clock times ("9.30" → "09:30") as the model holds them.
        self._loading = True
        try:
            for row in self.rows:
                value = row.value()
                row.open_edit.setText(value["open"])
                row.close_edit.setText(value["close"])
                row.season_from.setText(value["from"])
                row.season_to.setText(value["to"])
            for span in self.holiday_rows:
                value = span.value()
                span.open_edit.setText(value["open"])
                span.close_edit.setText(value["close"])
            self.before_edit.setText(before or "")
        finally:
            self._loading = False
        self._set_dirty(False)
        self.applied.emit()
        return True

    def _refuse(self, message: str, *, shown: str | None = None) -> bool:
        self._refused = message
        self.mark(shown or message)
        self.refused.emit(message)
        return False

    def mark(self, message: str | None, kind: str = "error") -> None:
        """Show ``message`` beside the editor (None: no mark); also its accessible
        description, so a screen reader says it."""
        if not message:
            self.message.hide()
            self.message.clear()
            self.setAccessibleDescription("")
            return
        mark_text(self.message, kind)
        self.message.setText(message)
        self.message.show()
        self.setAccessibleDescription(message)

    def focus_first(self) -> None:
        checked = self.mode.checkedButton() or self.times
        if self.times.isChecked() and self.rows:
            self.rows[0].days[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            checked.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- rows ---------------------------------------------------------------------------------

    @property
    def rows(self) -> list[HoursRow]:
        """The week's rows shown, in order."""
        return self._rows.active

    @property
    def holiday_rows(self) -> list[HolidayRow]:
        return self._holiday_rows.active

    def _order_tabs(self) -> None:
        """Tab in reading order: the choices, the week's rows, the holiday rows, the day
        before a holiday, Använd tiderna (hidden rows are skipped by Qt)."""
        chain: list[QWidget] = [self.always, self.unknown, self.times, self.unconfirmed]
        for row in self._rows.widgets:
            chain += row.tab_stops()
        chain.append(self.add_row_button)
        for span in self._holiday_rows.widgets:
            chain += span.tab_stops()
        chain += [self.add_holiday_button, self.before_edit, self.apply_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _new_row(self) -> HoursRow:
        row = HoursRow(self.details)
        row.edited.connect(self._edited)
        row.remove_requested.connect(self._remove_row)
        return row

    def _new_holiday_row(self) -> HolidayRow:
        row = HolidayRow(self.details)
        row.edited.connect(self._edited)
        row.remove_requested.connect(self._remove_holiday_row)
        return row

    def _add_row_clicked(self) -> None:
        above = self.rows[-1].value() if self.rows else None
        self._loading = True
        try:
            self._rows.set_count(self._rows.count + 1)
            row = self.rows[-1]
            # A new row starts with the times and the season of the row above it, and no
            # days (the next row of a season is usually the same season's Friday).
            row.set_value({"days": [], **{name: above[name] if above else ""
                                          for name in ("open", "close", "from", "to")}})
        finally:
            self._loading = False
        self._edited()
        row.days[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_holiday_clicked(self) -> None:
        self._loading = True
        try:
            self._holiday_rows.set_count(self._holiday_rows.count + 1)
            row = self.holiday_rows[-1]
            row.set_value({})
        finally:
            self._loading = False
        self._edited()
        row.open_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_row(self, row: QWidget) -> None:
        index = self.rows.index(row)  # type: ignore[arg-type]
        self._rows.remove(index)
        self._edited()
        self._focus_after_removal(self.rows, index, self.add_row_button)

    def _remove_holiday_row(self, row: QWidget) -> None:
        index = self.holiday_rows.index(row)  # type: ignore[arg-type]
        self._holiday_rows.remove(index)
        self._edited()
        self._focus_after_removal(self.holiday_rows, index, self.add_holiday_button)

    @staticmethod
    def _focus_after_removal(rows: list[Any], index: int, otherwise: QWidget) -> None:
        # Focus stays near where it was, instead of falling back to the window.
        if rows:
            rows[min(index, len(rows) - 1)].remove_button.setFocus(
                Qt.FocusReason.OtherFocusReason)
        else:
            otherwise.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- state --------------------------------------------------------------------------------

    def _mode_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        self.details.setVisible(self.times.isChecked())
        self.unconfirmed.setVisible(not self.unknown.isChecked())
        self._tab_to_checked()
        self._edited()

    def _tab_to_checked(self) -> None:
        # Tab enters the choice at one button (arrows move between them): the chosen one.
        # Qt gives that stop to the button last focused, so it landed on "Dygnet runt" with
        # "Tider" chosen.
        for button in self.mode.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button.isChecked()
                                  else Qt.FocusPolicy.ClickFocus)

    def _edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.pending.setVisible(dirty)
