"""Redaktörsläge → Kontakter, played by the county's coordinator with the mouse and keyboard.

Each test makes a source folder from the default pack, shows the part at 1280×800, and drives
its real widgets: choose a municipality, click a row, type into a field, press Tab or a button.
What is asserted is what she sees (the mark under a field, the text of a table row) and what the
source folder holds, on disk after saving where the form of the data matters.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from drawn import settled_problems, visible_in_scroll_area
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from test_accessibility import problems_in
from test_action_card_tab import type_text
from test_editor_documents import drop_on
from test_keyboard_only import duplicates, visible_mnemonics

from kvinnofrid_desktop.core.authoring.checks import CONTACTS, Location, check_source
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.ui.editor.contacts import (
    BACKGROUNDS,
    COLUMNS,
    ID_ROLE,
    ROLE_KEY,
    ContactsPart,
)
from kvinnofrid_desktop.ui.editor.hours import HoursRow

TODAY = dt.date.today().isoformat()
STALE = (dt.date.today() - dt.timedelta(days=400)).isoformat()
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def part(qtbot, folder: SourceFolder, show_active) -> ContactsPart:
    widget = ContactsPart(folder)
    qtbot.addWidget(widget)
    return show_active(widget)


# --- what the coordinator does -------------------------------------------------------------------


def choose(qtbot, part: ContactsPart, municipality: str) -> None:
    """Choose in the Kommun box with the arrow keys (Home, then Down)."""
    part.group.setFocus()
    qtbot.keyClick(part.group, Qt.Key.Key_Home)
    for _ in range(part.group.count()):
        if part.group.currentText().startswith(municipality):
            break
        qtbot.keyClick(part.group, Qt.Key.Key_Down)
    assert part.group.currentText().startswith(municipality)


def row_of(part: ContactsPart, *, role: str | None = None, contact_id: str | None = None) -> int:
    for row in range(part.table.rowCount()):
        item = part.table.item(row, 0)
        if (role is not None and item.data(ROLE_KEY) == role) or (
                contact_id is not None and item.data(ID_ROLE) == contact_id):
            return row
    raise AssertionError(f"no row for {role or contact_id}")


def cell(part: ContactsPart, row: int, column: str):
    return part.table.item(row, COLUMNS.index(column))


def click_row(qtbot, part: ContactsPart, row: int) -> None:
    rect = part.table.visualItemRect(part.table.item(row, 1))
    qtbot.mouseClick(part.table.viewport(), LEFT, pos=rect.center())


def click(qtbot, widget: QWidget) -> None:
    """Scroll ``widget`` into view (as she would) and click it, once the layout has settled
    (a click at a place the next paint moves would miss); nothing may be drawn wrong then."""
    assert settled_problems(qtbot, widget.window()) == []
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)
        qtbot.waitUntil(lambda: visible_in_scroll_area(widget))
    qtbot.mouseClick(widget, LEFT)


def retype(qtbot, edit: QWidget, text: str) -> None:
    """Click into a line edit, select what is there and type ``text`` over it."""
    click(qtbot, edit)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, text)  # QTest's keyClicks aborts on "ä"


def tab(qtbot, edit: QWidget) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not edit.hasFocus())


def open_contact(qtbot, part: ContactsPart, municipality: str, role: str) -> str:
    choose(qtbot, part, municipality)
    click_row(qtbot, part, row_of(part, role=role))
    contact_id = part.current_contact()
    assert contact_id is not None
    return contact_id


# --- the table -----------------------------------------------------------------------------------


def test_a_municipality_shows_its_contacts_by_role(qtbot, part: ContactsPart) -> None:
    choose(qtbot, part, "Sala")
    roles = [part.table.item(r, 0).text() for r in range(part.table.rowCount())]
    assert roles == ["Orosanmälan om barn", "Orosanmälan om vuxna", "Växel",
                     "Socialjour (utanför kontorstid)", "Stöd"]
    row = row_of(part, role="out_of_hours")
    assert cell(part, row, "name").text() == "Socialjouren i Västmanland"
    assert cell(part, row, "phone").text() == "021-39 20 66"
    assert cell(part, row, "status").text() == "bekräftad"
    assert cell(part, row, "verified").text() == "2026-11-26"

    choose(qtbot, part, "Hela länet")  # the county-wide entries have a table too
    ids = {part.table.item(r, 0).data(ID_ROLE) for r in range(part.table.rowCount())}
    assert "socialjour-vastmanland" in ids and "sala-socialjour" not in ids
    assert not part.add_button.isEnabled() or part.group.currentData() == "county"


def test_stale_missing_and_absent_entries_stand_out_in_colour_and_words(
        qtbot, folder: SourceFolder) -> None:
    folder.set_contact_field("sala-vaxel", "verified", STALE)
    part = ContactsPart(folder)
    qtbot.addWidget(part)
    part.resize(1280, 800)
    part.show()

    choose(qtbot, part, "Sala")
    stale = row_of(part, contact_id="sala-vaxel")
    assert "inaktuell" in cell(part, stale, "status").text()
    assert not cell(part, stale, "status").icon().isNull()
    assert cell(part, stale, "name").background().color() == BACKGROUNDS["stale"]
    fresh = row_of(part, contact_id="sala-socialjour")
    assert cell(part, fresh, "name").background().style() == Qt.BrushStyle.NoBrush

    choose(qtbot, part, "Arboga")
    missing = row_of(part, contact_id="arboga-orosanmalan-barn")
    assert cell(part, missing, "status").text() == "uppgift saknas"
    assert not cell(part, missing, "status").icon().isNull()
    assert cell(part, missing, "role").background().color() == BACKGROUNDS["missing"]
    # Arboga has no shelter/support entry at all: the role still has a row that says so.
    absent = row_of(part, role="support")
    assert cell(part, absent, "status").text() == "saknas i kortet"
    assert cell(part, absent, "role").background().color() == BACKGROUNDS["absent"]


# --- Sala's out-of-hours number, as the issue tells it -------------------------------------------


def test_a_new_number_is_marked_while_typed_and_applied_on_tab(qtbot, part: ContactsPart,
                                                               folder: SourceFolder) -> None:
    changes = []
    part.changed.connect(lambda: changes.append(1))
    contact_id = open_contact(qtbot, part, "Sala", "out_of_hours")
    assert contact_id == "sala-socialjour"
    phone = part.fields["phone"]
    assert phone.value() == "021-39 20 66"

    retype(qtbot, phone.edit, "021-39 2O 77")  # a letter O for a zero
    assert phone.edit.hasFocus()  # still typing: the mark comes before leaving the field
    assert phone.message.isVisible() and "är inget telefonnummer" in phone.message.text()
    assert folder.contact(contact_id)["phone"] == "021-39 20 66" and not changes
    # "Kontrollerad i dag" would vouch for the old number: refused, back to the field.
    click(qtbot, part.stamp_button)
    assert folder.contact(contact_id)["verified"] == "2026-11-26"
    qtbot.waitUntil(phone.edit.hasFocus)
    qtbot.keyClick(phone.edit, Qt.Key.Key_End)
    for _ in range(4):
        qtbot.keyClick(phone.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(phone.edit, "0 77")
    assert not phone.message.isVisible()
    tab(qtbot, phone.edit)
    assert folder.contact(contact_id)["phone"] == "021-39 20 77"
    assert cell(part, row_of(part, contact_id=contact_id), "phone").text() == "021-39 20 77"
    assert changes

    click(qtbot, part.stamp_button)
    assert part.fields["verified"].value() == TODAY
    assert folder.contact(contact_id)["verified"] == TODAY
    row = row_of(part, contact_id=contact_id)
    assert cell(part, row, "verified").text() == TODAY
    assert cell(part, row, "status").text() == "bekräftad"

    folder.save()
    card = json.loads((folder.root / folder.card_rel).read_text(encoding="utf-8"))
    saved = next(c for c in card["contacts"] if c["id"] == contact_id)
    assert (saved["phone"], saved["verified"], saved["status"]) == (
        "021-39 20 77", TODAY, "verified")


def test_checked_today_turns_a_stale_unverified_entry_verified(qtbot, folder: SourceFolder
                                                               ) -> None:
    folder.set_contact_field("sala-vaxel", "verified", STALE)
    part = ContactsPart(folder)
    qtbot.addWidget(part)
    part.resize(1280, 800)
    part.show()
    open_contact(qtbot, part, "Sala", "switchboard")
    assert part.status.currentData() == "unverified"

    click(qtbot, part.stamp_button)
    row = row_of(part, contact_id="sala-vaxel")
    assert part.status.currentData() == "verified"
    assert part.fields["verified"].value() == TODAY
    assert cell(part, row, "status").text() == "bekräftad"
    assert cell(part, row, "verified").text() == TODAY
    assert cell(part, row, "name").background().style() == Qt.BrushStyle.NoBrush
    assert folder.contact("sala-vaxel")["status"] == "verified"


# --- bad values are refused at the field ---------------------------------------------------------


def test_a_source_that_is_no_address_and_a_future_date_are_refused(
        qtbot, part: ContactsPart, folder: SourceFolder) -> None:
    contact_id = open_contact(qtbot, part, "Sala", "out_of_hours")
    before = json.dumps(folder.contact(contact_id))

    source = part.fields["source"]
    retype(qtbot, source.edit, "www.sala.se/socialjour")
    tab(qtbot, source.edit)
    assert source.message.isVisible()
    assert "är ingen webbadress" in source.message.text()
    assert source.value() == "www.sala.se/socialjour"  # what she typed stays, to correct it

    verified = part.fields["verified"]
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    retype(qtbot, verified.edit, future)
    tab(qtbot, verified.edit)
    assert verified.message.isVisible()
    assert f"datumet {future} ligger i framtiden" in verified.message.text()
    assert json.dumps(folder.contact(contact_id)) == before
    assert not part.commit_pending()  # save or close would be told the field refuses
    assert settled_problems(qtbot, part) == []

    retype(qtbot, verified.edit, "2026-12-01")
    tab(qtbot, verified.edit)
    assert not verified.message.isVisible()
    assert folder.contact(contact_id)["verified"] == "2026-12-01"


def test_commit_pending_applies_the_field_being_typed(qtbot, part: ContactsPart,
                                                      folder: SourceFolder) -> None:
    contact_id = open_contact(qtbot, part, "Sala", "out_of_hours")
    name = part.fields["name"]
    retype(qtbot, name.edit, "Socialjouren, Västmanland")
    assert name.edit.hasFocus()
    assert part.commit_pending()
    assert folder.contact(contact_id)["name"] == "Socialjouren, Västmanland"


# --- the structured opening hours ----------------------------------------------------------------


def test_hours_that_end_before_they_start_are_refused(qtbot, part: ContactsPart,
                                                      folder: SourceFolder) -> None:
    contact_id = open_contact(qtbot, part, "Sala", "report_child")
    before = json.dumps(folder.contact(contact_id)["hours"])
    hours = part.hours
    assert len(hours.rows) == 5
    retype(qtbot, hours.rows[0].close_edit, "08:00")  # opens 09:00
    assert hours.pending.isVisible()
    click(qtbot, hours.apply_button)
    assert hours.message.isVisible()
    assert "rad 1: tiden slutar 08:00, före den börjar 09:00" in hours.message.text()
    qtbot.waitUntil(lambda: visible_in_scroll_area(hours.message))  # scrolled to the reason
    assert json.dumps(folder.contact(contact_id)["hours"]) == before
    assert hours.rows[0].close_edit.styleSheet()  # the row that is wrong is marked
    assert settled_problems(qtbot, part) == []


def test_new_hours_are_saved_in_the_cards_form(qtbot, part: ContactsPart,
                                               folder: SourceFolder) -> None:
    contact_id = open_contact(qtbot, part, "Sala", "switchboard")
    hours = part.hours
    assert hours.unknown.isChecked() and not hours.details.isVisible()
    click(qtbot, hours.times)
    assert hours.details.isVisible()

    click(qtbot, hours.add_row_button)
    week = hours.rows[0]
    for box in week.days[:5]:
        click(qtbot, box)
    retype(qtbot, week.open_edit, "8")
    retype(qtbot, week.close_edit, "16.30")
    click(qtbot, hours.add_row_button)
    night = hours.rows[1]
    click(qtbot, night.days[5])
    retype(qtbot, night.open_edit, "22:00")
    retype(qtbot, night.close_edit, "02:00")
    click(qtbot, hours.apply_button)
    assert "tiden slutar 02:00, före den börjar 22:00" in hours.message.text()
    assert folder.contact(contact_id)["hours"] is None

    click(qtbot, night.overnight)  # "till nästa dag"
    click(qtbot, hours.add_holiday_button)
    retype(qtbot, hours.holiday_rows[0].open_edit, "10:00")
    retype(qtbot, hours.holiday_rows[0].close_edit, "14:00")
    retype(qtbot, hours.before_edit, "15")
    click(qtbot, hours.apply_button)
    assert not hours.message.isVisible() and not hours.pending.isVisible()
    assert week.open_edit.text() == "08:00"  # shown as the card holds it

    folder.save()
    card = json.loads((folder.root / folder.card_rel).read_text(encoding="utf-8"))
    saved = next(c for c in card["contacts"] if c["id"] == contact_id)
    assert saved["hours"] == [
        {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "08:00", "close": "16:30"},
        {"days": ["sat"], "open": "22:00", "close": "02:00"},
    ]
    assert saved["holiday_hours"] == [{"open": "10:00", "close": "14:00"}]
    assert saved["before_holiday_opens"] == "15:00"

    click(qtbot, hours.always)
    click(qtbot, hours.apply_button)
    contact = folder.contact(contact_id)
    assert contact["hours"] == "always" and "holiday_hours" not in contact


def test_unconfirmed_hours_are_shown_kept_and_set(qtbot, part: ContactsPart,
                                                 folder: SourceFolder) -> None:
    # Arboga's switchboard: hours from a page of 2017, recorded but not confirmed.
    contact_id = open_contact(qtbot, part, "Arboga", "switchboard")
    hours = part.hours
    box = hours.unconfirmed
    assert hours.times.isChecked() and len(hours.rows) == 2
    assert box.isVisible() and box.isChecked()
    assert box.accessibleName() == "Tiderna är inte bekräftade"
    assert "troligen" in box.accessibleDescription()

    # Another field edited and the hours re-applied: the marker stays.
    retype(qtbot, part.fields["note"].edit, "Rådhuset, Smedjegatan 5.")
    tab(qtbot, part.fields["note"].edit)
    retype(qtbot, hours.rows[1].close_edit, "15.30")
    click(qtbot, hours.apply_button)
    assert not hours.message.isVisible()
    folder.save()
    card = json.loads((folder.root / folder.card_rel).read_text(encoding="utf-8"))
    saved = next(c for c in card["contacts"] if c["id"] == contact_id)
    assert saved["hours_confirmed"] is False
    assert saved["hours"][1] == {"days": ["fri"], "open": "07:30", "close": "15:30"}
    assert saved["note"] == "Rådhuset, Smedjegatan 5."

    # Another contact and back: shown as the card holds it.
    click_row(qtbot, part, row_of(part, role="report_child"))
    assert not box.isVisible()  # its hours are unknown: nothing to confirm
    click_row(qtbot, part, row_of(part, contact_id=contact_id))
    assert box.isChecked()

    # She has rung them and confirmed the hours: the key goes, as in every other contact.
    click(qtbot, box)
    assert not box.isChecked()
    assert hours.pending.isVisible()
    click(qtbot, hours.apply_button)
    assert "hours_confirmed" not in folder.contact(contact_id)
    # And marks another contact's hours as unconfirmed with the keyboard.
    open_contact(qtbot, part, "Sala", "report_child")
    assert not box.isChecked()
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    click(qtbot, hours.apply_button)
    sala = folder.contact(part.current_contact())
    assert sala["hours_confirmed"] is False and isinstance(sala["hours"], list)
    assert settled_problems(qtbot, part) == []


def test_seasonal_hours_are_shown_kept_and_set(qtbot, part: ContactsPart,
                                              folder: SourceFolder) -> None:
    # Hallstahammar's kundcenter: to 16.30 from September to May, to 16.00 in summer.
    contact_id = open_contact(qtbot, part, "Hallstahammar", "switchboard")
    hours = part.hours
    original = json.loads(json.dumps(folder.contact(contact_id)["hours"]))
    assert [(r.season_from.text(), r.season_to.text()) for r in hours.rows] == [
        ("09-01", "05-31"), ("09-01", "05-31"), ("06-01", "08-31"), ("06-01", "08-31")]
    assert [r.season_text.text() for r in hours.rows] == [
        "(1 sep–31 maj)", "(1 sep–31 maj)", "(1 jun–31 aug)", "(1 jun–31 aug)"]
    assert hours.rows[0].season_from.accessibleName() == "Gäller från (mm-dd), rad 1"

    # A time changed and the hours applied: every row keeps its season.
    retype(qtbot, hours.rows[3].close_edit, "15.30")
    click(qtbot, hours.apply_button)
    assert not hours.message.isVisible()
    folder.save()
    card = json.loads((folder.root / folder.card_rel).read_text(encoding="utf-8"))
    saved = next(c for c in card["contacts"] if c["id"] == contact_id)["hours"]
    assert saved[:3] == original[:3]
    assert saved[3] == {**original[3], "close": "15:30"}

    # A day that is not in the year is refused, and the model keeps its hours.
    retype(qtbot, hours.rows[0].season_to, "02-30")
    assert hours.rows[0].season_text.text() == ""
    click(qtbot, hours.apply_button)
    assert "rad 1: '02-30': februari har ingen dag 30" in hours.message.text()
    assert folder.contact(contact_id)["hours"] == saved

    # A new row in a season of its own, typed loosely; the range is shown as read.
    retype(qtbot, hours.rows[0].season_to, "5-31")
    click(qtbot, hours.add_row_button)
    new = hours.rows[4]
    assert (new.season_from.text(), new.season_to.text()) == ("06-01", "08-31")
    click(qtbot, new.days[5])
    retype(qtbot, new.season_from, "12-1")
    retype(qtbot, new.season_to, "1-6")
    assert new.season_text.text() == "(1 dec–6 jan)"
    click(qtbot, hours.apply_button)
    assert not hours.message.isVisible()
    assert hours.rows[0].season_to.text() == "05-31"  # shown as the card holds it
    assert folder.contact(contact_id)["hours"][4] == {
        "days": ["sat"], "open": "08:00", "close": "15:30", "from": "12-01", "to": "01-06"}
    # Emptied, a row applies all year: the card's interval without a range.
    for edit in (new.season_from, new.season_to):
        retype(qtbot, edit, "")
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert new.season_text.text() == "(tomt: hela året)"
    click(qtbot, hours.apply_button)
    assert folder.contact(contact_id)["hours"][4] == {
        "days": ["sat"], "open": "08:00", "close": "15:30"}
    assert settled_problems(qtbot, part) == []


def test_switching_contacts_and_removing_rows_leaves_nothing_drawn_wrong(
        qtbot, part: ContactsPart) -> None:
    choose(qtbot, part, "Sala")
    for role, rows in (("report_child", 5), ("out_of_hours", 4), ("switchboard", 0),
                       ("report_child", 5), ("report_adult", 0), ("out_of_hours", 4)):
        click_row(qtbot, part, row_of(part, role=role))
        assert len(part.hours.rows) == rows
        assert settled_problems(qtbot, part) == [], role

    hours = part.hours
    for left, first_day in ((3, "fri"), (2, "sat"), (1, "sun")):
        click(qtbot, hours.rows[0].remove_button)
        assert len(hours.rows) == left
        assert hours.rows[0].value()["days"] == [first_day]  # the rows below moved up
        shown = [r for r in hours.details.findChildren(HoursRow) if r.isVisible()]
        assert shown == hours.rows  # a removed row is not drawn over the form
        assert settled_problems(qtbot, part) == []
    assert [r.open_edit.accessibleName() for r in hours.rows] == ["Öppnar, rad 1"]
    click(qtbot, part.hours.holiday_rows[0].remove_button)
    assert settled_problems(qtbot, part) == []

    click_row(qtbot, part, row_of(part, role="report_child"))  # unapplied changes are applied
    assert len(part.hours.rows) == 5
    assert settled_problems(qtbot, part) == []


def tab_from(qtbot, start: QWidget, stop: QWidget, limit: int = 150) -> list[QWidget]:
    """Press Tab from ``start`` until ``stop`` has the focus; where the focus went on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    walked: list[QWidget] = []
    while QApplication.focusWidget() is not stop:
        assert len(walked) < limit, [w.accessibleName() or w.objectName() for w in walked]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    return walked


def test_tab_visits_the_opening_hours_in_reading_order(qtbot, part: ContactsPart) -> None:
    open_contact(qtbot, part, "Sala", "out_of_hours")  # four rows, a holiday row
    hours = part.hours
    assert (len(hours.rows), len(hours.holiday_rows)) == (4, 1)
    walked = tab_from(qtbot, part.fields["hours_text"].edit, hours.apply_button)
    modes = (hours.always, hours.unknown, hours.times)
    # Into the choice first, at the chosen button (arrows move between its buttons).
    assert walked[0] is hours.times and [w for w in walked if w in modes] == [hours.times]
    hours.times.setFocus()
    qtbot.waitUntil(hours.times.hasFocus)
    qtbot.keyClick(hours.times, Qt.Key.Key_Left)  # the arrows still move within the choice
    assert hours.unknown.isChecked() and hours.unknown.hasFocus()
    qtbot.keyClick(hours.unknown, Qt.Key.Key_Right)
    assert hours.times.isChecked()
    week = [w for row in hours.rows for w in (*row.days, row.open_edit, row.close_edit,
                                              row.overnight, row.remove_button,
                                              row.season_from, row.season_to)]
    holiday = hours.holiday_rows[0]
    assert [w for w in walked if w not in modes] == [
        hours.unconfirmed, *week, hours.add_row_button, holiday.open_edit, holiday.close_edit,
        holiday.remove_button, hours.add_holiday_button, hours.before_edit, hours.apply_button]

    # A row added now (a widget made after the form): in its place, not at the end.
    click(qtbot, hours.add_row_button)
    new = hours.rows[4]
    walked = tab_from(qtbot, hours.rows[3].season_to, hours.add_row_button)
    assert walked == [*new.days, new.open_edit, new.close_edit, new.overnight,
                      new.remove_button, new.season_from, new.season_to, hours.add_row_button]


# --- adding and removing -------------------------------------------------------------------------


def test_add_a_contact_for_a_role_the_municipality_lacks_and_remove_it(
        qtbot, part: ContactsPart, folder: SourceFolder, monkeypatch) -> None:
    changes = []
    part.changed.connect(lambda: changes.append(1))
    choose(qtbot, part, "Arboga")
    click_row(qtbot, part, row_of(part, role="support"))
    assert part.stack.currentWidget() is part.absent_page
    assert "ingen kontakt för rollen Stöd i Arboga" in part.absent_page.text()
    assert part.new_role.currentData() == "support"

    qtbot.mouseClick(part.add_button, LEFT)
    contact_id = part.current_contact()
    assert contact_id == "arboga-support"
    contact = folder.contact(contact_id)
    assert (contact["municipality"], contact["role"], contact["status"]) == (
        "Arboga", "support", "missing")
    assert part.fields["name"].edit.hasFocus()
    type_text(part.fields["name"].edit, "Kvinnojouren i Arboga")
    tab(qtbot, part.fields["name"].edit)
    row = row_of(part, contact_id=contact_id)
    assert cell(part, row, "name").text() == "Kvinnojouren i Arboga"
    assert changes

    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(part.remove_button, LEFT)
    assert asked and "Kvinnojouren i Arboga" in asked[-1]
    assert folder.contact(contact_id)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(part.remove_button, LEFT)
    assert all(c["id"] != contact_id for c in folder.contacts())
    absent = row_of(part, role="support")
    assert cell(part, absent, "status").text() == "saknas i kortet"
    assert settled_problems(qtbot, part) == []


def test_removing_a_contact_others_name_says_so(qtbot, part: ContactsPart, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    open_contact(qtbot, part, "Sala", "out_of_hours")
    qtbot.mouseClick(part.remove_button, LEFT)
    assert "Den nämns på" in asked[0]


def test_removing_a_contact_removes_its_mentions_too(qtbot, part: ContactsPart,
                                                    folder: SourceFolder, monkeypatch) -> None:
    # The steps' contacts and the fallbacks have no field in the editor: mentions left behind
    # were errors that blocked publishing and could not be fixed.
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    open_contact(qtbot, part, "Arboga", "switchboard")
    gone = part.current_contact()
    mentions = folder.mentions_of(gone)
    assert mentions >= 2
    qtbot.mouseClick(part.remove_button, LEFT)
    assert f"Den nämns på {mentions} ställen" in asked[0] and "också bort" in asked[0]
    assert folder.mentions_of(gone) == 0
    assert all(c["id"] != gone for c in folder.contacts())
    errors = [p for p in check_source(folder, today=dt.date(2026, 12, 5))
              if p.severity == "error"]
    assert errors == []


# --- what the window asks of the part ------------------------------------------------------------


def test_show_location_selects_the_contact_and_focuses_the_field(qtbot, part: ContactsPart
                                                                 ) -> None:
    choose(qtbot, part, "Sala")
    part.show_location(Location(CONTACTS, "fagersta-vaxel", "source"))
    assert part.group.currentText() == "Fagersta"
    assert part.current_contact() == "fagersta-vaxel"
    rows = part.table.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [row_of(part, contact_id="fagersta-vaxel")]
    source = part.fields["source"].edit
    qtbot.waitUntil(source.hasFocus)
    assert visible_in_scroll_area(source)

    part.show_location(Location(CONTACTS, "sala-orosanmalan-barn", "hours"))
    assert part.current_contact() == "sala-orosanmalan-barn"
    qtbot.waitUntil(lambda: part.hours.isAncestorOf(QApplication.focusWidget()))
    assert visible_in_scroll_area(QApplication.focusWidget())

    part.show_location(Location(CONTACTS, "nod-112", "verified"))
    assert part.group.currentData() == "national"
    qtbot.waitUntil(part.fields["verified"].edit.hasFocus)


def test_reload_keeps_the_selection_and_shows_the_model(qtbot, part: ContactsPart,
                                                        folder: SourceFolder) -> None:
    contact_id = open_contact(qtbot, part, "Sala", "out_of_hours")
    folder.set_contact_field(contact_id, "phone", "021-10 10 10")
    folder.set_contact_hours(contact_id, "always")
    part.reload()
    assert part.current_contact() == contact_id
    assert part.fields["phone"].value() == "021-10 10 10"
    assert cell(part, row_of(part, contact_id=contact_id), "phone").text() == "021-10 10 10"
    assert part.hours.always.isChecked() and not part.hours.details.isVisible()
    assert settled_problems(qtbot, part) == []

    folder.revert()
    part.reload()
    assert part.current_contact() == contact_id
    assert part.fields["phone"].value() == "021-39 20 66"
    assert len(part.hours.rows) == 4

    added = folder.add_contact("Sala", "police")
    part.select_contact(added)
    assert part.current_contact() == added
    folder.revert()  # the new contact is gone underneath: the table shows what is left
    part.reload()
    assert part.current_contact() != added and part.group.currentText() == "Sala"
    assert settled_problems(qtbot, part) == []


def test_problems_mark_the_row_and_the_field(qtbot, part: ContactsPart,
                                             folder: SourceFolder) -> None:
    # A source written by hand into the file (the form would refuse it).
    folder.contact("sala-socialjour")["source"] = "se sala.se"
    folder.contact("sala-vaxel")["verified"] = STALE
    part.set_problems(check_source(folder))
    part.reload()
    choose(qtbot, part, "Sala")
    bad = row_of(part, contact_id="sala-socialjour")
    assert cell(part, bad, "problems").text() == "fel: 1"
    assert not cell(part, bad, "problems").icon().isNull()
    assert cell(part, row_of(part, contact_id="sala-vaxel"), "problems").text() == "varning: 1"

    click_row(qtbot, part, bad)
    source = part.fields["source"]
    assert source.message.isVisible() and "är ingen webbadress" in source.message.text()
    click_row(qtbot, part, row_of(part, contact_id="sala-vaxel"))
    assert "för mer än ett år sedan" in part.fields["verified"].message.text()
    assert settled_problems(qtbot, part) == []

    part.set_problems([])
    assert not part.fields["verified"].message.isVisible()
    assert cell(part, bad, "problems").text() == ""


# --- keyboard and screen readers -----------------------------------------------------------------


def test_the_table_works_from_the_keyboard(qtbot, part: ContactsPart) -> None:
    choose(qtbot, part, "Sala")
    part.table.setFocus()
    qtbot.keyClick(part.table, Qt.Key.Key_Home)
    qtbot.keyClick(part.table, Qt.Key.Key_Down)
    assert part.current_contact() == "sala-orosanmalan-vuxna"
    qtbot.keyClick(part.table, Qt.Key.Key_Return)  # on to the form
    qtbot.waitUntil(part.fields["name"].edit.hasFocus)

    choose(qtbot, part, "Arboga")
    part.table.setFocus()
    for _ in range(part.table.rowCount()):
        qtbot.keyClick(part.table, Qt.Key.Key_Down)
    assert part.stack.currentWidget() is part.absent_page
    qtbot.keyClick(part.table, Qt.Key.Key_Return)  # a missing role: on to adding it
    qtbot.waitUntil(part.add_button.hasFocus)
    qtbot.keyClick(part.add_button, Qt.Key.Key_Space)
    assert part.current_contact() == "arboga-support"


def test_every_control_has_a_name_and_the_mnemonics_are_unique(qtbot, part: ContactsPart
                                                               ) -> None:
    open_contact(qtbot, part, "Sala", "out_of_hours")
    assert problems_in(part) == []
    assert duplicates(visible_mnemonics(part)) == []
    # The editor window's own: its tabs (&Dokument, &Kontakter, &Problem), Utgi&vare, &Spara,
    # S&täng, and the &Arkiv menu.
    taken = set("dkpvsta")
    assert [text for letter, text in visible_mnemonics(part) if letter in taken] == []
    choose(qtbot, part, "Arboga")
    click_row(qtbot, part, row_of(part, role="support"))
    assert problems_in(part) == []


def test_large_text_still_fits(qtbot, folder: SourceFolder) -> None:
    app = QApplication.instance()
    font = app.font()
    big = app.font()
    big.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(big)
    try:
        part = ContactsPart(folder)
        qtbot.addWidget(part)
        part.resize(1280, 800)
        part.show()
        qtbot.waitExposed(part)
        part.select_contact("sala-socialjour")
        assert part.splitter.orientation() == Qt.Orientation.Vertical
        assert settled_problems(qtbot, part) == []
    finally:
        app.setFont(font)


def test_a_file_dropped_on_a_field_is_refused_not_pasted(qtbot, part: ContactsPart,
                                                         folder: SourceFolder, pdfs) -> None:
    """A file manager's drag carries the path as text: a field would paste it, and leaving the
    field would save a path as the contact's name."""
    contact_id = open_contact(qtbot, part, "Sala", "out_of_hours")
    name = part.fields["name"]
    before = name.value()
    assert drop_on(name.edit, [pdfs.sample]) == (False, False)
    tab(qtbot, name.edit)
    assert name.value() == before
    assert folder.contact(contact_id)["name"] == before


def test_where_a_contact_shows_is_ticked_and_it_must_show_somewhere(
        qtbot, part: ContactsPart, folder: SourceFolder) -> None:
    """"Visas på kortet under": the card's subject buttons that list the contact. Unticking
    the last one is refused: the card would read no subjects as all three."""
    changes = []
    part.changed.connect(lambda: changes.append(1))
    contact_id = open_contact(qtbot, part, "Sala", "out_of_hours")
    boxes = part.subject_boxes
    assert [s for s, box in boxes.items() if box.isChecked()] == ["barn", "vuxna"]

    click(qtbot, boxes["djur"])
    assert folder.contact(contact_id)["subjects"] == ["barn", "vuxna", "djur"]
    assert changes
    click(qtbot, boxes["barn"])
    click(qtbot, boxes["vuxna"])
    assert folder.contact(contact_id)["subjects"] == ["djur"]
    click(qtbot, boxes["djur"])  # the last one
    assert boxes["djur"].isChecked()
    assert folder.contact(contact_id)["subjects"] == ["djur"]
    assert part.subjects_message.isVisible()
    assert "minst ett" in part.subjects_message.text()
    assert settled_problems(qtbot, part) == []

    boxes["vuxna"].setFocus()  # by keyboard too
    qtbot.keyClick(boxes["vuxna"], Qt.Key.Key_Space)
    assert folder.contact(contact_id)["subjects"] == ["vuxna", "djur"]
    assert not part.subjects_message.isVisible()
    folder.save()
    card = json.loads((folder.root / folder.card_rel).read_text(encoding="utf-8"))
    assert next(c for c in card["contacts"] if c["id"] == contact_id)["subjects"] == [
        "vuxna", "djur"]

    click_row(qtbot, part, row_of(part, role="report_child"))  # another contact, its own
    assert [s for s, box in boxes.items() if box.isChecked()] == ["barn"]


def fallback_rows(part: ContactsPart) -> list[str]:
    fallback = part.fallback
    return [fallback.list.item(i).text() for i in range(fallback.list.count())
            if fallback.list.isVisible()]


def test_the_form_says_what_the_card_offers_while_the_number_is_missing(
        qtbot, part: ContactsPart) -> None:
    open_contact(qtbot, part, "Arboga", "report_child")
    assert fallback_rows(part) == ["Arboga kommun, växel", "112 – nödnummer"]
    choose(qtbot, part, "Arboga")
    part.new_role.setCurrentIndex(part.new_role.findData("support"))
    click(qtbot, part.add_button)  # a new entry: the switchboard, then 112, as the others
    assert fallback_rows(part) == ["Arboga kommun, växel", "112 – nödnummer"]


def test_the_fallback_numbers_are_chosen_and_ordered_in_the_form(
        qtbot, part: ContactsPart, folder: SourceFolder) -> None:
    """Sala's number for reports about adults disappears from its page: she marks it missing.
    The card then needs to know what to offer instead; before, the form only said what it
    would offer, the card refused the entry ("en saknad uppgift måste hänvisa till en
    verifierad reservkontakt") and nothing in the editor could fix that."""
    contact_id = open_contact(qtbot, part, "Sala", "report_adult")
    fallback = part.fallback
    assert fallback_rows(part) == []
    assert fallback.empty_note.isVisible() and not fallback.remove_button.isVisible()
    qtbot.keyClick(part, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # the caption's letter
    qtbot.waitUntil(fallback.choice.hasFocus)  # none yet: choosing the first one
    part.status.setFocus()
    qtbot.keyClick(part.status, Qt.Key.Key_Home)
    while part.status.currentData() != "missing":
        qtbot.keyClick(part.status, Qt.Key.Key_Down)
    # What a new entry starts with: the municipality's switchboard, then 112.
    assert fallback_rows(part) == ["Sala kommun, kontaktcenter", "112 – nödnummer"]
    assert folder.contact(contact_id)["fallback"] == ["sala-vaxel", "nod-112"]
    assert not [p for p in check_source(folder) if p.location.key == contact_id
                and p.severity == "error"]
    # Add the out-of-hours service: it goes before 112, the municipality's own first.
    choices = [fallback.choice.itemText(i) for i in range(fallback.choice.count())]
    assert choices[:3] == ["Barn- och ungdomsenhetens mottagning (Sala)",
                           "Socialjouren i Västmanland (Sala)",
                           "Kvinnojouren i Sala (Föreningen Kvinnokraft)"]
    assert not [c for c in choices if "Arboga" in c and "saknas" in c.lower()]
    assert "Mottagningsenheten barn och familj (socialtjänsten) (Arboga)" not in choices  # missing
    # Nothing is chosen at first: "Lägg till" alone adds nothing.
    assert fallback.choice.currentIndex() == -1 and not fallback.add_button.isEnabled()
    # A county-wide number is confirmed for some municipalities only: she is reminded.
    county = next(c for c in choices if c.startswith("Socialjouren i Västmanland (bekräftad"))
    fallback.choice.setCurrentIndex(choices.index(county))
    assert fallback.hint.isVisible() and "gäller för Sala" in fallback.hint.text()
    fallback.choice.setCurrentIndex(choices.index("Socialjouren i Västmanland (Sala)"))
    assert not fallback.hint.isVisible() and fallback.add_button.isEnabled()
    click(qtbot, fallback.add_button)
    assert fallback_rows(part) == ["Sala kommun, kontaktcenter",
                                   "Socialjouren i Västmanland (Sala)", "112 – nödnummer"]
    qtbot.keyClick(part, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(fallback.list.hasFocus)
    # Up with the keyboard-reachable button, then Delete in the list.
    assert fallback.list.currentRow() == 1
    click(qtbot, fallback.up_button)
    assert folder.contact(contact_id)["fallback"] == ["sala-socialjour", "sala-vaxel", "nod-112"]
    fallback.list.setFocus()
    fallback.list.setCurrentRow(1)
    qtbot.keyClick(fallback.list, Qt.Key.Key_Delete)
    assert fallback_rows(part) == ["Socialjouren i Västmanland (Sala)",
                                   "112 – nödnummer"]
    assert "Sala kommun, kontaktcenter" in [fallback.choice.itemText(i)
                                            for i in range(fallback.choice.count())]
    assert settled_problems(qtbot, part.window()) == []
    folder.save()
    card = json.loads((folder.root / folder.card_rel).read_text(encoding="utf-8"))
    saved = next(c for c in card["contacts"] if c["id"] == contact_id)
    assert (saved["status"], saved["fallback"]) == ("missing", ["sala-socialjour", "nod-112"])


def test_a_number_with_a_dash_from_a_word_processor_says_which_dash_to_use(
        qtbot, part: ContactsPart, folder: SourceFolder) -> None:
    """"021–39 20 77" pasted from a document was refused as "no phone number (digits, spaces
    and at most one hyphen)": the person had typed one dash, and could not see the fault."""
    contact_id = open_contact(qtbot, part, "Sala", "out_of_hours")
    phone = part.fields["phone"]
    retype(qtbot, phone.edit, "021–39 20 77")
    assert phone.message.isVisible()
    assert phone.message.text() == ("'021–39 20 77' har ett tankstreck (–): ett telefonnummer "
                                    "skrivs med bindestreck (-), så här: 021-39 20 77")
    assert folder.contact(contact_id)["phone"] == "021-39 20 66"  # nothing taken in


def test_hours_refused_in_english_say_so_in_english_with_the_swedish_detail(
        qtbot, folder: SourceFolder, show_active) -> None:
    """The reason beside the opening hours stayed the core's Swedish in the English editor."""
    from language import interface_language

    with interface_language("en"):
        part = show_active(ContactsPart(folder))
        qtbot.addWidget(part)
        open_contact(qtbot, part, "Sala", "report_child")
        hours = part.hours
        retype(qtbot, hours.rows[0].close_edit, "08:00")  # opens 09:00
        click(qtbot, hours.apply_button)
        assert hours.message.isVisible()
        text = hours.message.text()
        assert text.startswith("The value cannot be used, and what was there before still "
                               "applies (in detail, in Swedish: "), text
        assert "rad 1: tiden slutar 08:00, före den börjar 09:00" in text
