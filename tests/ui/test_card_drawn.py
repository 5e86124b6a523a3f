"""The Åtgärdskort as drawn after every change a person makes (issue 12).

A worker opens the window, presses Ctrl+3, chooses her municipality with the keyboard, switches
between Barn, Vuxna and Djur and types in the filter. After each change the screen must be
readable: no label cut, no two widgets drawn over each other, and for a chosen municipality its
numbers in view in the contacts column.
"""

from __future__ import annotations

import pages
import pytest
from drawn import settled_problems, sideways_problems, visible_in_scroll_area
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.ui.card.tab import ActionCardTab

# Each pass: the subject to click, the direction to walk the municipality list, the filter.
# Together: every subject × every municipality, down and up the list, with and without a
# filter, and every subject change both at Hela länet and at a municipality.
PASSES = [("barn", +1, ""), ("vuxna", -1, ""), ("djur", +1, ""),
          ("vuxna", -1, "ring"), ("barn", +1, "ring"), ("djur", -1, "")]


def _numbers_in_view(tab: ActionCardTab) -> list[str]:
    """For a chosen municipality (and no filter): one of its numbers in view, or the problem."""
    municipality = tab.current_municipality()
    if municipality is None or tab.filter.text():
        return []
    phones = [row.value_label for card in pages.contact_widgets(tab)
              if card.contact.municipality == municipality
              for row in card.copy_rows + card.fallback_rows]
    if not phones:
        return [f"no number shown for {municipality}"]
    if not any(visible_in_scroll_area(label) for label in phones):
        return [f"none of {municipality}'s numbers is in view"]
    return []


def _names_run_into_numbers(tab: ActionCardTab) -> list[str]:
    """A step's contact line with its name and number side by side and no space between them
    ("Länsstyrelsen Västmanland, växel010-224 90 00")."""
    from kvinnofrid_desktop.ui.card.widgets import StepContactLine

    found = []
    for line in tab.findChildren(StepContactLine):
        number = line.copy_row
        if number is None or not line.isVisible():
            continue
        name = line.name_label.geometry()
        gap = number.geometry().left() - name.right() - 1
        beside = name.top() < number.geometry().bottom() and number.geometry().top() < name.bottom()
        if beside and gap < line.fontMetrics().horizontalAdvance(" "):
            found.append(f"{line.name_label.text()[:40]!r} {gap} px from its number")
    return found


def _assert_drawn(qtbot, window, tab: ActionCardTab, state: str) -> None:
    problems = settled_problems(qtbot, window,
                                also=lambda: _numbers_in_view(tab) + _names_run_into_numbers(tab)
                                + sideways_problems(tab))
    assert not problems, f"after {state}:\n" + "\n".join(problems[:12])


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


@pytest.mark.parametrize("text_scale", [1.0], indirect=True)
@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)], ids=["1280x800", "1024x640"])
def test_every_subject_and_municipality_is_drawn_readable(qtbot, env, language, text_scale,
                                                          size: tuple[int, int]) -> None:
    _walk(qtbot, env, size)


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_the_walk_at_200_percent_text(qtbot, env, text_scale) -> None:
    _walk(qtbot, env, (1280, 800))


def _shown_window(qtbot, env, size: tuple[int, int]):
    """A main window on screen at ``size``, active, so that its shortcuts work."""
    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _press_ctrl_3(qtbot, window) -> ActionCardTab:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_tab_name() == "action_card")
    return window.action_card_tab


def _walk(qtbot, env, size: tuple[int, int]) -> None:
    window = _shown_window(qtbot, env, size)
    tab = _press_ctrl_3(qtbot, window)
    _assert_drawn(qtbot, window, tab, "Ctrl+3")
    combo = tab.municipality_combo
    for subject, step, text in PASSES:
        qtbot.mouseClick(tab.subject_buttons[subject], Qt.MouseButton.LeftButton)
        assert tab.current_subject() == subject
        _assert_drawn(qtbot, window, tab, f"{subject} at {combo.currentText()}")
        if tab.filter.text() != text:
            _type(qtbot, tab.filter, text)
            _assert_drawn(qtbot, window, tab, f"filter {text!r}")
        combo.setFocus()
        key = Qt.Key.Key_Down if step > 0 else Qt.Key.Key_Up
        for _ in range(combo.count() - 1):
            before = combo.currentIndex()
            qtbot.keyClick(combo, key)
            assert combo.currentIndex() == before + step
            assert tab.current_municipality() == combo.currentData()
            _assert_drawn(qtbot, window, tab,
                          f"{subject}, {combo.currentText()}, filter {text!r}, {size}")
    assert QApplication.focusWidget() is combo
    window.close()


def _center_y(widget, tab: ActionCardTab) -> int:
    return widget.mapTo(tab, widget.rect().center()).y()


def test_the_filter_keeps_room_to_type_beside_the_search_panel(qtbot, env) -> None:
    """A small window with search results open: the filter moves below the choices instead of
    shrinking to two letters beside them, and back when the window is widened. There the card
    is one column, and choosing a municipality brings its contacts into view; they stay in
    view when the subject changes."""
    window = _shown_window(qtbot, env, (800, 600))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_field, "socialjour")
    qtbot.waitUntil(window.search_dock.isVisible)
    tab = _press_ctrl_3(qtbot, window)
    combo = tab.municipality_combo
    for size, beside in (((800, 600), False), ((1280, 800), True), ((1024, 640), True),
                         ((800, 600), False)):
        window.resize(*size)
        problems = settled_problems(qtbot, window)
        assert not problems, f"at {size}:\n" + "\n".join(problems[:12])
        assert window.search_dock.isVisible()
        top_left = combo.mapTo(tab, combo.rect().topLeft())
        filter_middle = tab.filter.mapTo(tab, tab.filter.rect().center()).y()
        assert (top_left.y() <= filter_middle <= top_left.y() + combo.height()) == beside, size
        if not beside:
            assert filter_middle > top_left.y() + combo.height()
    combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert tab.current_municipality() == combo.currentText()
        _assert_drawn(qtbot, window, tab, f"choosing {combo.currentText()} in one column")
    column = tab.contacts_heading.parentWidget()
    while not isinstance(column, QScrollArea):
        column = column.parentWidget()
    for subject in ("vuxna", "djur", "barn"):  # the signs above change height
        qtbot.mouseClick(tab.subject_buttons[subject], Qt.MouseButton.LeftButton)
        _assert_drawn(qtbot, window, tab, f"{subject} in one column")
        # The contacts being read stay at the top, not wherever the old scroll value lands.
        top = tab.contacts_heading.mapTo(column, QPoint(0, 0)).y()
        assert 0 <= top <= 30, (subject, top)
    tab.filter.setFocus()
    qtbot.keyClicks(tab.filter, "ring")
    assert tab.filter.text() == "ring"
    _assert_drawn(qtbot, window, tab, "typing in the filter below the choices")
    window.close()


def _footer_rows(tab: ActionCardTab) -> tuple[QRect, QRect]:
    """Where the footer's sentence (or its notice) and its print button are, in the tab."""
    footer = tab.footer
    text = footer.notice if footer.notice.isVisible() else footer.info_label
    button = footer.print_button
    return (QRect(text.mapTo(tab, QPoint(0, 0)), text.size()),
            QRect(button.mapTo(tab, QPoint(0, 0)), button.size()))


def test_the_footer_s_sentence_stands_above_its_buttons_when_squeezed(qtbot, env) -> None:
    """Beside the buttons in a narrow window with search results open, the sentence on where the
    data comes from stood as a column of single words, eight lines high, and took the height
    the card's entries need. It moves to a row above the buttons, and back when there is room;
    a confirmation ("Kopierat: …") takes its place on the same row."""
    window = _shown_window(qtbot, env, (560, 600))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_field, "socialjour")
    qtbot.waitUntil(window.search_dock.isVisible)
    tab = _press_ctrl_3(qtbot, window)
    for size, above in (((560, 600), True), ((1280, 800), False), ((683, 740), True),
                        ((1024, 640), False), ((560, 600), True)):
        window.resize(*size)
        problems = settled_problems(qtbot, window)
        assert not problems, f"at {size}:\n" + "\n".join(problems[:12])
        text, button = _footer_rows(tab)
        if above:
            assert text.bottom() < button.top(), size
            assert text.width() > button.width(), size
        else:
            assert text.top() <= button.center().y() <= text.bottom(), size
            assert text.right() < button.left(), size
    qtbot.keyClick(tab.municipality_combo, Qt.Key.Key_Down)  # Arboga: its numbers, to copy
    row = next(r for card in pages.contact_widgets(tab) for r in card.copy_rows
               if r.isVisible())
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pages.copy_notice_text(tab) != "")
    problems = settled_problems(qtbot, window)
    assert not problems, "after copying:\n" + "\n".join(problems[:12])
    text, button = _footer_rows(tab)
    assert text.bottom() < button.top()
    window.close()


def test_changing_columns_keeps_the_place_being_read(qtbot, env) -> None:
    """Narrowing the window moves the sections into fewer columns. The copy button the
    keyboard is on stays in view; with nothing focused in the card, one column shows the chosen
    municipality's numbers (before, both scrolled away: the column showed the first signs)."""
    window = _shown_window(qtbot, env, (1280, 800))
    tab = _press_ctrl_3(qtbot, window)
    combo = tab.municipality_combo
    combo.setFocus()
    for _ in range(5):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    _assert_drawn(qtbot, window, tab, f"choosing {combo.currentText()}")
    national = [card for card in pages.contact_widgets(tab) if card.contact.scope == "national"]
    button = national[-1].copy_rows[0].button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: visible_in_scroll_area(button))
    for width in (900, 560):
        window.resize(width, 600)
        qtbot.waitUntil(lambda: visible_in_scroll_area(button) and button.hasFocus())
        assert not settled_problems(qtbot, window)
    combo.setFocus()
    window.resize(1280, 800)
    _assert_drawn(qtbot, window, tab, "widening again")
    window.resize(560, 600)
    _assert_drawn(qtbot, window, tab, "narrowing to one column, the list focused")
    window.close()


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_at_200_percent_text_in_a_1024_px_window_a_number_is_in_view(qtbot, env, language,
                                                                     text_scale) -> None:
    """At 200 % text, 1024 × 700, Västerås chosen: the footer's sentence took six lines beside
    the print buttons and the contacts' 210 px showed no number; the status bar's 'version
    2026-1' was cut mid-number. The sentence stands above the buttons on the full width."""
    window = _shown_window(qtbot, env, (1024, 700))
    tab = _press_ctrl_3(qtbot, window)
    tab.municipality_combo.setFocus()
    qtbot.keyClicks(tab.municipality_combo, "V")  # type-ahead, as on a keyboard
    qtbot.waitUntil(lambda: tab.current_municipality() == "Västerås")
    _assert_drawn(qtbot, window, tab, "Västerås at 200 %")
    info = tab.footer.info_label
    assert info.height() <= 3 * info.fontMetrics().lineSpacing(), info.height()
    assert info.text().endswith(("Länsstyrelsen.", "County Administrative Board."))


DIAL_CONTACT = "vasteras-orosanmalan-barn"  # the city's switchboard, where the caller chooses 9


def _dial_problems(tab: ActionCardTab) -> list[str]:
    """Västerås's line for children: its dial note ("knappval 9") drawn whole right under its
    number, on the contact card and under the step that names it; over nothing else."""
    from kvinnofrid_desktop.ui.card.widgets import StepContactLine

    card = pages.contact_card(tab, DIAL_CONTACT)
    rows = [card.copy_rows[0]] if card is not None and card.isVisible() else []
    rows += [line.copy_row for line in tab.findChildren(StepContactLine)
             if line.isVisible() and line.contact.id == DIAL_CONTACT and line.copy_row]
    if len(rows) < 2:
        return [f"{len(rows)} of Västerås's numbers for children shown"]
    found = []
    for row in rows:
        dial, number, button = row.dial_label, row.value_label, row.button
        if dial is None or not dial.isVisible() or dial.text() != "knappval 9":
            found.append("no 'knappval 9' under 021-39 00 00")
            continue
        at = dial.geometry()
        if not number.geometry().bottom() < at.top() <= number.geometry().bottom() + 4:
            found.append(f"'knappval 9' at {at.top()} px, the number ends at "
                         f"{number.geometry().bottom()} px")
        if abs(at.left() - number.geometry().left()) > 1:
            found.append("'knappval 9' is not under the number's first digit")
        if at.intersects(button.geometry()) or at.intersects(number.geometry()):
            found.append("'knappval 9' is drawn over the number or its button")
        if at.width() < dial.minimumSizeHint().width() or not row.rect().contains(at):
            found.append(f"'knappval 9' is cut: {at.width()} px of "
                         f"{dial.minimumSizeHint().width()}")
    return found


@pytest.mark.parametrize("text_scale", [1.0, 2.0], indirect=True)
def test_the_dial_note_stands_under_its_number(qtbot, env, text_scale) -> None:
    """Choosing Västerås and Barn with the keyboard: 'knappval 9' under 021-39 00 00, whole and
    over nothing, at every width the card takes (one, two and three columns)."""
    window = _shown_window(qtbot, env, (1280, 800))
    tab = _press_ctrl_3(qtbot, window)
    qtbot.mouseClick(tab.subject_buttons["barn"], Qt.MouseButton.LeftButton)
    combo = tab.municipality_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # Västerås is the last, the Swedish way
    assert tab.current_municipality() == "Västerås"
    for size in ((1280, 800), (1024, 640), (560, 600)):
        window.resize(*size)
        problems = settled_problems(qtbot, window, also=lambda: _dial_problems(tab))
        assert not problems, f"at {size}:\n" + "\n".join(problems[:12])
    window.close()


@pytest.mark.parametrize("text_scale", [1.0, 2.0], indirect=True)
@pytest.mark.parametrize(("size", "municipality"), [((1024, 768), "Surahammar"),
                                                    ((1280, 800), "Surahammar"),
                                                    ((1280, 800), None)],
                         ids=["1024x768-Surahammar", "1280x800-Surahammar", "1280x800-länet"])
def test_tab_through_the_contacts_never_shifts_the_column_sideways(
        qtbot, env, text_scale, size: tuple[int, int], municipality: str | None) -> None:
    """Surahammar's switchboard names a source address with a 29-letter run and no break
    beside its Kopiera källa, and Kvinnohuset's address kvinnohuset@kvinnohuset-vasteras.org
    never wrapped: the contacts column was wider than its view (18 px at 1024 × 768, 52 px at
    200 % text), its right edge cut, and when Tab reached a button there the view shifted and
    cut the left ("änet", numbers without their first digits)."""
    window = _shown_window(qtbot, env, size)
    tab = _press_ctrl_3(qtbot, window)
    tab.set_municipality(municipality)
    _assert_drawn(qtbot, window, tab, f"{municipality or 'Hela länet'} at {size}")
    column = next(s for s in tab.findChildren(QScrollArea)
                  if s.widget().isAncestorOf(tab.contacts_section))
    start = pages.contact_widgets(tab)[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops = 0
    while column.widget().isAncestorOf(QApplication.focusWidget()) and stops < 300:
        focused = QApplication.focusWidget()
        assert not sideways_problems(tab), f"Tab on {focused.accessibleName()!r}: " + \
            "; ".join(sideways_problems(tab))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        stops += 1
    assert stops > 10
    window.close()
