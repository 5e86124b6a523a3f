"""The Åtgärdskort tab as a worker meets it: pick a municipality and a subject, read the signs,
the steps and whom to call now, copy a number, print or export the card."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pages
import pytest
from drawn import open_table_bottoms, printed_ink, settled_problems, visible_in_scroll_area
from language import interface_language
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QImage, QKeyEvent, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.card.model import MUNICIPALITIES, ActionCard, load_action_card
from kvinnofrid_desktop.core.card.now import ordered_contacts
from kvinnofrid_desktop.core.card.text import PHONE_NUMBER, SCOPE_HEADINGS_SV
from kvinnofrid_desktop.ui.card.printing import export_card_pdf, print_card
from kvinnofrid_desktop.ui.card.tab import ActionCardTab
from kvinnofrid_desktop.ui.card.widgets import ContactCard, SignEntry, StepEntry
from kvinnofrid_desktop.ui.common.settings import Settings

TUESDAY_10 = dt.datetime(2026, 12, 1, 10, 0)
SATURDAY_22 = dt.datetime(2026, 12, 5, 22, 0)
TUESDAY_02 = dt.datetime(2026, 12, 1, 2, 0)


@pytest.fixture(scope="module")
def card() -> ActionCard:
    return load_action_card(default_pack_dir() / "action_card.json")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "s.ini")


@pytest.fixture
def make_tab(qtbot, card: ActionCard, settings: Settings):
    def make(clock: dt.datetime = TUESDAY_10, *, today: dt.date | None = None,
             settings_: Settings | None = None, width: int = 1280) -> ActionCardTab:
        tab = ActionCardTab(card, settings_ or settings, clock=lambda: clock,
                            today=(lambda: today) if today else None)
        qtbot.addWidget(tab)
        tab.resize(width, 800)
        tab.show()
        qtbot.waitExposed(tab)
        return tab

    return make


def type_text(widget: QWidget, text: str) -> None:
    """Type like a Swedish keyboard: QTest's keyClicks only knows ASCII (it aborts on "å")."""
    for char in text:
        key = _KEYS.get(char.casefold(), ord(char.upper()) if char.isascii() else 0)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))


_KEYS = {"å": Qt.Key.Key_Aring, "ä": Qt.Key.Key_Adiaeresis, "ö": Qt.Key.Key_Odiaeresis}


def choose_municipality(qtbot, tab: ActionCardTab, name: str) -> None:
    """Pick a municipality the way a keyboard user does: focus the list and type its name."""
    combo = tab.municipality_combo
    combo.setFocus()
    # The list searches what was typed within the keyboard interval; start a fresh search.
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    type_text(combo, name)
    assert combo.currentText() == name


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def card_of(tab: ActionCardTab, contact_id: str) -> ContactCard:
    widget = pages.contact_card(tab, contact_id)
    assert widget is not None and widget.isVisibleTo(tab), contact_id
    return widget


def pdf_text(path: Path) -> tuple[int, str]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    pages = doc.pageCount()
    doc.close()
    return pages, text


def test_sala_and_barn_show_salas_numbers_first(qtbot, make_tab) -> None:
    tab = make_tab()
    click(qtbot, tab.subject_buttons["vuxna"])
    click(qtbot, tab.subject_buttons["barn"])
    choose_municipality(qtbot, tab, "Sala")
    assert tab.current_subject() == "barn"
    assert tab.current_municipality() == "Sala"
    cards = pages.contact_widgets(tab)
    scopes = [c.contact.scope for c in cards]
    assert scopes == sorted(scopes, key=["municipality", "county", "national"].index)
    assert {c.contact.municipality for c in cards if c.contact.scope == "municipality"} == {"Sala"}
    assert [c.contact.id for c in cards[:3]] == [
        "sala-orosanmalan-barn", "sala-socialjour", "sala-vaxel"]
    assert pages.phone_text(cards[0]) == "0224-74 96 20"
    assert "021-39 20 66" in [pages.phone_text(c) for c in cards[:3]]
    assert tab.contacts_heading.text() == "Kontakter – Sala"
    # The step "make a report" names Sala's number and no other municipality's.
    report = next(e for e in pages.step_entries(tab) if e.step.id == "barn-orosanmalan")
    shown = [line.contact.id for line in report.contact_lines if line.isVisibleTo(tab)]
    assert shown == ["sala-orosanmalan-barn"]


def test_choosing_a_municipality_or_subject_says_the_contacts_shown(
        qtbot, make_tab, announced: list[str]) -> None:
    """A screen reader read the combo's new value ("Arboga") and nothing else: the contacts
    changed beside it without a word."""
    tab = make_tab()
    choose_municipality(qtbot, tab, "Arboga")
    shown = len(pages.contact_widgets(tab))
    assert shown > 1 and announced[-1] == f"Kontakter för Arboga: {shown} kontakter"
    said = len(announced)
    click(qtbot, tab.subject_buttons["djur"])
    shown = len(pages.contact_widgets(tab))
    assert len(announced) == said + 1
    assert announced[-1] == f"Kontakter för Arboga: {shown} kontakter"
    tab.set_municipality(None)
    assert announced[-1].startswith("Kontakter för hela länet: ")


def test_the_urgent_step_comes_first_and_says_akut(make_tab) -> None:
    tab = make_tab()
    for subject in ("barn", "vuxna", "djur"):
        tab.set_subject(subject)
        first = pages.step_entries(tab)[0]
        assert first.step.urgent
        assert first.urgent_label.text() == "Akut"
        assert first.accessibleName().startswith("1. Akut: ")
        assert not any(e.step.urgent for e in pages.step_entries(tab)[1:])


def test_djur_shows_the_animal_welfare_route(qtbot, make_tab) -> None:
    tab = make_tab()
    choose_municipality(qtbot, tab, "Köping")
    click(qtbot, tab.subject_buttons["djur"])
    assert tab.current_subject() == "djur"
    assert "Djuret är aggressivt eller rädt, eller gömmer sig." in pages.visible_sign_texts(tab)
    titles = pages.visible_step_titles(tab)
    assert "Bristande djurhållning: Länsstyrelsens djurskydd" in titles
    assert "Misshandel och djurplågeri: polisen" in titles
    welfare = card_of(tab, "lansstyrelsen-djurskydd")
    assert pages.phone_text(welfare) == "010-224 96 00"
    ids = [c.contact.id for c in pages.contact_widgets(tab)]
    assert ids.index("lansstyrelsen-djurskydd") < ids.index("lansstyrelsen-vaxel")
    police = next(e for e in pages.step_entries(tab) if e.step.id == "djur-polisen")
    numbers = [line.copy_row.value for line in police.contact_lines
               if line.isVisibleTo(tab) and line.copy_row]
    assert numbers == ["114 14", "112"]
    # Report-of-concern contacts for children are not animal contacts.
    assert pages.contact_card(tab, "koping-orosanmalan-barn").isHidden()


def test_now_on_a_tuesday_morning(qtbot, make_tab) -> None:
    tab = make_tab(TUESDAY_10)
    choose_municipality(qtbot, tab, "Sala")
    assert card_of(tab, "sala-orosanmalan-barn").now_text() == "Öppet nu, till 12.00"
    assert card_of(tab, "sala-socialjour").now_text() == "Stängt nu · öppnar 16.30"
    assert card_of(tab, "nod-112").now_text() == "Öppet dygnet runt"
    assert card_of(tab, "sala-vaxel").now_text() == "Tider okända"
    assert "tis 1 december kl. 10.00" in tab.now_context.text()  # the date in words


def test_now_on_a_saturday_night(qtbot, make_tab) -> None:
    tab = make_tab(SATURDAY_22)
    choose_municipality(qtbot, tab, "Sala")
    office = card_of(tab, "sala-orosanmalan-barn")
    assert office.now_text() == "Stängt nu – ring socialjouren 021-39 20 66 · öppnar mån 09.00"
    assert pages.phone_text(office) == "0224-74 96 20"  # the office number stays visible
    assert card_of(tab, "sala-socialjour").now_text() == "Öppet nu, till 01.00"
    # Kungsör has no confirmed out-of-hours service: 112 for urgent matters, never Västerås'.
    choose_municipality(qtbot, tab, "Kungsör")
    kungsor = card_of(tab, "kungsor-orosanmalan-barn")
    assert pages.warning_texts(kungsor) == ["Uppgift saknas"]
    # Its switchboard, the fallback, is closed at this hour: the card says so and names what
    # applies now (112 if it is urgent, Bris around the clock), the switchboard last.
    assert kungsor.instead_heading.text() == \
        "Kungsörs kommun, växel: stängt nu. Akut: 112. Annars: gör anmälan nästa vardag."
    # Bris is the line for the child itself, not for the adult who reports.
    assert pages.fallback_phones(kungsor) == ["112", "0227-60 00 00"]
    jour_step = next(e for e in pages.step_entries(tab) if e.step.id == "barn-socialjour")
    numbers = step_numbers(tab, jour_step)
    # 112 once: among the routes of the missing jour, not a second time beside it.
    assert "021-39 20 66" not in numbers and numbers.count("112") == 1
    county = card_of(tab, "socialjour-vastmanland")
    assert any("inte för Kungsör" in w for w in pages.warning_texts(county))


def step_numbers(tab: ActionCardTab, entry: StepEntry) -> list[str]:
    """The numbers a step shows, its lines' and the routes under a missing line, in order."""
    numbers = []
    for line in entry.contact_lines:
        if not line.isVisibleTo(tab):
            continue
        numbers += [row.value for row in [line.copy_row] if row is not None]
        numbers += [route.copy_row.value for route in line.lines
                    if route.isVisibleTo(tab) and route.copy_row is not None]
    return numbers


TUESDAY_23 = dt.datetime(2026, 12, 8, 23, 0)


def test_at_night_a_switchboard_with_unknown_hours_comes_after_what_is_open(qtbot,
                                                                            make_tab) -> None:
    """Köping's report lines are missing and its switchboard's hours unknown: at 23.00 on a
    Tuesday the card names what applies now first (112; for adults the line open now,
    Kvinnofridslinjen; never Bris, the child's own line), the switchboard last, probably
    closed."""
    tab = make_tab(TUESDAY_23)
    choose_municipality(qtbot, tab, "Köping")
    click(qtbot, tab.subject_buttons["barn"])
    report = card_of(tab, "koping-orosanmalan-barn")
    assert report.instead_heading.text() == \
        "Köpings kommun, växel: troligen stängt nu. Akut: 112. Annars: gör anmälan nästa " \
        "vardag."
    assert pages.fallback_phones(report) == ["112", "0221-250 00"]
    assert card_of(tab, "koping-vaxel").now_text() == \
        "Tider okända – troligen stängt nu, utanför kontorstid"

    # The jour entry covers children and adults; on the adults' card, no line for children.
    # A closed switchboard is no socialjour: it is not offered in the jour's place.
    click(qtbot, tab.subject_buttons["vuxna"])
    jour = card_of(tab, "koping-socialjour")
    assert jour.instead_heading.text() == ("Kommunens socialjour finns inte i källorna. "
                                           "Akut: 112. Annars: gör anmälan nästa vardag.")
    assert pages.fallback_phones(jour) == ["112", "020-50 50 50"]
    step = next(e for e in pages.step_entries(tab) if e.step.id == "vuxna-socialjour")
    # The routes are rebuilt for the subject; the new lines show on the next event loop turn.
    qtbot.waitUntil(lambda: step_numbers(tab, step) == ["112", "020-50 50 50"])
    click(qtbot, tab.subject_buttons["barn"])
    assert pages.fallback_phones(card_of(tab, "koping-socialjour")) == ["112"]
    # Switched back and forth, then narrowed: the routes rebuilt are drawn whole, alone.
    from drawn import settled_problems

    tab.resize(640, 800)
    assert not settled_problems(qtbot, tab)


def test_on_a_weekday_morning_the_switchboard_is_offered_first(qtbot, make_tab) -> None:
    tab = make_tab(dt.datetime(2026, 12, 8, 10, 0))
    choose_municipality(qtbot, tab, "Köping")
    report = card_of(tab, "koping-orosanmalan-barn")
    assert report.instead_heading.text() == "Ring i stället:"
    assert pages.fallback_phones(report) == ["0221-250 00", "112"]
    assert card_of(tab, "koping-vaxel").now_text() == "Tider okända"


SATURDAY_2330 = dt.datetime(2026, 12, 5, 23, 30)


def test_a_step_s_switchboard_row_says_probably_closed_at_night(make_tab) -> None:
    """Köping, Djur, Saturday 03.00: the step's row said "Köpings kommun, växel (tider
    okända)" while the contact list and the fallback said "troligen stängt nu"."""
    tab = make_tab(dt.datetime(2026, 12, 5, 3, 0))
    tab.set_municipality("Köping")
    tab.set_subject("djur")
    rows = [line.name_label.text() for step in pages.step_entries(tab)
            for line in step.contact_lines
            if line.isVisibleTo(tab) and "Köpings kommun, växel" in line.name_label.text()]
    assert rows, "the test needs a step that names Köping's switchboard"
    assert all("troligen stängt nu" in text for text in rows), rows
    assert not any(text.endswith("(tider okända)") for text in rows), rows


def test_hours_that_are_not_confirmed_are_said_to_be_probable(qtbot, make_tab,
                                                                language: str) -> None:
    # Arboga's switchboard has hours from a page of 2017: at 23.30 on a Saturday it is
    # probably closed, said so, and offered after what applies now, not as the number to ring.
    tab = make_tab(SATURDAY_2330)
    tab.set_municipality("Arboga")
    english = language == "en"
    switchboard = card_of(tab, "arboga-vaxel")
    assert switchboard.now_text() == (
        "Probably closed now (the hours are not confirmed) · probably opens Mon 07:30" if english
        else "Troligen stängt nu (tiderna är inte bekräftade) · öppnar troligen mån 07.30")
    report = card_of(tab, "arboga-orosanmalan-barn")
    assert report.instead_heading.text() == (
        "Arboga kommun, växel: probably closed now. Emergency: 112. Otherwise: report on the "
        "next weekday." if english
        else "Arboga kommun, växel: troligen stängt nu. Akut: 112. Annars: gör anmälan nästa "
        "vardag.")
    assert pages.fallback_phones(report) == ["112", "0589-870 00"]
    step = next(e for e in pages.step_entries(tab) if e.step.id == "barn-orosanmalan")
    [line] = [line for line in step.contact_lines if line.isVisibleTo(tab)]
    # What applies is a sentence of its own above the numbers, not inside the name's brackets.
    assert line.name_label.text().endswith("(details missing)" if english else "(uppgift saknas)")
    assert line.instead_heading.text() == report.instead_heading.text()
    assert line.instead_heading.isVisibleTo(tab)
    assert [r.name_label.text() for r in line.lines][-1] == (
        "→ Arboga kommun, växel (probably closed now – the hours are not confirmed · probably "
        "opens Mon 07:30)" if english else
        "→ Arboga kommun, växel (troligen stängt nu – tiderna är inte bekräftade · öppnar "
        "troligen mån 07.30)")
    assert (switchboard.now_text() in switchboard.accessibleName())


def test_after_the_jour_closes_the_office_line_points_to_112(qtbot, make_tab) -> None:
    tab = make_tab(TUESDAY_02)
    tab.set_municipality("Sala")
    assert card_of(tab, "sala-orosanmalan-barn").now_text() == \
        "Stängt nu – vid akut fara ring 112 · öppnar 09.00"


def test_copy_a_number_with_one_click(qtbot, make_tab, announced: list[str]) -> None:
    tab = make_tab()
    tab.set_municipality("Sala")
    office = card_of(tab, "sala-orosanmalan-barn")
    button = office.copy_rows[0].button
    assert button.accessibleName() == f"Kopiera 0224-74 96 20 ({office.contact.name})"
    click(qtbot, button)
    assert QApplication.clipboard().text() == "0224-74 96 20"
    assert pages.copy_notice_text(tab) == "Kopierat: 0224-74 96 20"
    assert announced[-1] == "Kopierat: 0224-74 96 20"  # a screen reader is told as well
    qtbot.waitUntil(lambda: pages.copy_notice_text(tab) == "", timeout=4500)
    # Keyboard: a focused contact copies its number with Ctrl+C.
    jour = card_of(tab, "sala-socialjour")
    jour.setFocus()
    qtbot.keyClick(jour, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "021-39 20 66"


def test_the_source_is_copied_never_opened(qtbot, make_tab, monkeypatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    tab = make_tab()
    tab.set_municipality("Sala")
    office = card_of(tab, "sala-orosanmalan-barn")
    assert "Kontrollerad 2026-11-26" in office.source_label.text()
    assert office.source_button.accessibleName() == \
        "Kopiera källa för Barn- och ungdomsenhetens mottagning"
    click(qtbot, office.source_button)
    assert QApplication.clipboard().text() == office.contact.source
    assert opened == []


def test_a_contact_older_than_a_year_warns(make_tab) -> None:
    fresh = make_tab(today=dt.date(2026, 12, 1))
    fresh.set_municipality("Sala")
    assert pages.warning_texts(card_of(fresh, "sala-orosanmalan-barn")) == []
    stale = make_tab(today=dt.date(2027, 12, 27))  # thirteen months after 2026-11-26
    stale.set_municipality("Sala")
    assert pages.warning_texts(card_of(stale, "sala-orosanmalan-barn")) == [
        "Uppgiften kontrollerades 2026-11-26; kontrollera innan du ringer"]
    assert "kontrollera innan du ringer" in card_of(stale, "nod-112").accessibleName()


def test_the_footer_dates_the_oldest_and_the_newest_check(make_tab, card: ActionCard) -> None:
    # Saying only the newest date made contacts read a week earlier look as fresh.
    oldest, newest = card.checked_range()
    assert oldest != newest
    footer = make_tab().footer.info_label
    assert footer.isVisible()
    assert footer.text().startswith(f"Uppgifterna kontrollerades mellan {oldest} och {newest}.")


def test_unverified_and_missing_contacts_say_so(qtbot, make_tab) -> None:
    tab = make_tab()
    tab.set_municipality("Sala")
    assert pages.warning_texts(card_of(tab, "sala-vaxel")) == [
        "Ej bekräftad – kontrollera innan du ringer"]
    choose_municipality(qtbot, tab, "Arboga")
    missing = card_of(tab, "arboga-orosanmalan-barn")
    assert pages.phone_text(missing) is None
    assert pages.warning_texts(missing) == ["Uppgift saknas"]
    assert pages.fallback_phones(missing) == ["0589-870 00", "112"]
    click(qtbot, missing.fallback_rows[0].button)
    assert QApplication.clipboard().text() == "0589-870 00"


def test_unverified_signs_are_marked(make_tab) -> None:
    tab = make_tab()
    entry = tab.entry_widget("barn-fysiska-skador-1")
    assert isinstance(entry, SignEntry)
    assert entry.accessibleName().endswith(", ej bekräftad")
    texts = [w.text() for w in entry.findChildren(type(entry.text_label))]
    assert "Ej bekräftad – kontrollera mot källan" in texts


def test_filter_narrows_signs_steps_and_contacts(qtbot, make_tab) -> None:
    tab = make_tab()
    tab.set_municipality("Sala")
    type_text(tab.filter, "blåmärken")
    assert pages.visible_sign_texts(tab) == [
        "Blåmärken vars placering väcker frågor, eller blåmärken av olika ålder."]
    assert [e.step.urgent for e in pages.step_entries(tab)] == [True]  # the urgent step stays
    assert pages.contact_widgets(tab) == []
    assert tab.contacts_empty.isVisibleTo(tab)
    tab.filter.clear()
    type_text(tab.filter, "BLÅMÄRKEN")
    assert len(pages.visible_sign_texts(tab)) == 1
    tab.filter.clear()
    type_text(tab.filter, "xyzzy")
    assert pages.visible_sign_texts(tab) == []
    assert tab.signs_empty.isVisibleTo(tab)
    assert tab.signs_empty.text() == "Inga tecken matchar ”xyzzy”"
    tab.filter.clear()
    assert len(pages.visible_sign_texts(tab)) == 13
    # å, ä and ö are letters of their own: "hår" is not "har".
    tab.set_subject("vuxna")
    type_text(tab.filter, "hår")
    assert pages.visible_sign_texts(tab) == ["Strypmärken, brännskador eller bortslitet hår."]
    # Typed without them, as on a keyboard that lacks them, a word still finds its entries:
    # "orosanmalan" found nothing in any column, where the search finds them.
    tab.filter.clear()
    type_text(tab.filter, "blamarken")
    assert pages.visible_sign_texts(tab) == [
        "Skador på flera ställen på kroppen eller blåmärken i olika stadier av läkning."]
    tab.set_subject("barn")
    tab.filter.clear()
    type_text(tab.filter, "orosanmalan")
    assert "Gör en orosanmälan till socialtjänsten" in pages.visible_step_titles(tab)
    assert "sala-orosanmalan-barn" in [c.contact.id for c in pages.contact_widgets(tab)]
    tab.set_subject("vuxna")
    tab.filter.clear()
    type_text(tab.filter, "0224 74 96 30")
    assert [c.contact.id for c in pages.contact_widgets(tab)] == ["sala-orosanmalan-vuxna"]
    # Several words: all of them, in any order, not side by side.
    tab.filter.clear()
    type_text(tab.filter, "skador strypmärken")
    assert pages.visible_sign_texts(tab) == ["Strypmärken, brännskador eller bortslitet hår."]
    tab.filter.clear()
    type_text(tab.filter, "mottagning  vuxenenhetens")
    assert [c.contact.id for c in pages.contact_widgets(tab)] == ["sala-orosanmalan-vuxna"]
    tab.filter.clear()
    type_text(tab.filter, "strypmärken xyzzy")
    assert pages.visible_sign_texts(tab) == []


def test_a_filter_says_when_its_contacts_are_under_another_subject(qtbot, make_tab) -> None:
    """Västerås, Djur, "socialjour": the steps show Socialjouren with its number, while the
    contacts said "Inga kontakter matchar ”socialjour”". The jour's entries are for children
    and adults; the column now says where they are, and they are there."""
    tab = make_tab(dt.datetime(2026, 12, 6, 20, 27))
    tab.set_municipality("Västerås")
    click(qtbot, tab.subject_buttons["djur"])
    type_text(tab.filter, "socialjour")
    shown_in_steps = [line.contact for step in pages.step_entries(tab)
                      for line in step.contact_lines if line.isVisibleTo(tab)
                      and "socialjour" in line.contact.name.casefold()]
    assert shown_in_steps, "the steps under Djur name a socialjour"
    assert pages.contact_widgets(tab) == []
    assert tab.contacts_empty.isVisibleTo(tab)
    said = tab.contacts_empty.text()
    assert said == ("Inga kontakter under Djur matchar ”socialjour”. Under Barn och Vuxna "
                    "finns kontakter som gör det."), said
    for subject in ("barn", "vuxna"):  # and so it is
        click(qtbot, tab.subject_buttons[subject])
        assert shown_in_steps[0].id in [c.contact.id for c in pages.contact_widgets(tab)]
        assert not tab.contacts_empty.isVisibleTo(tab)
    # Nothing anywhere: the plain sentence.
    click(qtbot, tab.subject_buttons["djur"])
    tab.filter.clear()
    type_text(tab.filter, "xyzzy")
    assert tab.contacts_empty.text() == "Inga kontakter matchar ”xyzzy”"


def test_show_entry_switches_scrolls_and_focuses(qtbot, make_tab, settings: Settings) -> None:
    tab = make_tab(width=900)
    tab.set_municipality("Västerås")
    assert tab.show_entry("sala-socialjour")
    assert tab.current_municipality() == "Sala"
    target = card_of(tab, "sala-socialjour")
    assert target.is_flashing()
    qtbot.waitUntil(target.hasFocus)
    qtbot.waitUntil(lambda: target.visibleRegion().boundingRect().height() > 20)
    # A look from the search is not a choice: the remembered municipality is unchanged.
    assert settings.value("card/municipality") == "Västerås"
    assert tab.show_entry("djur-polisen")
    assert tab.current_subject() == "djur"
    assert tab.show_entry("vuxna-skador-2")
    assert tab.current_subject() == "vuxna"
    assert "Strypmärken, brännskador eller bortslitet hår." in pages.visible_sign_texts(tab)
    assert not tab.show_entry("finns-inte")


def test_show_entry_clears_a_filter_that_hides_the_entry(qtbot, make_tab) -> None:
    tab = make_tab()
    type_text(tab.filter, "blåmärken")
    assert tab.show_entry("barn-beteende-1")
    assert tab.filter.text() == ""
    assert "Håglöshet, ängslan, oro eller nedstämdhet." in pages.visible_sign_texts(tab)


def test_choice_is_remembered_across_tabs(qtbot, make_tab, tmp_path: Path) -> None:
    path = tmp_path / "shared.ini"
    first = make_tab(settings_=Settings(path))
    click(qtbot, first.subject_buttons["vuxna"])
    choose_municipality(qtbot, first, "Köping")
    first.settings.sync()
    first.close()
    second = make_tab(settings_=Settings(path))
    assert second.current_subject() == "vuxna"
    assert second.current_municipality() == "Köping"
    assert second.subject_buttons["vuxna"].isChecked()
    assert second.municipality_combo.currentText() == "Köping"
    choose_municipality(qtbot, second, "Hela länet")
    second.settings.sync()
    assert make_tab(settings_=Settings(path)).current_municipality() is None


def test_settings_are_written_on_a_choice_only(make_tab, settings: Settings,
                                               monkeypatch) -> None:
    tab = make_tab()
    writes: list[tuple[str, object]] = []
    monkeypatch.setattr(settings, "set_value", lambda k, v: writes.append((k.key, v)))
    tab.refresh_now()
    tab.repaint()
    tab.show_entry("sala-vaxel")
    assert writes == []
    tab.set_subject("djur")
    assert writes == [("card/subject", "djur")]


def test_municipalities_are_sorted_the_swedish_way(make_tab) -> None:
    combo = make_tab().municipality_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "Hela länet"
    assert names[1:] == ["Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg",
                         "Sala", "Skinnskatteberg", "Surahammar", "Västerås"]


def focus_chain(tab: ActionCardTab) -> list[QWidget]:
    first = tab.subject_buttons["barn"]
    chain, widget = [first], first.nextInFocusChain()
    while widget is not first and len(chain) < 2000:
        if (tab.isAncestorOf(widget) and widget.isVisibleTo(tab)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("width", [1280, 1000, 640])
def test_tab_order_and_accessible_names(make_tab, width: int) -> None:
    tab = make_tab(width=width)
    tab.set_municipality("Sala")
    chain = focus_chain(tab)
    assert chain[:5] == [*tab.subject_buttons.values(), tab.municipality_combo, tab.filter]
    # As the sections are read: three columns signs, steps, contacts; stacked, the steps first
    kinds = [SignEntry, StepEntry, ContactCard] if tab._columns == 3 else \
        [StepEntry, SignEntry, ContactCard]
    first = [next(i for i, w in enumerate(chain) if isinstance(w, k)) for k in kinds]
    last = [max(i for i, w in enumerate(chain) if isinstance(w, k)) for k in kinds]
    assert 4 < first[0] <= last[0] < first[1] <= last[1] < first[2]
    tops = [tab.mapFromGlobal(w.mapToGlobal(w.rect().topLeft())) for w in (chain[first[0]],
                                                                           chain[first[1]])]
    assert tops[0].x() < tops[1].x() or tops[0].y() < tops[1].y()  # Tab follows the eye
    assert chain[-3:] == [tab.print_button, tab.pocket_button, tab.export_button]
    unnamed = [w for w in chain if not w.accessibleName()]
    assert unnamed == []


def tab_walk(qtbot, tab: ActionCardTab) -> list[QWidget]:
    """Press Tab from the chosen subject until the keyboard is back on it; the stops passed."""
    tab.activateWindow()
    qtbot.waitActive(tab)
    start = tab.subject_buttons[tab.current_subject()]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    passed: list[QWidget] = []
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return passed
        assert widget is not None and widget not in passed, f"Tab went round to {widget}"
        passed.append(widget)
    raise AssertionError("Tab never came back to the subject")


def out_of_reading_order(tab: ActionCardTab, stops: list[QWidget]) -> list[str]:
    """Tab stops in the columns that Tab reaches out of the order the eye reads them: down
    each column from the top, the columns from the left."""
    columns = sorted((s for s in tab.findChildren(QScrollArea) if s.isVisible()),
                     key=lambda s: s.x())

    def place(widget: QWidget) -> tuple[int, int, int]:
        column = next(i for i, s in enumerate(columns) if s.widget().isAncestorOf(widget))
        at = widget.mapTo(columns[column].widget(), widget.rect().topLeft())
        return column, at.y(), at.x()

    inside = [w for w in stops if any(s.widget().isAncestorOf(w) for s in columns)]
    return [f"{w.accessibleName()!r} after {v.accessibleName()!r}"
            for v, w in pairwise(inside) if place(w) < place(v)]


@pytest.mark.parametrize("searched", [None, "https://www.koping.se/omsorg-och-hjalp"],
                         ids=["no-source", "searched-source"])
def test_tab_reaches_the_numbers_to_ring_instead_where_they_are_shown(
        qtbot, card: ActionCard, settings: Settings, searched: str | None) -> None:
    """Köping has no number for a report about a child: the card and the step show whom to
    ring instead. Their Kopiera buttons were reached last, after Exportera PDF…, and the focus
    then jumped back up the card; and they are rebuilt when the time changes what applies.
    With the page searched named, they come before its Kopiera källa, as on screen."""
    contacts = tuple(dataclasses.replace(c, source=searched)
                     if c.id == "koping-orosanmalan-barn" else c for c in card.contacts)
    now = [dt.datetime(2026, 12, 8, 10, 0)]  # the switchboard first
    tab = ActionCardTab(dataclasses.replace(card, contacts=contacts), settings,
                        clock=lambda: now[0])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_municipality("Köping")
    report = card_of(tab, "koping-orosanmalan-barn")
    for moment, phones in ((now[0], ["0221-250 00", "112"]),
                           (TUESDAY_23, ["112", "0221-250 00"])):
        now[0] = moment
        tab.refresh_now()  # what the half-minute timer does
        assert pages.fallback_phones(report) == phones
        # New rows are shown on the next turn of the event loop: wait until they are seen.
        qtbot.waitUntil(lambda: all(row.isVisible() for row in report.fallback_rows))
        stops = tab_walk(qtbot, tab)
        assert stops[-3:] == [tab.print_button, tab.pocket_button, tab.export_button]
        assert out_of_reading_order(tab, stops) == []
        # Right after the card, before the next card: its routes' buttons, in their order.
        after = stops[stops.index(report) + 1:]
        buttons = [row.button for row in report.fallback_rows]
        assert after[:len(buttons)] == buttons, [w.accessibleName() for w in after[:4]]
        # The card says what to ring instead, as the screen does.
        name = report.accessibleName()
        assert report.instead_heading.text() in name
        assert all(phone in name for phone in phones), name


def _luminance(rgb: int) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: int, b: int) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def focus_ring_gaps(focused: QImage, unfocused: QImage, depth: int = 5) -> list[str]:
    """Where the focused button shows no ring: along each side, away from the corners, fewer
    than two pixels within ``depth`` px of the edge that changed with at least 3:1 contrast
    (WCAG 2.4.13: a 2 px ring, 3:1 between the focused and the unfocused pixels)."""
    w, h = focused.width(), focused.height()
    corner = depth + 3

    def ring_at(points: list[tuple[int, int]]) -> bool:
        changed = [p for p in points if _contrast(focused.pixel(*p), unfocused.pixel(*p)) >= 3]
        return len(changed) >= 2

    gaps = []
    for x in range(corner, w - corner):
        for side, ys in (("top", range(depth)), ("bottom", range(h - depth, h))):
            if not ring_at([(x, y) for y in ys]):
                gaps.append(f"{side} at x={x}")
    for y in range(corner, h - corner):
        for side, xs in (("left", range(depth)), ("right", range(w - depth, w))):
            if not ring_at([(x, y) for x in xs]):
                gaps.append(f"{side} at y={y}")
    return gaps


def test_the_chosen_subject_shows_where_the_keyboard_is(qtbot, make_tab) -> None:
    """The chosen subject's button is tinted with the highlight colour; Fusion's focus, a 1 px
    line in a shade of the same colour, was lost on it: with the keyboard on Barn, nothing a
    person could see said so."""
    tab = make_tab()
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.filter.setFocus()
    qtbot.waitUntil(tab.filter.hasFocus)
    for subject, key in (("djur", Qt.Key.Key_D), ("barn", Qt.Key.Key_B)):
        chosen = tab.subject_buttons[subject]
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: tab.current_subject() == subject  # noqa: B023
                        and chosen.hasFocus())  # noqa: B023
        focused = chosen.grab().toImage()
        qtbot.keyClick(chosen, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: not chosen.hasFocus())  # noqa: B023
        unfocused = chosen.grab().toImage()
        gaps = focus_ring_gaps(focused, unfocused)
        assert not gaps, f"{subject}: no ring {gaps[:3]} … ({len(gaps)} places)"


def test_mnemonics_choose_the_subject(qtbot, make_tab) -> None:
    tab = make_tab()
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.filter.setFocus()
    qtbot.waitUntil(tab.filter.hasFocus)
    # A mnemonic "animates" the click, so the choice lands a moment later.
    qtbot.keyClick(tab.filter, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.current_subject() == "vuxna")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.current_subject() == "djur")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert tab.municipality_combo.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert tab.filter.hasFocus()


@pytest.mark.parametrize(("width", "columns"), [(1280, 3), (900, 2), (560, 1)])
def test_columns_follow_the_width_and_nothing_is_cut(make_tab, width: int,
                                                     columns: int) -> None:
    tab = make_tab(width=width)
    tab.set_municipality("Västerås")
    shown = [s for s in tab.findChildren(QScrollArea) if s.isVisibleTo(tab)]
    assert len(shown) == columns
    for scroll in shown:
        assert not scroll.horizontalScrollBar().isVisible()


def test_export_both_formats_as_selectable_text(make_tab, tmp_path: Path) -> None:
    tab = make_tab()
    tab.set_municipality("Sala")
    a4 = tab.export_pdf(tmp_path / "kort.pdf")
    pocket = tab.export_pdf(tmp_path / "fickkort.pdf", pocket=True)
    assert a4 == tmp_path / "kort.pdf" and pocket == tmp_path / "fickkort.pdf"
    for path in (a4, pocket):
        count, text = pdf_text(path)
        assert count >= 1
        for number in ("0224-74 96 20", "021-39 20 66", "112", "114 14"):
            assert number in text, (path.name, number)
    _pages, text = pdf_text(a4)
    assert "inte ett officiellt dokument från Länsstyrelsen" in text
    assert "Blåmärken vars placering väcker frågor" in text
    _pages, text = pdf_text(pocket)
    assert "116 111" in text  # Bris on the pocket card for children
    assert pages.copy_notice_text(tab).startswith("Sparade fickkort.pdf")
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", str(a4), "-"], capture_output=True, text=True,
                              check=True)
        assert "0224-74 96 20" in done.stdout


@pytest.mark.parametrize(("subject", "line", "not_for_subject"), [
    ("barn", "116 111", "020-50 50 50"),  # Bris, never Kvinnofridslinjen (vuxna, djur)
    ("vuxna", "020-50 50 50", "116 111"),
    ("djur", "020-50 50 50", "116 111"),
])
def test_the_pocket_card_gives_the_support_line_the_screen_gives(
        make_tab, tmp_path: Path, subject: str, line: str, not_for_subject: str) -> None:
    """The pocket card for Barn listed Kvinnofridslinjen, a line for adults, and not Bris,
    which the card on screen shows for children."""
    tab = make_tab()
    tab.set_municipality("Köping")
    tab.set_subject(subject)
    shown = {pages.phone_text(c) for c in pages.contact_widgets(tab)}
    assert line in shown and not_for_subject not in shown
    _pages, text = pdf_text(tab.export_pdf(tmp_path / "fickkort.pdf", pocket=True))
    assert line in text and not_for_subject not in text


def test_the_pocket_card_claims_no_office_hours_and_names_vasteras_stad(
        make_tab, tmp_path: Path) -> None:
    """The pocket card called Sala's reception hours "kontorstid" (it is closed on Wednesday
    mornings) and named "Västerås kommun", which calls itself Västerås stad."""
    tab = make_tab()
    tab.set_municipality("Sala")
    _pages, text = pdf_text(tab.export_pdf(tmp_path / "sala.pdf", pocket=True))
    flat = " ".join(text.split())
    assert "Orosanmälan barn kontorstid" not in flat
    assert "Orosanmälan barn 0224-74 96 20 vardagar, vissa tider" in flat
    tab.set_municipality("Västerås")
    for pocket in (True, False):
        _pages, text = pdf_text(tab.export_pdf(tmp_path / f"vasteras{pocket}.pdf",
                                               pocket=pocket))
        flat = " ".join(text.split())
        assert "Västerås stad" in flat and "Västerås kommun" not in flat, pocket


def test_the_pocket_card_gives_each_office_line_its_hours_and_its_note(
        make_tab, tmp_path: Path) -> None:
    """The RING panel put a note in place of the hours: Västerås's line for adults ("ej
    bekräftad") and the djurskydd line (open 09–11 only) gave no hint that they answer on
    weekdays only. Sala's line for adults, whose source gives no hours, was said to answer
    "vardagar, vissa tider". Printed over a year after checking, every number but the
    jour's said when it was checked."""
    tab = make_tab(today=dt.date(2028, 1, 10))
    expected = {
        ("Västerås", "vuxna"): ("Orosanmälan vuxna 021-39 00 00 vardagar 08.00–16.30; ej "
                                "bekräftad, kontrollerad 2026-11-26"),
        ("Västerås", "djur"): ("Länsstyrelsen djurskydd 010-224 96 00 vardagar 09.00–11.00; ej "
                               "bekräftad, kontrollerad 2026-11-26"),
        ("Sala", "vuxna"): "Orosanmälan vuxna 0224-74 96 30 tider okända; kontrollerad 2026-11-26",
    }
    for (municipality, subject), row in expected.items():
        tab.set_municipality(municipality)
        tab.set_subject(subject)
        _pages, text = pdf_text(tab.export_pdf(tmp_path / "fickkort.pdf", pocket=True))
        flat = " ".join(text.split())
        assert flat.count(row) == 2, (municipality, subject)  # one card to keep, one to give
        assert "0224-74 96 30 vardagar" not in flat
        if subject == "vuxna":  # the jour, checked on 2026-11-26 as the others
            assert flat.count("utanför jourtiden: ring 112; kontrollerad 2026-11-26") == 2


def test_the_printed_card_says_what_the_screen_says_about_each_number(make_tab,
                                                                     tmp_path: Path) -> None:
    """Västerås's number for reports about children is the city's switchboard; its note
    says that an older page gave another choice than the 9 beside the number. Sala's women's
    shelter has a second number in its note."""
    tab = make_tab()
    for municipality, subject, note in (("Västerås", "barn", "angav knappval 4"),
                                        ("Sala", "vuxna", "072-568 19 93")):
        tab.set_municipality(municipality)
        tab.set_subject(subject)
        path = tab.export_pdf(tmp_path / f"{municipality}.pdf")
        assert note in " ".join(" ".join(page_texts(path)).split()), municipality


@pytest.mark.parametrize(("municipality", "printer"), [("Sala", False), (None, False),
                                                      ("Sala", True)])
def test_the_a4_card_ends_with_each_contact_s_source_and_date(
        card: ActionCard, tmp_path: Path, municipality: str | None, printer: bool) -> None:
    """The printout named no source for any contact: a colleague handed the paper, reading
    "Ej bekräftad – kontrollera innan du ringer", had nothing to check it against. It ends
    with the sources as the window gives them: the date checked and each address (on a
    printer, the text after the table was laid out once only and not printed)."""
    path = tmp_path / "kort.pdf"
    if printer:
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        device.setOutputFileName(str(path))
        print_card(card, device, subject="barn", municipality=municipality)
    else:
        export_card_pdf(card, path, subject="barn", municipality=municipality)
    # Without the footers; PDFium reads a hyphen that ends a line as U+FFFE.
    bodies = [t.split("Källa:")[0].replace("\ufffe", "-") for t in page_texts(path)]
    table, heading, sources = " ".join(bodies).partition("Källor för kontaktuppgifterna")
    assert heading and "Nationella nummer och stödlinjer" in table  # after the whole table
    sources = squeezed(sources)
    printed = ordered_contacts(card, municipality, "barn")
    for c in printed:
        said = "sökt" if c.status == "missing" else "kontrollerad"
        name = f"{c.name} ({c.municipality})" if c.municipality else c.name
        assert squeezed(f"{name}: {said} {c.verified}") in sources, c.id
        for address in (c.source or "").split(" ; "):
            assert squeezed(address) in sources, (c.id, address)
    assert sources.count("http") >= len([c for c in printed if c.source])


DIALLED = re.compile(r"021-39 00 00,\s*knappval 9")  # Västerås, orosanmälan barn


def drawn_boxes(doc: QPdfDocument, text: str, page: int = 0) -> list[QRectF]:
    """Where each match of ``text`` is drawn on ``page``, in points (PDFium gives a box per
    letter; a match's box is theirs together)."""
    finder = QPdfSearchModel()
    finder.setDocument(doc)
    finder.setSearchString(text)
    boxes = []
    for match in finder.resultsOnPage(page):
        box = QRectF()
        for letter in match.rectangles():
            box = box.united(letter)
        boxes.append(box)
    del finder  # deleting the model also stops its background search timer
    return boxes


def test_the_dial_note_is_shown_and_said_with_the_number(qtbot, make_tab) -> None:
    """Västerås's line for children is the city's switchboard, where the caller chooses 9:
    the choice stands under the big number, bold, and a screen reader hears it with the
    number. Before, only the long note below the hours said it."""
    tab = make_tab()
    choose_municipality(qtbot, tab, "Västerås")
    click(qtbot, tab.subject_buttons["barn"])
    child = card_of(tab, "vasteras-orosanmalan-barn")
    row = child.copy_rows[0]
    assert row.value == "021-39 00 00"
    assert row.dial_label is not None and row.dial_label.isVisible()
    assert row.dial_label.text() == "knappval 9" and row.dial_label.font().bold()
    assert row.value_label.accessibleName() == "Telefon 021-39 00 00, knappval 9"
    assert row.value_label.accessibleDescription() == "knappval 9"
    assert "Mottagning barn och ungdom. 021-39 00 00, knappval 9. Öppet nu" in \
        child.accessibleName()
    # The step that says to report names the same choice with its number.
    report = next(e for e in pages.step_entries(tab) if e.step.id == "barn-orosanmalan")
    [line] = [x for x in report.contact_lines if x.isVisibleTo(tab)]
    assert line.copy_row.dial_label.isVisible()
    assert line.copy_row.value_label.accessibleName() == \
        "Mottagning barn och ungdom 021-39 00 00, knappval 9"
    # The same number as the city's switchboard: no choice to make there.
    switchboard = card_of(tab, "vasteras-vaxel").copy_rows[0]
    assert switchboard.value == "021-39 00 00" and switchboard.dial_label is None
    assert switchboard.value_label.accessibleName() == "Telefon 021-39 00 00"
    # Copying gives the number to dial, without the words.
    click(qtbot, row.button)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "021-39 00 00")


def test_the_printed_cards_give_the_dial_note_beside_the_number(make_tab, tmp_path: Path) -> None:
    """The pocket card printed "Orosanmälan barn · kontorstid · 021-39 00 00" and no choice;
    both cards now say "021-39 00 00, knappval 9", and the pocket card's row still fits its
    panel: the choice is drawn on the number's line, inside the panel's right margin."""
    tab = make_tab()
    tab.set_municipality("Västerås")
    tab.set_subject("barn")
    a4 = tab.export_pdf(tmp_path / "kort.pdf")
    pocket = tab.export_pdf(tmp_path / "fickkort.pdf", pocket=True)
    for path in (a4, pocket):
        _pages, text = pdf_text(path)
        assert DIALLED.search(text), path.name
    # The pocket card's "RING" panel is the top right quarter of each half sheet, its text
    # 6 mm inside the panel's edges.
    doc = QPdfDocument()
    assert doc.load(str(pocket)) == QPdfDocument.Error.None_
    page = doc.pagePointSize(0)
    pad = 6 / 25.4 * 72
    try:
        numbers = [r for r in drawn_boxes(doc, "021-39 00 00") if r.left() > page.width() / 2]
        choices = drawn_boxes(doc, "knappval 9")
        labels = drawn_boxes(doc, "Orosanmälan barn")
    finally:
        doc.close()
    assert len(choices) == 2 and len(numbers) == 2  # one card to keep, one to give away
    for number, choice, label in zip(*(sorted(boxes, key=lambda r: r.top())
                                       for boxes in (numbers, choices, labels)), strict=True):
        assert abs(number.center().y() - choice.center().y()) < number.height() / 2
        assert label.right() < number.left()  # the row's name is not overwritten
        assert number.right() < choice.left()
        assert choice.right() <= page.width() - pad + 0.5
        assert number.left() >= page.width() / 2 + pad - 0.5


def dark_share_of_row(path: Path, page: int, y_share: float) -> float:
    """The share of dark pixels along the row ``y_share`` down a page: ~1 for a line across."""
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    size = doc.pagePointSize(page)
    drawn = doc.render(page, QSize(round(size.width()), round(size.height())))
    doc.close()
    image = QImage(drawn.size(), QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)  # the page is drawn on transparency
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    y = round(y_share * image.height())
    return max(sum(image.pixelColor(x, row).lightness() < 200 for x in range(image.width()))
               for row in (y - 1, y, y + 1)) / image.width()


def test_the_pocket_sheet_says_where_to_cut_and_how_to_fold(card: ActionCard,
                                                           tmp_path: Path) -> None:
    """The all-subjects pocket card's second page (Djur alone) said "Klipp längs den
    streckade linjen" with no dashed line; on A5 the label ran across the vertical fold line;
    nothing said in which order to fold (folded the other way, RING ends up inside)."""
    path = tmp_path / "alla.pdf"
    assert export_card_pdf(card, path, subject=None, municipality="Sala", format="pocket") == 2
    for page, text in enumerate(page_texts(path)):
        flat = " ".join(text.split())
        assert "✂ Klipp längs den streckade linjen." in flat
        assert "Vik först vågrätt, sedan lodrätt: RING på baksidan." in flat
        assert dark_share_of_row(path, page, 0.5) > 0.4, page  # the cut line is drawn
    a5 = tmp_path / "a5.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setOutputFileName(str(a5))
    assert print_card(card, printer, subject="barn", municipality="Sala", format="pocket") == 1
    doc = QPdfDocument()
    assert doc.load(str(a5)) == QPdfDocument.Error.None_
    try:
        fold = doc.pagePointSize(0).width() / 2
        labels = [*drawn_boxes(doc, "Klipp längs"), *drawn_boxes(doc, "RING på baksidan")]
    finally:
        doc.close()
    assert len(labels) == 2
    for box in labels:  # each on one side of the vertical fold line
        assert box.right() < fold or box.left() > fold, box


@pytest.mark.parametrize("municipality", ["Sala", "Norberg", None])
def test_the_printed_card_starts_with_the_card_and_splits_no_number(
        make_tab, card: ActionCard, tmp_path: Path, municipality: str | None) -> None:
    tab = make_tab()
    tab.set_municipality(municipality)
    for pocket in (False, True):
        path = tab.export_pdf(tmp_path / f"kort-{pocket}.pdf", pocket=pocket)
        doc = QPdfDocument()
        assert doc.load(str(path)) == QPdfDocument.Error.None_
        texts = [doc.getAllText(i).text() for i in range(doc.pageCount())]
        doc.close()
        first = texts[0]
        assert "ÅTGÄRDSKORT" in first.upper() and "Akut fara: ring 112" in first
        assert "Källor" not in first
        text = "\n".join(texts)
        # Every number, "kontrollerad" and its date are whole on one line.
        shown = [c for c in card.contacts if c.phone and c.phone in text.replace("\n", " ")]
        assert shown
        for c in shown:
            assert c.phone in text, f"{c.phone} is split across lines"
        # So is every number in the card's own words (a step's "socialjouren på 021-39 20
        # 66" broke after "021-39" while the same number was whole in its "Ring:" line).
        for number in free_text_numbers(card):
            assert text.count(number) == squeezed(text).count(squeezed(number)), \
                f"{number} is split across lines"
        assert not re.search(r"kontroll\s+erad|kontrollerad\s*\n\s*20\d\d", text)
        # Step titles as written: no "?." and no "AKUT: Akut fara".
        assert "?." not in text and not re.search(r"AKUT\W+Akut", text, re.IGNORECASE)
        if municipality == "Norberg" and not pocket:
            # No number at all: 112 is offered for emergencies, not as the report's number.
            flat = " ".join(text.split())
            assert "Vid akut fara: 112." in flat and "i stället: 112" not in flat
            assert not re.search(r"i stället:[^.]*112 – nödnummer", flat)


def free_text_numbers(card: ActionCard) -> set[str]:
    """The phone numbers written in the card's signs, steps and notes."""
    texts = [*(c.note for c in card.contacts),
             *(step.text for s in card.subjects for step in s.steps),
             *(sign.text for s in card.subjects for g in s.sign_groups for sign in g.signs)]
    numbers = {n for t in texts for n in PHONE_NUMBER.findall(t)}
    assert "021-39 20 66" in numbers  # the jour's, in a step
    return numbers


def page_texts(path: Path) -> list[str]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    texts = [doc.getAllText(i).text() for i in range(doc.pageCount())]
    doc.close()
    return texts


def squeezed(text: str) -> str:
    """Text without its white space: a cell's line breaks do not count."""
    return "".join(text.split())


@pytest.mark.parametrize("municipality", ["Västerås", "Sala", None])
def test_no_printed_contact_row_is_cut_by_a_page_end(card: ActionCard, tmp_path: Path,
                                                    municipality: str | None) -> None:
    """A contact's opening hours began on one page and ended on the next; every page after
    the first carries the table's header and the group it continues, and none is blank."""
    path = tmp_path / "kort.pdf"
    pages_ = export_card_pdf(card, path, subject=None, municipality=municipality)
    texts = page_texts(path)
    assert len(texts) == pages_
    bodies = [squeezed(t.split("Källa:")[0]) for t in texts]  # without the footer
    assert all(bodies), "a blank page"
    assert not [b for b in bodies if b.endswith(squeezed(f"Kontakter – {municipality}")
                                                if municipality else "Kontakter–helalänet")]
    printed = ordered_contacts(card, municipality, None)
    long_hours = Counter(squeezed(c.hours_text) for c in printed if len(c.hours_text) > 40)
    assert long_hours
    for hours, rows in long_hours.items():  # each row's hours whole on one page
        assert sum(body.count(hours) for body in bodies) == rows, f"cut by a page end: {hours}"
    text = "\n".join(texts)
    for c in printed:  # an address breaks after its "@" (or a hyphen), never inside a word
        if c.email:
            local, _at, domain = c.email.partition("@")
            whole = re.escape(local) + "@" + r"\s*" + r"-\s*".join(
                re.escape(part) for part in domain.split("-"))
            assert re.search(whole, text), f"{c.email} is cut"
    table_pages = [b for b in bodies if "VadVemNummerTiderStatus" in b]
    assert len(table_pages) >= 2  # the table goes on over pages, with its header on each
    groups = [squeezed(g) for g in (*MUNICIPALITIES, *SCOPE_HEADINGS_SV.values())]
    for body in table_pages[1:]:  # the pages the table goes on to
        assert body.startswith("VadVemNummerTiderStatus"), body[:60]
        after_header = body.removeprefix("VadVemNummerTiderStatus")
        assert any(after_header.startswith(g) for g in groups), after_header[:60]


def test_a_table_that_goes_on_over_a_page_is_closed_at_each_page_s_foot(
        card: ActionCard, tmp_path: Path) -> None:
    """Where Qt went on with the contacts table on the next page by itself, the last row on
    the page had no bottom border (hela länet, Barn: Fagersta's växel on page 2). Drawn:
    each page's table ends with a line across it."""
    path = tmp_path / "kort.pdf"
    export_card_pdf(card, path, subject="barn", municipality=None)
    assert open_table_bottoms(str(path), 16, 16) == []


@pytest.mark.parametrize(("municipality", "subject", "source_label"), [
    ("Norberg", "barn", None),
    ("Västerås", "vuxna", "innehållspaketet se.kvinnofrid-vastmanland.standard 2026-11-26"),
    ("Skinnskatteberg", "djur", "innehållspaketet " + " ".join(["Kvinnofrid standardpaket"] * 8)),
    (None, None, None),
])
def test_the_whole_footer_is_printed_inside_the_margins_of_every_page(
        card: ActionCard, tmp_path: Path, municipality: str | None, subject: str | None,
        source_label: str | None) -> None:
    """The footer's third line ("… Sida 1 av 3.") was cut off at the foot of every page. The
    cut-off text is still in the PDF (a clip hides it), so its text alone shows nothing: each
    page's footer must be whole and above the bottom margin, where the clip was and where a
    printer may not print."""
    path = tmp_path / "kort.pdf"
    count = export_card_pdf(card, path, subject=subject, municipality=municipality,
                            source_label=source_label)
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    try:
        for page in range(count):
            text = doc.getAllText(page).text()
            start = text.index("Källa:")
            footer = " ".join(text[start:].split())
            assert footer.startswith(f"Källa: {source_label or 'programmets'}")
            assert footer.endswith(f"Länsstyrelsen Västmanland. Sida {page + 1} av {count}.")
            drawn = doc.getSelectionAtIndex(page, start, len(text) - start).boundingRectangle()
            bottom_margin = 12 / 25.4 * 72  # points, as export_card_pdf sets it
            # The text's boxes come back in whole points, rounded outwards.
            limit = math.ceil(doc.pagePointSize(page).height() - bottom_margin)
            assert drawn.bottom() <= limit, (page, footer)
    finally:
        doc.close()


def test_export_asks_for_a_file_and_adds_the_suffix(make_tab, tmp_path: Path,
                                                     monkeypatch, settings: Settings) -> None:
    tab = make_tab()
    tab.set_subject("djur")
    tab.set_municipality("Köping")
    asked: list[str] = []

    def fake_dialog(_parent, _title, start, _filter):
        asked.append(start)
        return str(tmp_path / "djurkort"), "PDF-filer (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    saved = tab.export_pdf(pocket=True)
    assert saved == tmp_path / "djurkort.pdf"
    assert asked[0].endswith("fickkort-djur-koping.pdf")
    _pages, text = pdf_text(saved)
    assert "010-224 96 00" in text and "0221-250 00" in text
    assert settings.export_folder() == tmp_path  # the next dialog, of any kind, starts here


def test_print_goes_to_the_printer_as_text(make_tab, tmp_path: Path) -> None:
    tab = make_tab()
    tab.set_municipality("Sala")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    assert tab.print_card(printer=printer) >= 1
    count, text = pdf_text(tmp_path / "utskrift.pdf")
    assert count >= 1 and "0224-74 96 20" in text


@pytest.mark.parametrize("scheme", ["dark", "high_contrast"])
def test_the_card_is_printed_black_on_white_whatever_the_screen_s_colours(
        make_tab, tmp_path: Path, screen_scheme, scheme: str) -> None:
    """With a dark or high-contrast scheme on the workstation the printed and exported card
    took the screen's text colour: light grey or white on white paper, a card with no numbers
    on it. The A4 card, the pocket card and a print have the ink they have with a light
    scheme."""
    printed: dict[str, list[list[int]]] = {}
    for name in ("light", scheme):
        screen_scheme(name)
        tab = make_tab()
        tab.set_municipality("Sala")
        a4 = tab.export_pdf(tmp_path / f"{name}-kort.pdf")
        pocket = tab.export_pdf(tmp_path / f"{name}-fickkort.pdf", pocket=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{name}-utskrift.pdf"))
        assert tab.print_card(printer=printer) >= 1
        printed[name] = [printed_ink(str(path)) for path in
                         (a4, pocket, tmp_path / f"{name}-utskrift.pdf")]
    for kind, light, other in zip(("A4", "pocket", "print"), printed["light"], printed[scheme],
                                  strict=True):
        assert sum(light) > 3000, kind  # the light scheme's card: text, not a blank page
        assert other == pytest.approx(light, rel=0.01), kind


def test_the_a4_card_on_smaller_paper_is_scaled_and_breaks_no_number_or_date(
        make_tab, card: ActionCard, tmp_path: Path) -> None:
    """On A5 (the layout followed the paper chosen in the print dialog) the table's columns
    were too narrow: "021-39 2" / "0 66", "kontrollerad 2026" / "-11-26". The card is laid
    out on A4's line and drawn smaller, inside the paper's margins."""
    tab = make_tab()
    tab.set_municipality("Västerås")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    path = tmp_path / "a5.pdf"
    printer.setOutputFileName(str(path))
    assert tab.print_card(printer=printer) >= 1
    texts = page_texts(path)
    text = "\n".join(texts)
    shown = [c for c in ordered_contacts(card, "Västerås", None) if c.phone]
    whole = {*(c.phone for c in shown), *(c.verified for c in shown), *free_text_numbers(card)}
    for item in whole:
        assert text.count(item) == squeezed(text).count(squeezed(item)), f"{item} is split"
    assert "Västerås stad" in text and text.count("Källa:") == len(texts)
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    try:
        size = doc.pagePointSize(0)
        assert round(size.width() / 72 * 25.4) == 148  # the paper chosen, not A4
        margin = 16 / 25.4 * 72  # points, as print_card sets it
        for page in range(doc.pageCount()):
            drawn = doc.getSelectionAtIndex(page, 0, len(texts[page])).boundingRectangle()
            assert drawn.left() >= margin - 1 and drawn.right() <= size.width() - margin + 1
    finally:
        doc.close()


def warnings_while(qtbot, action: Callable[[], object]) -> list[str]:
    """Run ``action``; the text of each warning box it shows, each box closed."""
    seen: list[str] = []

    def close() -> None:
        boxes = [b for b in QApplication.topLevelWidgets()
                 if isinstance(b, QMessageBox) and b.isVisible()]
        for box in boxes:
            seen.append(box.text())
            box.accept()
        if not boxes:
            QTimer.singleShot(10, close)

    QTimer.singleShot(0, close)
    action()
    return seen


def test_a_print_or_an_export_that_cannot_be_written_says_why(make_tab, qtbot,
                                                               tmp_path: Path) -> None:
    """A print to a file in a folder that is gone said nothing at all, and an export failure
    ended with the system's English words ("No such file or directory")."""
    tab = make_tab()
    tab.set_municipality("Sala")
    gone = tmp_path / "borttagen" / "kort.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(gone))
    pages: list[int] = []
    said = warnings_while(qtbot, lambda: pages.append(tab.print_card(printer=printer)))
    assert pages == [0] and not gone.exists()
    assert said == [f"Kortet kunde inte sparas som {gone}. Mappen finns inte. Välj en annan "
                    "plats."]
    said = warnings_while(qtbot, lambda: pages.append(tab.export_pdf(gone)))
    assert pages[-1] is None
    # A whole sentence in the window's language: it said "… kort.pdf. mappen … finns inte",
    # and the English window gave that Swedish fragment after its English sentence.
    assert said == [f"PDF-filen kunde inte sparas i {gone}. Mappen eller filen finns inte."]
    with interface_language("en"):
        said = warnings_while(qtbot, lambda: pages.append(tab.export_pdf(gone)))
    assert said == [f"The PDF file could not be saved in {gone}. The folder or file does not "
                    "exist."]


def print_to_file_with_the_dialog(qtbot, press: Callable[[], object],
                                  typed: Path | None = None) -> dict[str, str]:
    """``press`` print, pick "print to file (PDF)" in Qt's own print dialog, type ``typed``
    unless None, and press Print. What the dialog offered is returned."""
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QPrintDialog) and w.isVisible()), None)
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, answer)
            return
        try:
            printers = dialog.findChild(QComboBox, "printers")
            printers.setCurrentIndex(printers.count() - 1)  # print to file: the last entry
            name = dialog.findChild(QLineEdit, "filename")
            seen.update(offered=name.text(), printer=dialog.printer().outputFileName())
            if typed is not None:
                name.setText(str(typed))
            # A refused name ("är en katalog") opens a message box: close it, so the test
            # fails instead of waiting for an answer.
            QTimer.singleShot(0, lambda: [box.reject() for box in
                                          QApplication.topLevelWidgets()
                                          if isinstance(box, QMessageBox) and box.isVisible()])
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, answer)
    press()
    qtbot.waitUntil(lambda: "offered" in seen)
    return seen


def test_print_to_a_pdf_file_offers_the_card_s_file_in_the_export_folder(
        qtbot, make_tab, settings: Settings, tmp_path: Path) -> None:
    """Qt's print dialog offered only a folder for "print to file (PDF)", and Print answered
    "är en katalog". It offers the name an export gets, in the export folder, and Print writes
    the card there; a file put elsewhere makes that the export folder."""
    folder = tmp_path / "utskrifter"
    folder.mkdir()
    settings.set_export_folder(folder)
    tab = make_tab()
    tab.set_subject("barn")
    tab.set_municipality("Köping")
    seen = print_to_file_with_the_dialog(
        qtbot, lambda: qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton))
    target = folder / "atgardskort-barn-koping.pdf"
    assert seen == {"offered": str(target), "printer": str(target)}
    qtbot.waitUntil(target.exists)
    _pages, text = pdf_text(target)
    assert "Åtgärdskort – Barn" in text and "0221-250 00" in text
    assert pages.copy_notice_text(tab) == "Sparade atgardskort-barn-koping.pdf"

    elsewhere = tmp_path / "annan"
    elsewhere.mkdir()
    pocket = next(a for a in tab.pocket_button.menu().actions()
                  if a.text() == "Skriv ut fickkort…")
    seen = print_to_file_with_the_dialog(qtbot, pocket.trigger, elsewhere / "fickkort")
    assert seen["offered"] == str(folder / "fickkort-barn-koping.pdf")
    qtbot.waitUntil((elsewhere / "fickkort.pdf").exists)  # ".pdf" added, as an export does
    assert "116 111" in pdf_text(elsewhere / "fickkort.pdf")[1]
    assert settings.export_folder() == elsewhere


def test_with_export_forbidden_the_print_dialog_writes_no_file(qtbot, card: ActionCard,
                                                                settings: Settings,
                                                                tmp_path: Path) -> None:
    """With the policy's allow_export false, Qt's "print to file (PDF)" still wrote the card as
    a PDF. The dialog no longer offers it, and a PDF printer chosen anyway writes nothing."""
    from PySide6.QtPrintSupport import QPrinterInfo

    folder = tmp_path / "utskrifter"
    folder.mkdir()
    settings.set_export_folder(folder)
    tab = ActionCardTab(card, settings, clock=lambda: TUESDAY_10, allow_export=False)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.set_subject("barn")
    entries: list[list[str]] = []

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QPrintDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        printers = dialog.findChild(QComboBox, "printers")
        entries.append([printers.itemText(i) for i in range(printers.count())])
        if QPrinterInfo.availablePrinterNames():  # a real printer here: print nothing on it
            dialog.reject()
            return
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    if QPrinterInfo.availablePrinterNames():
        tab.print_card()
        said = []
    else:
        said = warnings_while(qtbot, lambda: qtbot.mouseClick(tab.print_button,
                                                              Qt.MouseButton.LeftButton))
        assert said == ["Utskrift till fil är avstängd av administratören: inga kopior får "
                        "lämna programmet. Välj en skrivare."]
    assert entries and not any("PDF" in entry for entry in entries[0])
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob("*.pdf"))
    # A PDF printer handed over anyway (as a dialog of the system might): nothing written.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "kort.pdf"))
    printed: list[int] = []
    said = warnings_while(qtbot, lambda: printed.append(tab.print_card(printer=printer)))
    assert printed == [0] and not (folder / "kort.pdf").exists() and len(said) == 1


def test_an_unreadable_card_shows_a_calm_message(qtbot, settings: Settings) -> None:
    tab = ActionCardTab(None, settings, error="Filen action_card.json saknas i paketet.")
    qtbot.addWidget(tab)
    tab.show()
    assert tab.error_label.text() == "Filen action_card.json saknas i paketet."
    assert tab.current_subject() is None
    assert not tab.show_entry("sala-socialjour")
    assert pages.contact_widgets(tab) == [] and pages.visible_sign_texts(tab) == []


@pytest.mark.parametrize("width", [1280, 800])
def test_an_unreadable_card_s_message_is_shown_whole(qtbot, settings: Settings, width) -> None:
    """The box was cut: "Åtgärdskortet kan inte" for a title, the reason and "Vid akut fara:
    ring 112" cut mid-line (its wrapped lines were never given their height)."""
    reason = ("Filen action_card.json i innehållspaketet stämmer inte med sin kontrollsumma: "
              "den kan ha ändrats eller skadats efter att paketet installerades. Installera "
              "paketet igen från den som gav ut det.")
    tab = ActionCardTab(None, settings, error=reason)
    qtbot.addWidget(tab)
    tab.resize(width, 600)
    tab.show()
    qtbot.waitExposed(tab)
    assert settled_problems(qtbot, tab) == []
    words = [label.text() for label in tab.findChildren(QLabel) if label.isVisible()]
    assert words[0] == "Åtgärdskortet kan inte visas" and reason in words
    assert any("Vid akut fara: ring 112" in text for text in words)


def test_the_view_is_built_on_first_show_or_first_use(qtbot, card: ActionCard,
                                                      settings: Settings) -> None:
    lazy = ActionCardTab(card, settings)
    qtbot.addWidget(lazy)
    assert not lazy.is_loaded()  # the window starts without paying for the card
    assert lazy.current_subject() == "barn"
    assert lazy.show_entry("sala-vaxel")  # a search hit before the tab was ever shown
    assert lazy.is_loaded() and lazy.current_municipality() == "Sala"
    shown = ActionCardTab(card, settings)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.is_loaded()
    assert pages.contact_widgets(shown)[0].isVisible()


def test_the_first_start_asks_for_the_municipality_once(qtbot, make_tab,
                                                        settings: Settings) -> None:
    tab = make_tab()
    assert tab.chooser.isVisible()
    assert tab.contacts_heading.text() == "Kontakter"
    # The long county-wide list of every municipality's numbers is not what opens first.
    assert not any(c.contact.scope == "municipality" for c in pages.contact_widgets(tab))
    sala = next(b for b in tab.chooser.findChildren(QPushButton) if b.text() == "Sala")
    click(qtbot, sala)
    assert not tab.chooser.isVisible()
    assert tab.current_municipality() == "Sala"
    assert settings.value("card/municipality") == "Sala"
    assert pages.phone_text(card_of(tab, "sala-orosanmalan-barn")) == "0224-74 96 20"
    # Choosing "Hela länet" later is a choice too: the question does not come back.
    tab.set_municipality(None)
    assert not tab.chooser.isVisible()
    assert make_tab(settings_=settings).chooser.isHidden()


@pytest.mark.parametrize("width", [1280, 800])
def test_a_municipality_chosen_with_the_keyboard_keeps_the_keyboard_on_its_numbers(
        qtbot, make_tab, width: int) -> None:
    """Space on the question's "Sala": the button went with the question, and Qt gave the
    keyboard to the next widget, the county's out-of-hours line below the view, past Sala's
    own numbers."""
    tab = make_tab(width=width)
    tab.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab.window())
    sala = next(b for b in tab.chooser.findChildren(QPushButton) if b.text() == "Sala")
    sala.setFocus()
    qtbot.waitUntil(sala.hasFocus)
    qtbot.keyClick(sala, Qt.Key.Key_Space)
    assert tab.current_municipality() == "Sala"
    focused = QApplication.focusWidget()
    assert isinstance(focused, ContactCard) and focused.contact.municipality == "Sala", focused
    qtbot.waitUntil(lambda: visible_in_scroll_area(focused))
    assert visible_in_scroll_area(tab.contacts_heading)


def test_the_numbers_to_ring_instead_are_replaced_not_drawn_over(qtbot, make_tab) -> None:
    """When what applies changes (the clock passes an opening time), the old lines were left
    on screen under the new ones until Qt got round to deleting them."""
    import shiboken6

    from kvinnofrid_desktop.ui.card.widgets import StepContactLine

    noon = dt.datetime(2026, 12, 8, 12, 30)  # Fagersta's switchboard closed for lunch
    tab = make_tab(noon)
    tab.set_municipality("Fagersta")
    line = next(x for x in tab.findChildren(StepContactLine)
                if x.isVisibleTo(tab) and x.instead_heading is not None)
    old = list(line.lines)
    heading = line.instead_heading.text()
    tab._clock = lambda: noon.replace(hour=10)  # open: another list
    tab.refresh_now()
    assert line.instead_heading.text() != heading
    assert all(not shiboken6.isValid(x) or x.isHidden() for x in old)
    qtbot.waitUntil(lambda: all(x.isVisibleTo(tab) for x in line.lines))


def test_the_holiday_is_named_in_the_interface_s_language(make_tab) -> None:
    """"Christmas Eve" in the English card: the names of holidays and eves are the program's
    words, not the pack's. On julafton the card no longer says the offices are closed (no
    source gives their hours for the day): it says so, and that they are shown as probably
    closed."""
    from language import interface_language

    eve = dt.datetime(2026, 12, 24, 10, 0)
    with interface_language("en"):
        text = make_tab(eve).now_context.text()
    assert "Christmas Eve" in text and "julafton" not in text, text
    assert "It is Christmas Eve: the sources give no hours for the day" in text, text
    swedish = make_tab(eve).now_context.text()
    assert ("Det är julafton: källorna anger inga tider för dagen, så kontoren visas som "
            "troligen stängda. Vid akut fara: ring 112.") in swedish, swedish
    assert "kontoren har stängt" not in swedish
    assert "It is" not in make_tab(dt.datetime(2026, 5, 1, 10)).now_context.text()


def test_a_remembered_or_policy_municipality_is_not_asked_for(qtbot, make_tab,
                                                              tmp_path: Path) -> None:
    remembered = Settings(tmp_path / "chosen.ini")
    remembered.set_value("card/municipality", "")  # "Hela länet", chosen earlier
    assert make_tab(settings_=remembered).chooser.isHidden()
    # The administrator's default is written into the settings before the window is built
    # (app.create_main_window), so it wins over the question as it does over the setting.
    by_policy = Settings(tmp_path / "policy.ini")
    by_policy.set_value("card/municipality", "Köping")
    tab = make_tab(settings_=by_policy)
    assert tab.chooser.isHidden() and tab.current_municipality() == "Köping"


@pytest.mark.parametrize("stored", ["Heby", "42"])
def test_a_remembered_municipality_the_card_does_not_know_is_asked_for_again(
        make_tab, tmp_path: Path, stored: str) -> None:
    """A municipality the pack does not have (a settings file edited by hand, a pack that
    dropped or renamed it) opened on the county's list, "Kontakter – hela länet", with no
    question: a worker took those numbers for her own municipality's."""
    settings_ = Settings(tmp_path / "s.ini")
    settings_.set_value("card/municipality", stored)
    tab = make_tab(settings_=settings_)
    assert tab.chooser.isVisible()
    assert tab.contacts_heading.text() == "Kontakter"


def _ink(image, columns: range, rows: range) -> int:
    """Dark pixels of ``image`` (a QImage) inside the given columns and rows."""
    return sum(1 for x in columns for y in rows if image.pixelColor(x, y).lightness() < 128)


def test_the_dots_of_o_umlaut_are_drawn_whole(qtbot, make_tab) -> None:
    """Issue 17: "Öppet och stängt gäller …" lost the dots of its Ö at the top of the line."""
    from drawn import settled_problems
    from PySide6.QtGui import QColor, QImage, QPainter

    tab = make_tab(TUESDAY_10)
    label = tab.now_context
    assert label.text().startswith("Öppet och stängt gäller")
    assert not settled_problems(qtbot, tab)
    metrics = label.fontMetrics()
    glyph = metrics.tightBoundingRect("Ö")
    # The glyph alone, drawn with room on every side: how much ink a whole Ö has.
    reference = QImage(glyph.width() + 20, glyph.height() + 20, QImage.Format.Format_RGB32)
    reference.fill(QColor("white"))
    painter = QPainter(reference)
    painter.setFont(label.font())
    painter.setPen(QColor("black"))
    painter.drawText(10 - glyph.left(), 10 - glyph.top(), "Ö")
    painter.end()
    whole = _ink(reference, range(reference.width()), range(reference.height()))
    # The label as it is drawn on screen: the Ö is the first letter of its first line.
    shown = label.grab().toImage()
    left = label.contentsRect().left()
    first_line = range(label.contentsRect().top() + metrics.height())
    drawn = _ink(shown, range(left, left + metrics.horizontalAdvance("Ö") + 1), first_line)
    assert drawn >= whole * 0.95, (drawn, whole)


def test_english_interface_writes_english_clock_times(qtbot, make_tab) -> None:
    from language import interface_language

    with interface_language("en"):
        tab = make_tab(TUESDAY_10)
        choose_municipality(qtbot, tab, "Sala")
        assert "10:00" in tab.now_context.text() and "10.00" not in tab.now_context.text()
        assert card_of(tab, "sala-orosanmalan-barn").now_text().endswith("12:00")
        assert card_of(tab, "sala-socialjour").now_text().endswith("16:30")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_next_opening_weeks_away_gives_its_date(qtbot, make_tab, language: str) -> None:
    """On Wednesday 19 December 2029 Kvinnohuset said "Stängt nu · öppnar ons 13.00", a week
    early: 24 and 31 December are closed eves and 26 December a holiday. It opens Wednesday
    2 January, and the window says the date – probably: no source says it is closed on the
    eves (two Mondays, its day)."""
    from language import interface_language

    with interface_language(language):
        tab = make_tab(dt.datetime(2029, 12, 19, 14, 30))
        choose_municipality(qtbot, tab, "Västerås")
        click(qtbot, tab.subject_buttons["vuxna"])
        shown = card_of(tab, "kvinnohuset-vasteras").now_text()
        if language == "sv":
            assert shown == "Stängt nu · öppnar troligen ons 2 jan 13.00"
        else:  # the month as the translation writes it ("Jan"), the clock in English
            assert shown.casefold().endswith("wed 2 jan 13:00"), shown


def test_a_search_hit_in_another_municipality_says_so_and_leads_back(qtbot, make_tab,
                                                                     settings: Settings) -> None:
    """A nurse in Fagersta opened a search hit on Hallstahammar's contact: the card went on
    showing Hallstahammar's numbers after Esc and other tabs, and was read as her own."""
    from drawn import settled_problems

    tab = make_tab()
    tab.set_municipality("Fagersta")
    button = tab.own_municipality_button
    assert button.isHidden()
    assert tab.show_entry("hallstahammar-socialjour")
    assert tab.current_municipality() == "Hallstahammar"
    assert button.isVisible()
    assert button.text() == ("Visar Hallstahammar från sökningen. Tillbaka till din kommun, "
                             "Fagersta")
    assert settings.value("card/municipality") == "Fagersta"  # a look, not a choice
    assert not settled_problems(qtbot, tab)
    click(qtbot, button)
    assert tab.current_municipality() == "Fagersta" and button.isHidden()
    assert tab.contacts_heading.text() == "Kontakter – Fagersta"
    # Choosing another municipality in the list is a choice: nothing to lead back to.
    tab.set_municipality("Sala")
    assert button.isHidden()


def test_a_search_hit_before_any_municipality_is_chosen_does_not_pass_for_the_worker_s(
        qtbot, make_tab) -> None:
    """Never chosen (or one the pack does not know): a hit on Sala's contact took the question
    away and showed "Kontakter – Sala" as if Sala were the worker's own."""
    tab = make_tab()
    tab.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab.window())
    assert tab.chooser.isVisible()
    assert tab.show_entry("sala-orosanmalan-barn")
    button = tab.own_municipality_button
    assert button.isVisible()
    assert button.text() == "Visar Sala från sökningen. Vilken kommun arbetar du i?"
    click(qtbot, button)
    assert tab.chooser.isVisible() and tab.current_municipality() is None
    assert button.isHidden()
    assert tab.chooser.isAncestorOf(QApplication.focusWidget())


def test_now_on_the_card_is_swedish_time_on_a_machine_set_to_utc(
        qtbot, card: ActionCard, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The card's hours are Swedish time; the window read them against the machine's clock,
    as 'card show' did (an hour off in winter on a machine set to UTC)."""
    import time
    from zoneinfo import ZoneInfo

    if not hasattr(time, "tzset"):
        pytest.skip("the process's time zone can be set only where time.tzset exists")
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    try:
        def sweden() -> str:
            return f"kl. {dt.datetime.now(ZoneInfo('Europe/Stockholm')):%H.%M}."

        before = sweden()
        tab = ActionCardTab(card, settings)  # the window's own clock
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(tab.is_loaded)
        said = tab.now_context.text()
        assert before in said or sweden() in said, said
    finally:
        monkeypatch.undo()
        time.tzset()
