"""Visa sidans text (issue 19): the page's words for a screen reader, beside the page.

Read the way assistive technology reads them: through QAccessible, the interface Qt hands to
UI Automation, AT-SPI and NSAccessibility. The view follows the page, marks the document's
headings as headings, can be selected and copied, and meets WCAG 2.1 AA: contrast, text at
200 % without clipping or sideways scrolling, and a focus order that follows the reading.
"""

from __future__ import annotations

import pytest
from drawn import layout_problems, settled_problems
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QPalette
from test_bookmarks_panel import open_window

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.ui.main_window import MainWindow
from kvinnofrid_desktop.ui.viewer.page_text import BlockLabel

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, env) -> MainWindow:
    win = open_window(qtbot, None, env.settings)
    yield win
    win.close()


@pytest.fixture(autouse=True)
def screen_reader() -> None:
    """Accessibility on, as with a screen reader running; off again after the test (left on,
    the item views of later tests answer its queries and render what they would not)."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def accessible_texts(widget) -> list[tuple[QAccessible.Role, str]]:
    """(role, name) of every element in ``widget``'s accessibility tree, depth first."""
    found = []

    def walk(iface) -> None:
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is None or not child.isValid():
                continue
            found.append((child.role(), child.text(QAccessible.Text.Name)))
            walk(child)

    walk(QAccessible.queryAccessibleInterface(widget))
    return found


def words(text: str) -> list[str]:
    return text.replace("\n", " ").split()


def test_ctrl_t_shows_the_pages_text_and_the_accessible_tree_holds_its_words(
        qtbot, window: MainWindow) -> None:
    viewer = window.strategy_tab.viewer
    viewer.go_to_page(3)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)  # Visa → Visa sidans text
    panel = viewer.page_text
    assert panel is not None and panel.isVisible()
    assert panel.title.text() == "Sidans text – sida 3 av 13"
    indexed = window.page_texts.page_text("strategi", 3)
    assert indexed and "Mål 3: Effektivare brottsbekämpning" in indexed
    tree = accessible_texts(panel)
    spoken = " ".join(name for _role, name in tree)
    assert words(indexed) and all(word in spoken for word in words(indexed))
    headings = [name for role, name in tree if role == QAccessible.Role.Heading]
    assert "Mål 3: Effektivare brottsbekämpning" in headings
    heading = next(b for b in panel.blocks if b.text() == "Mål 3: Effektivare brottsbekämpning")
    iface = QAccessible.queryAccessibleInterface(heading)
    assert iface.role() == QAccessible.Role.Heading
    assert iface.text(QAccessible.Text.Description) == f"Rubrik nivå {heading.level}"
    paragraph = next(b for b in panel.blocks if not b.level)
    assert QAccessible.queryAccessibleInterface(paragraph).role() == \
        QAccessible.Role.StaticText
    assert window.commands["page_text"].isChecked()


def test_the_text_follows_the_page_in_every_viewer_and_is_remembered(
        qtbot, window: MainWindow, env, pdfs) -> None:
    window.show_page_text(True)
    viewer = window.strategy_tab.viewer
    viewer.go_to_page(5)
    assert viewer.page_text.title.text().endswith("sida 5 av 13")
    assert viewer.page_text.text().split()[:3] == \
        window.page_texts.page_text("strategi", 5).split()[:3]
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)  # the reader moves on
    qtbot.waitUntil(lambda: viewer.page_text.title.text().endswith("sida 6 av 13"))
    # A tab built later shows it too; a PDF from outside has its text read from the file.
    window.show_tab("collaboration")
    assert window.collaboration_tab.viewer.page_text_visible()
    outside = window.open_pdf_file(pdfs.sample)
    assert outside.page_text_visible()
    assert "Sida 1 rubrik" in outside.page_text.text()
    # Its outline's titles ("Kapitel 1") are not words of its pages: no heading is invented.
    assert not any(block.level for block in outside.page_text.blocks)
    outside.go_to_page(2)
    assert "våldet" in outside.page_text.text()
    window.close()
    again = create_main_window(settings_path=env.settings)
    qtbot.addWidget(again)
    assert again.commands["page_text"].isChecked()
    again.close()


def test_a_tab_opened_later_gives_the_text_its_share_of_the_room(
        qtbot, window: MainWindow) -> None:
    """Ctrl+T in Strategi, then Samverkansplan opened for the first time: its text panel was
    197 px wide, its width set before the tab had one."""
    window.resize(1280, 800)
    window.show_page_text(True)
    first = window.strategy_tab.viewer
    qtbot.waitUntil(lambda: first.page_text.width() > 0)
    window.show_tab("collaboration")
    later = window.collaboration_tab.viewer

    def share(viewer) -> float:
        sizes = viewer.splitter.sizes()
        return sizes[2] / max(sum(sizes[1:]), 1)

    qtbot.waitUntil(lambda: abs(share(later) - share(first)) < 0.05)
    assert 0.3 < share(later) < 0.5, later.splitter.sizes()


def test_selection_and_copy(qtbot, window: MainWindow) -> None:
    window.show_page_text(True)
    panel = window.strategy_tab.viewer.page_text
    paragraph = next(b for b in panel.blocks if not b.level)
    paragraph.setFocus()
    qtbot.keyClick(paragraph, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert paragraph.hasSelectedText()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(paragraph, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == paragraph.selectedText()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == panel.text()
    assert words(panel.text()) == words(window.page_texts.page_text("strategi", 1))


def contrast(a, b) -> float:
    def luminance(colour) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_wcag_contrast_zoom_to_200_percent_and_focus_order(qtbot, window: MainWindow) -> None:
    window.show_page_text(True)
    viewer = window.strategy_tab.viewer
    viewer.go_to_page(2)
    panel = viewer.page_text
    # Contrast (1.4.3): every block in the palette's Text on the body's Base, at least 4.5:1.
    for block in panel.blocks:
        fg = block.palette().color(block.foregroundRole())
        bg = panel.body.palette().color(panel.body.backgroundRole())
        assert block.foregroundRole() == QPalette.ColorRole.Text
        assert contrast(fg, bg) >= 4.5
    assert panel.body.autoFillBackground()
    # Resize text (1.4.4) and reflow (1.4.10): Ctrl++ in the text makes it larger, not the page.
    base = panel.blocks[-1].font().pointSizeF()
    page_zoom = viewer.view_state().zoom
    panel.blocks[-1].setFocus()
    for _ in range(4):  # 125, 150, 175, 200 %
        qtbot.keyClick(panel.blocks[-1], Qt.Key.Key_Plus, CTRL)
    assert panel.scale() == 2.0
    assert panel.blocks[-1].font().pointSizeF() == pytest.approx(2 * base)
    assert viewer.view_state().zoom == page_zoom
    assert not settled_problems(qtbot, panel)
    assert all(b.width() <= panel.area.viewport().width() for b in panel.blocks)
    # Focus order (2.4.3): the button, then the blocks as they are read.
    panel.copy_button.setFocus()
    order = [panel.copy_button]
    for _ in panel.blocks:
        order.append(order[-1].nextInFocusChain())
        while not order[-1].isVisible() or order[-1].focusPolicy() == Qt.FocusPolicy.NoFocus:
            order[-1] = order[-1].nextInFocusChain()
    assert order[1:] == panel.blocks
    tops = [b.mapTo(panel, b.rect().topLeft()).y() for b in panel.blocks]
    assert tops == sorted(tops)
    qtbot.keyClick(panel.blocks[0], Qt.Key.Key_0, CTRL)
    assert panel.scale() == 1.0


def test_a_page_without_text_says_so(qtbot, window: MainWindow, pdfs, tmp_path) -> None:
    from fpdf import FPDF

    blank = tmp_path / "tom.pdf"
    pdf = FPDF()
    pdf.add_page()
    pdf.output(str(blank))
    viewer = window.open_pdf_file(blank)
    window.show_page_text(True)
    assert viewer.page_text.blocks == []
    assert "ingen text" in viewer.page_text.empty.text()
    assert not viewer.page_text.copy_button.isEnabled()
    assert not layout_problems(viewer.page_text)


def test_block_labels_are_plain_text(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from kvinnofrid_desktop.core.search.page_text import PARAGRAPH, Block

    parent = QWidget()
    qtbot.addWidget(parent)
    label = BlockLabel(Block(PARAGRAPH, "<b>inte fet</b>"), parent)
    assert label.textFormat() == Qt.TextFormat.PlainText
