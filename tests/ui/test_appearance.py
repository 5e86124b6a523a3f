"""Appearance: a dark or high-contrast palette, also when it comes while the program is open.

Windows switches to high contrast (Alt+Shift+PrtScn) while the program runs: Qt then sets a new
application palette, and every part must follow it. Words need 4.5:1 against what is behind
them, an icon 3:1 (WCAG 1.4.3, 1.4.11); a box that stays white defeats high contrast even when
its words can be read.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from drawn import contrast, ink_contrast
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolButton
from test_editor_window import refuse_a_number

from kvinnofrid_desktop.app.start import create_main_window

R = QPalette.ColorRole

def settled(qtbot, wrong: Callable[[], object]) -> None:
    """Waits (a while) until ``wrong()`` is falsy: the parts take a new palette on a later
    turn of the event loop. The caller then asserts, so a failure says what is wrong."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not wrong(), timeout=2000)


def same_colour(a: QColor, b: QColor) -> bool:
    return contrast(a, b) < 1.1


@pytest.mark.parametrize("scheme", ["dark", "high contrast"])
def test_a_palette_change_while_open_reaches_every_part(
        qtbot, env, show_active, screen_scheme, scheme: str) -> None:
    window = show_active(create_main_window(settings_path=env.settings))
    qtbot.addWidget(window)
    window.show_tab("action_card")  # built before the change, as after a morning's use
    window.show_tab("strategy")
    viewer = window.strategy_tab.viewer
    qtbot.waitUntil(lambda: viewer.page_count() > 0)
    viewer.fit_width()
    viewer.message_bar.show_message("warning", "Dokumentet kunde inte kontrolleras.")
    fit_width = viewer.toolbar.widgetForAction(viewer.commands["fit_width"])
    assert isinstance(fit_width, QToolButton) and fit_width.isChecked()

    palette = screen_scheme(scheme)
    base = palette.color(R.Base)

    def problems() -> list[str]:
        found = []
        for name, widget, least in (
                ("page count", viewer.page_count_label, 4.5),
                ("page box", viewer.page_edit, 4.5),
                ("zoom box", viewer.zoom_combo, 4.5),
                ("pressed fit width", fit_width, 3.0),
                ("message", viewer.message_bar.label, 4.5),
                ("message's ✕", viewer.message_bar.close_button, 3.0)):
            background, ratio = ink_contrast(widget)
            if ratio < least:
                found.append(f"{name}: {ratio:.2f}:1 on {background.name()}")
        for name, widget in (("page box", viewer.page_edit), ("zoom box", viewer.zoom_combo),
                             ("document overview", window.strategy_tab.overview),
                             ("outline", viewer.outline_view)):
            if not same_colour(widget.palette().color(R.Base), base):
                found.append(f"{name} stays {widget.palette().color(R.Base).name()}")
        tint = ink_contrast(viewer.message_bar)[0]
        if contrast(tint, base) > 2:
            found.append(f"the message bar keeps its tint {tint.name()}")
        return found

    settled(qtbot, problems)
    assert problems() == []

    window.show_tab("action_card")
    card = window.action_card_tab
    chosen = card.subject_buttons[card.current_subject()]
    qtbot.waitUntil(chosen.isVisible)
    # Inside its frame: the frame stands out, the words on the tint did not (1.72:1).
    settled(qtbot, lambda: ink_contrast(chosen, inset=4)[1] < 4.5)
    background, ratio = ink_contrast(chosen, inset=4)
    assert ratio >= 4.5, f"chosen subject: {ratio:.2f}:1 on {background.name()}"


@pytest.fixture
def windows_style(qapp) -> Iterator[None]:
    """Qt's own Windows style (as on Windows with high contrast on); put back after."""
    original = qapp.style().name()
    qapp.setStyle("Windows")
    yield
    qapp.setStyle(original)


def test_the_chosen_subject_is_one_fill_in_the_windows_style_in_high_contrast(
        qtbot, env, show_active, screen_scheme, windows_style) -> None:
    """The Windows style fills a checked button with a dither of the palette's Light (white in
    high contrast): the chosen subject was yellow words on a black-and-white checkerboard."""
    screen_scheme("high contrast")
    window = show_active(create_main_window(settings_path=env.settings))
    qtbot.addWidget(window)
    window.show_tab("action_card")
    card = window.action_card_tab
    chosen = card.subject_buttons[card.current_subject()]
    qtbot.waitUntil(chosen.isVisible)
    image = chosen.grab().toImage()
    inside = image.copy(image.rect().adjusted(4, 4, -4, -4))
    pixels = Counter(inside.pixel(x, y) for y in range(inside.height())
                     for x in range(inside.width()))
    fill_share = pixels.most_common(1)[0][1] / (inside.width() * inside.height())
    assert fill_share > 0.6, f"no one fill: its commonest colour covers {fill_share:.0%}"
    background, ratio = ink_contrast(chosen, inset=4)
    assert ratio >= 4.5, f"{ratio:.2f}:1 on {background.name()}"


@pytest.mark.parametrize("scheme", ["dark", "high contrast"])
def test_the_editor_s_marks_stay_readable_when_the_palette_changes(
        qtbot, source, editor_window, screen_scheme, scheme: str) -> None:
    """The refusal under a field was #c62828 whatever the background: 2.5:1 on a dark grey,
    3.7:1 on black; its border, too, was meant for white."""
    window = editor_window(source)
    _part, _contact, phone = refuse_a_number(qtbot, window)
    palette = screen_scheme(scheme)
    behind = palette.color(R.Window)

    def border() -> float:
        image = phone.edit.grab().toImage()
        return contrast(QColor.fromRgb(image.pixel(1, image.height() // 2)), behind)

    def refusal() -> tuple[QColor, float]:
        return ink_contrast(phone.message)

    settled(qtbot, lambda: not same_colour(refusal()[0], behind) or refusal()[1] < 4.5
            or border() < 3)
    background, ratio = refusal()
    # Its own style sheet kept the label's light background too (#efefef on black).
    assert same_colour(background, behind), background.name()
    assert ratio >= 4.5, f"the refusal: {ratio:.2f}:1 on {background.name()}"
    assert border() >= 3
    assert "är inget telefonnummer" in phone.message.text()
