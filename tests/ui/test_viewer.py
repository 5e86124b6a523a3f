"""The PDF viewer, driven like a user would: keys, clicks, and what ends up on screen."""

from __future__ import annotations

import sys
from pathlib import Path

import pages
import pytest
from drawn import settled_problems
from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QWheelEvent
from PySide6.QtPdf import QPdfDocument, QPdfLinkModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.ui.viewer import export as viewer_export
from kvinnofrid_desktop.ui.viewer.printing import print_document
from kvinnofrid_desktop.ui.viewer.viewer import PdfViewer, ViewState

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from packtools import pdf_from_objects  # the unit tests' PDF writer


@pytest.fixture
def viewer(qtbot) -> PdfViewer:
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def opened(viewer: PdfViewer, pdfs) -> PdfViewer:
    assert viewer.open_document(pdfs.sample)
    viewer.view.setFocus()
    return viewer


def click_action(qtbot, viewer: PdfViewer, action) -> None:
    button = viewer.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def page_at_top(viewer: PdfViewer) -> int:
    """1-based page under the middle of the view's top edge, from the scroll position."""
    hit = viewer.view.map_to_page(QPointF(viewer.view.viewport().width() / 2, 8))
    assert hit is not None
    return hit[0] + 1


def link_rects(path: Path, page: int) -> dict[str, QRectF]:
    """The links on ``page`` (0-based): "internal" and "web" → rectangle in points."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    model = QPdfLinkModel()
    model.setDocument(document)
    model.setPage(page)
    found = {}
    for row in range(model.rowCount(QModelIndex())):
        index = model.index(row, 0)
        url = index.data(int(QPdfLinkModel.Role.Url.value))
        rect = index.data(int(QPdfLinkModel.Role.Rectangle.value))
        found["web" if url and not url.isEmpty() else "internal"] = QRectF(rect)
    document.close()
    return found


def click_on_page(qtbot, viewer: PdfViewer, page: int, rect: QRectF) -> None:
    centre = viewer.view.map_rect_from_page(page, rect).center().toPoint()
    assert viewer.view.viewport().rect().contains(centre)
    qtbot.mouseMove(viewer.view.viewport(), centre)
    qtbot.mouseClick(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


# --------------------------------------------------------------------------------------------
# Opening and navigating
# --------------------------------------------------------------------------------------------


def test_open_shows_first_page_and_page_count(qtbot, viewer: PdfViewer, pdfs) -> None:
    loaded: list[str] = []
    pages: list[tuple[int, int]] = []
    viewer.documentLoaded.connect(loaded.append)
    viewer.pageChanged.connect(lambda page, count: pages.append((page, count)))
    assert viewer.open_document(pdfs.sample) is True
    assert loaded == [str(pdfs.sample)]
    assert pages[-1] == (1, 6)
    assert viewer.path() == pdfs.sample
    assert (viewer.page(), viewer.page_count()) == (1, 6)
    assert viewer.page_edit.text() == "1"
    assert viewer.page_count_label.text() == "/ 6"
    assert viewer.status_message() == ""
    assert page_at_top(viewer) == 1
    assert viewer.document() is not None and viewer.document().pageCount() == 6


def test_next_button_and_ctrl_page_keys_turn_pages(qtbot, opened: PdfViewer) -> None:
    click_action(qtbot, opened, opened.commands["next_page"])
    assert opened.page_edit.text() == "2"
    assert page_at_top(opened) == 2

    qtbot.keyClick(opened.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert opened.page_edit.text() == "3"
    assert page_at_top(opened) == 3

    qtbot.keyClick(opened.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert opened.page_edit.text() == "2"
    assert page_at_top(opened) == 2

    qtbot.keyClick(opened.view, Qt.Key.Key_End)
    assert opened.page_edit.text() == "6"
    commands = opened.commands
    assert not commands["next_page"].isEnabled() and not commands["last_page"].isEnabled()

    qtbot.keyClick(opened.view, Qt.Key.Key_Home)
    assert opened.page_edit.text() == "1"
    assert not opened.commands["previous_page"].isEnabled()


def shown_span(viewer: PdfViewer) -> tuple[int, int]:
    """The document's rows in view (scroll coordinates), top and bottom."""
    top = viewer.view.verticalScrollBar().value()
    return top, top + viewer.view.viewport().height()


def test_page_down_and_space_read_on_by_the_screen_across_the_pages(
        qtbot, opened: PdfViewer) -> None:
    """At fit width a page is taller than the view: PgDown went to the next page's top, and
    the lower half of every page was never shown by the keyboard. Now PgDown and Space show
    the next screen with a strip of the last one, into the next page; PgUp and Skift+Space
    go back; the page box follows."""
    view, rects = opened.view, opened.view.page_rects()
    assert rects[0].height() > view.viewport().height() * 1.5
    seen: list[tuple[int, int]] = [shown_span(opened)]
    for key, modifier in [(Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)] * 2:
        qtbot.keyClick(view, key, modifier)
        top, bottom = shown_span(opened)
        # On by most of a screen, the last lines of the one before still in view.
        assert seen[-1][0] < top < seen[-1][1] < bottom
        seen.append((top, bottom))
    # Every row of page 1 was on screen, its lower half too, and the view is now on page 2.
    covered = rects[0].top()
    for top, bottom in seen:
        covered = bottom if top <= covered else covered
    assert covered >= rects[0].bottom()
    assert opened.page() > 1 and opened.page_edit.text() == str(opened.page())
    for key, modifier in [(Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)] * 2:
        qtbot.keyClick(view, key, modifier)
        seen.pop()
        assert abs(shown_span(opened)[0] - seen[-1][0]) <= 1
    assert opened.page() == 1


def test_space_on_a_focused_button_presses_the_button(qtbot, opened: PdfViewer) -> None:
    button = opened.toolbar.widgetForAction(opened.commands["last_page"])
    button.setFocus(Qt.FocusReason.TabFocusReason)
    before = shown_span(opened)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert opened.page() == 6  # the button's page, not a screen down
    assert shown_span(opened) != before


def test_the_page_turning_keys_are_shown_in_the_toolbar_tips(opened: PdfViewer) -> None:
    assert opened.commands["next_page"].toolTip() == "Nästa sida (Ctrl+PgDown)"
    assert opened.commands["previous_page"].toolTip() == "Föregående sida (Ctrl+PgUp)"


def test_copying_in_the_page_says_where_text_is_copied(qtbot, opened: PdfViewer) -> None:
    """Ctrl+C and Ctrl+A in the page did nothing, without a word: the pages have no text
    selection. The message names Visa sidans text and its key, and goes when the reader
    moves on."""
    for key in (Qt.Key.Key_C, Qt.Key.Key_A):
        qtbot.keyClick(opened.view, key, Qt.KeyboardModifier.ControlModifier)
        assert opened.message_bar.isVisible()
        assert opened.status_message() == (
            "Text kan inte markeras i sidan. Tryck Ctrl+T (Visa sidans text) för att visa "
            "texten bredvid sidan, där du kan markera och kopiera den.")
        qtbot.keyClick(opened.view, Qt.Key.Key_PageDown)
        assert opened.status_message() == ""
    opened.set_page_text_visible(True)
    opened.view.setFocus()
    qtbot.keyClick(opened.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert opened.status_message() == ("Text kan inte markeras i sidan. Markera och kopiera "
                                       "den i sidans text bredvid sidan.")


def test_page_changes_are_announced(qtbot, opened: PdfViewer) -> None:
    with qtbot.waitSignal(opened.pageChanged) as blocker:
        click_action(qtbot, opened, opened.commands["next_page"])
    assert blocker.args == [2, 6]
    assert opened.page_edit.accessibleDescription() == "Sida 2 av 6"
    assert opened.page_count_label.accessibleName() == "Sida 2 av 6"


def test_scrolling_updates_the_page_box(qtbot, opened: PdfViewer) -> None:
    bar = opened.view.verticalScrollBar()
    target = opened.view.page_rects()[3].top() + 5
    bar.setValue(target)
    qtbot.waitUntil(lambda: opened.page_edit.text() == "4")
    assert opened.page() == 4


def test_typing_a_page_number_jumps_and_back_returns(qtbot, opened: PdfViewer) -> None:
    opened.page_edit.setFocus()
    opened.page_edit.selectAll()
    qtbot.keyClicks(opened.page_edit, "4")
    qtbot.keyClick(opened.page_edit, Qt.Key.Key_Return)
    assert opened.page() == 4
    assert page_at_top(opened) == 4
    assert opened.commands["back"].isEnabled()

    click_action(qtbot, opened, opened.commands["back"])
    assert opened.page() == 1
    assert page_at_top(opened) == 1
    click_action(qtbot, opened, opened.commands["forward"])
    assert opened.page() == 4


def test_back_returns_to_the_exact_spot(qtbot, opened: PdfViewer) -> None:
    bar = opened.view.verticalScrollBar()
    spot = opened.view.page_rects()[1].top() + 137  # somewhere inside page 2
    bar.setValue(spot)
    opened.go_to_page(5)
    assert page_at_top(opened) == 5
    for _ in range(3):  # no drift over repeated back and forth
        opened.commands["back"].trigger()
        assert abs(bar.value() - spot) <= 1
        opened.commands["forward"].trigger()
        assert opened.page() == 5
    assert not opened.commands["forward"].isEnabled()


def test_page_keys_in_the_side_panel_scroll_the_list(qtbot, opened: PdfViewer) -> None:
    opened.sidebar.setCurrentWidget(opened.thumbnail_view)
    opened.thumbnail_view.setFocus()
    qtbot.keyClick(opened.thumbnail_view, Qt.Key.Key_PageDown)
    assert opened.page() == 1


def test_a_page_number_out_of_range_is_not_accepted(qtbot, opened: PdfViewer) -> None:
    opened.page_edit.setFocus()
    opened.page_edit.selectAll()
    qtbot.keyClicks(opened.page_edit, "99")
    qtbot.keyClick(opened.page_edit, Qt.Key.Key_Return)
    assert opened.page() == 1
    assert opened.page_edit.text() == "1"


def test_go_to_page_clamps(opened: PdfViewer) -> None:
    opened.go_to_page(5)
    assert (opened.page(), page_at_top(opened)) == (5, 5)
    opened.go_to_page(100)
    assert opened.page() == 6
    opened.go_to_page(-3)
    assert opened.page() == 1


# --------------------------------------------------------------------------------------------
# Zoom
# --------------------------------------------------------------------------------------------


def test_zoom_shortcuts_and_label(qtbot, opened: PdfViewer) -> None:
    qtbot.keyClick(opened.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom_text(opened) == "100 %"
    qtbot.keyClick(opened.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom_text(opened) == "110 %"
    qtbot.keyClick(opened.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom_text(opened) == "125 %"
    qtbot.keyClick(opened.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom_text(opened) == "110 %"
    assert opened.view_state().zoom_mode == "custom"
    assert opened.view_state().zoom == pytest.approx(1.1)


def test_ctrl_wheel_zooms(qtbot, opened: PdfViewer) -> None:
    opened.commands["zoom_reset"].trigger()
    viewport = opened.view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert pages.zoom_text(opened) == "110 %"


def test_zoom_keeps_the_page(qtbot, opened: PdfViewer) -> None:
    opened.go_to_page(4)
    for _ in range(3):
        opened.commands["zoom_in"].trigger()
    assert opened.page() == 4
    assert page_at_top(opened) == 4


def test_fit_page_shows_a_whole_page_and_fit_width_fills_the_width(qtbot,
                                                                   opened: PdfViewer) -> None:
    qtbot.keyClick(opened.view, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rect = opened.view.page_rects()[0]
    viewport = opened.view.viewport().rect()
    assert rect.height() <= viewport.height() and rect.width() <= viewport.width()
    assert opened.commands["fit_page"].isChecked() and not opened.commands["fit_width"].isChecked()
    assert opened.view_state().zoom_mode == "fit_page"

    qtbot.keyClick(opened.view, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rect = opened.view.page_rects()[0]
    assert opened.commands["fit_width"].isChecked()
    assert viewport.width() - 20 <= rect.width() <= viewport.width()
    assert not opened.view.horizontalScrollBar().isVisible()


def shown_whole(viewer: PdfViewer, page: int) -> bool:
    """Whether all of ``page`` (1-based) is inside the view."""
    rect = viewer.view.page_rects()[page - 1].translated(-viewer.view.scroll_offset())
    return viewer.view.viewport().rect().contains(rect)


def test_fit_page_shows_the_page_most_in_view_whole_and_page_down_the_next(
        qtbot, opened: PdfViewer) -> None:
    """Chosen with page 2 read a third down, fit whole page kept the top where it was: the
    lower half of page 2 over the upper half of page 3, and Page Down kept them cut so."""
    rect = opened.view.page_rects()[1]
    opened.view.verticalScrollBar().setValue(rect.top() + rect.height() // 3)
    qtbot.waitUntil(lambda: opened.page() == 2)
    qtbot.keyClick(opened.view, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened.commands["fit_page"].isChecked()
    assert shown_whole(opened, 2) and opened.page() == 2
    assert page_at_top(opened) == 2
    for page in (3, 4):  # a page shown whole gives way to the next, whole, not cut
        qtbot.keyClick(opened.view, Qt.Key.Key_PageDown)
        assert shown_whole(opened, page) and opened.page() == page
    qtbot.keyClick(opened.view, Qt.Key.Key_Space)
    assert shown_whole(opened, 5) and opened.page() == 5
    qtbot.keyClick(opened.view, Qt.Key.Key_PageUp)
    assert shown_whole(opened, 4) and opened.page() == 4
    # A smaller window: the page being read stays whole.
    opened.resize(900, 600)
    qtbot.waitUntil(lambda: opened.view.viewport().height() < 600)
    qtbot.waitUntil(lambda: shown_whole(opened, 4))


def test_fit_width_after_fit_page_shows_the_page_that_was_whole_from_its_top(
        qtbot, opened: PdfViewer) -> None:
    """Fit whole page, Page Down to page 3, fit width (or 100 %): the page box said 3 but the
    view's top was page 2's last points, and the outline marked page 2's heading. The view's
    top edge was the gap above the page whole in view."""
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(opened.view, Qt.Key.Key_H, ctrl_shift)
    qtbot.keyClick(opened.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(opened.view, Qt.Key.Key_PageDown)
    assert shown_whole(opened, 3) and opened.page() == 3
    for keys in ((Qt.Key.Key_B, ctrl_shift), (Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(opened.view, *keys)
        top = opened.view.page_rects()[2].translated(-opened.view.scroll_offset()).top()
        assert 0 <= top <= opened.view.documentMargins().top() + 1  # page 3 from its top
        assert page_at_top(opened) == 3 and opened.page_edit.text() == "3"
        assert opened.outline_view.currentIndex().data() == "Kapitel 3"
        qtbot.keyClick(opened.view, Qt.Key.Key_H, ctrl_shift)
        assert shown_whole(opened, 3)


def test_fit_page_on_a_landscape_page_keeps_it_when_the_window_is_resized(
        qtbot, viewer: PdfViewer, tmp_path: Path) -> None:
    """Page 150 of a portrait report, landscape, shown whole: after a smaller window and back
    the view showed page 151. Each resize chose the page most in view again, with the new size
    and the old zoom, and the next portrait page had more of the view than the short one."""
    from fpdf import FPDF

    pdf = FPDF()
    for number in range(1, 7):
        pdf.add_page(orientation="L" if number == 3 else "P")
    path = tmp_path / "liggande.pdf"
    pdf.output(str(path))
    assert viewer.open_document(path, page=3)
    viewer.view.setFocus()
    qtbot.keyClick(viewer.view, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shown_whole(viewer, 3) and viewer.page() == 3
    for size in ((800, 500), (1100, 800), (900, 600), (1100, 800)):
        viewer.resize(*size)
        qtbot.waitUntil(lambda size=size: viewer.view.viewport().width() < size[0] and
                        viewer.view.viewport().width() > size[0] - 300)
        qtbot.waitUntil(lambda: shown_whole(viewer, 3))
        assert viewer.page() == 3 and page_at_top(viewer) == 3


def test_fit_width_follows_the_window_size(qtbot, opened: PdfViewer) -> None:
    opened.commands["fit_width"].trigger()
    before = opened.view.page_rects()[0].width()
    opened.resize(800, 800)
    qtbot.waitUntil(lambda: opened.view.page_rects()[0].width() < before)


def test_zoom_combo_choice(qtbot, opened: PdfViewer) -> None:
    index = opened.zoom_combo.findText("200 %")
    opened.zoom_combo.setCurrentIndex(index)
    opened.zoom_combo.activated.emit(index)
    assert opened.view.zoomFactor() == pytest.approx(2.0)
    line = opened.zoom_combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "150")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert pages.zoom_text(opened) == "150 %"


@pytest.mark.parametrize(("typed", "zoom", "said"), [
    ("abc", "150 %", "Skriv en zoomnivå mellan 10 och 800 %."),
    ("5000", "800 %", "Zoomnivån kan vara mellan 10 och 800 %; den är nu 800 %."),
    ("1", "10 %", "Zoomnivån kan vara mellan 10 och 800 %; den är nu 10 %."),
])
def test_a_zoom_the_box_cannot_take_is_explained(qtbot, opened: PdfViewer, typed: str,
                                                 zoom: str, said: str) -> None:
    from PySide6.QtWidgets import QToolTip

    line = opened.zoom_combo.lineEdit()
    for text in ("150", typed):
        line.selectAll()
        qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert pages.zoom_text(opened) == zoom
    assert QToolTip.isVisible() and QToolTip.text() == said
    QToolTip.hideText()


# --------------------------------------------------------------------------------------------
# Find
# --------------------------------------------------------------------------------------------


def test_the_find_bar_has_one_name_apart_from_the_all_documents_search(
        qtbot, opened: PdfViewer) -> None:
    """Its close button said "sökfältet" (the all-documents field's word) and its count was
    read as "Sökresultat", the name of the all-documents results too."""
    opened.commands["find"].trigger()
    bar = opened.find_bar
    assert bar.edit.accessibleName() == "Sök i dokumentet"
    assert bar.close_button.accessibleName() == "Stäng Sök i dokumentet"
    assert bar.close_button.toolTip() == "Stäng Sök i dokumentet (Esc)"
    assert bar.status.accessibleName() == "Träffar i dokumentet"


def test_find_bar_counts_matches_and_f3_moves(qtbot, opened: PdfViewer) -> None:
    qtbot.keyClick(opened.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert opened.find_bar.isVisible()
    assert opened.find_bar.edit.hasFocus()
    assert opened.find_bar.edit.accessibleName() == "Sök i dokumentet"
    qtbot.keyClicks(opened.find_bar.edit, "Sala")
    qtbot.waitUntil(lambda: opened.find_bar.status.text() == "1 av 3")
    assert opened.page() == 1

    qtbot.keyClick(opened.find_bar.edit, Qt.Key.Key_F3)
    assert opened.find_bar.status.text() == "2 av 3"
    assert opened.page() == 3
    assert opened.view.currentSearchResultIndex() == 1

    qtbot.keyClick(opened.find_bar.edit, Qt.Key.Key_Return)
    assert opened.find_bar.status.text() == "3 av 3"
    qtbot.keyClick(opened.find_bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert opened.find_bar.status.text() == "2 av 3"

    qtbot.keyClick(opened.find_bar.edit, Qt.Key.Key_Escape)
    assert not opened.find_bar.isVisible()
    assert opened.view.currentSearchResultIndex() == -1


def test_find_api_highlights_and_reports_no_match(opened: PdfViewer) -> None:
    assert opened.find_text("sala") == 3
    assert opened.find_bar.isVisible()
    assert opened.view.searchModel().searchString() == "sala"
    assert opened.find_text("Hallstahammar") == 0
    assert opened.find_bar.status.text() == "Ingen träff"


def test_find_in_a_scanned_document_says_its_pages_have_no_text(
        qtbot, viewer: PdfViewer, pdfs) -> None:
    """"Origo" is on the scanned page as pixels: "Ingen träff" beside it looked as if the
    program could not read; a document with text still says "Ingen träff" alone."""
    assert viewer.open_document(pdfs.scanned)
    assert viewer.find_text("Origo") == 0
    status = viewer.find_bar.status
    assert status.text() == "Ingen träff – sidorna har ingen text att söka i"
    assert status.accessibleName() == status.text()
    assert not settled_problems(qtbot, viewer)
    assert viewer.open_document(pdfs.sample)  # the same viewer, another document
    assert viewer.find_text("Hallstahammar") == 0
    assert status.text() == "Ingen träff"


def test_find_keeps_swedish_letters_distinct(opened: PdfViewer) -> None:
    # PDFium folds case, also for Å/å, but never turns å into a or ö into o.
    assert opened.find_text("får") == 2
    assert opened.find_text("FÅR") == 2
    assert opened.find_text("far") == 1
    assert opened.find_text("Åsa") == 1
    assert opened.find_text("asa") == 0
    assert opened.find_text("arende") == 0
    assert opened.find_text("ärende") == 1


def test_find_starts_at_the_current_page(opened: PdfViewer) -> None:
    opened.go_to_page(2)
    assert opened.find_text("Sala") == 3
    assert opened.find_bar.status.text() == "2 av 3"
    assert opened.page() == 3


def test_highlight_terms_marks_words_on_the_page(opened: PdfViewer) -> None:
    opened.highlight_terms(["sala", "socialtjänst", ""], 3)
    assert opened.page() == 3
    marks = opened.view.marks()
    assert len(marks) == 3
    assert {page for page, _rect in marks} == {2}
    opened.highlight_terms(["våld"], 2)  # a prefix marks "våldet"
    assert opened.page() == 2 and len(opened.view.marks()) == 1


def test_highlighted_words_are_shown_where_they_stand_together(qtbot, viewer: PdfViewer) -> None:
    """Without the hit's passage: the rarest word ("äldre", once) beside the others, not the
    first "våld" of the page (its title at the top, the list item below out of view)."""
    from kvinnofrid_desktop.core.bundled import default_pack_dir

    assert viewer.open_document(default_pack_dir() / "docs" / "samverkansplan.pdf")
    assert not pages.text_in_view(viewer, 1, "3. våld mot äldre")
    viewer.highlight_terms(["våld", "äldre"], 1)
    assert viewer.page() == 1
    assert pages.text_in_view(viewer, 1, "3. våld mot äldre")


# --------------------------------------------------------------------------------------------
# Side panel
# --------------------------------------------------------------------------------------------


def test_outline_lists_chapters_and_clicking_goes_there(qtbot, opened: PdfViewer) -> None:
    assert opened.sidebar.isVisible()
    assert opened.sidebar.isTabVisible(0)
    tree = opened.outline_view
    model = tree.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == [f"Kapitel {n}" for n in range(1, 7)]

    index = model.index(3, 0)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())
    assert opened.page() == 4
    assert page_at_top(opened) == 4
    assert opened.view.hasFocus() is False  # a click leaves the keyboard where it was

    tree.setFocus()
    tree.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.page() == 2
    # Enter gives the keyboard to the page: PgDown reads the chapter, not the list.
    assert QApplication.focusWidget() is opened.view


def test_document_without_outline_hides_the_contents_tab(viewer: PdfViewer, pdfs) -> None:
    assert viewer.open_document(pdfs.no_outline)
    assert not viewer.sidebar.isTabVisible(0)
    assert not viewer.sidebar.isVisible()  # nothing to show until the user asks
    viewer.commands["sidebar"].trigger()
    assert viewer.sidebar.isVisible()
    assert viewer.sidebar.currentWidget() is viewer.thumbnail_view


def test_the_side_panel_opens_at_its_width_after_the_page_text_was_shown(
        qtbot, viewer: PdfViewer, pdfs) -> None:
    """The side panel hidden (as beside a tab's overview), Visa sidans text shown and hidden:
    F9 turned the button on and opened a panel 0 px wide, with no thumbnails."""
    assert viewer.open_document(pdfs.no_outline)
    viewer.view.setFocus()
    assert not viewer.sidebar.isVisible()
    viewer.set_page_text_visible(True)  # Ctrl+T in the main window
    text_width = viewer.page_text.width()
    assert text_width >= 200
    viewer.set_page_text_visible(False)
    qtbot.keyClick(viewer.view, Qt.Key.Key_F9)
    assert viewer.commands["sidebar"].isChecked()
    qtbot.waitUntil(lambda: viewer.thumbnail_view.viewport().visibleRegion()
                    .boundingRect().width() >= 150)
    assert viewer.splitter.sizes()[0] >= 150
    # The page's text comes back as wide as before, beside the panel and the pages.
    viewer.set_page_text_visible(True)
    assert viewer.splitter.sizes()[0] >= 150
    assert viewer.page_text.visibleRegion().boundingRect().width() >= 200


def test_the_side_panel_dragged_narrow_stays_open(qtbot, viewer: PdfViewer, pdfs) -> None:
    """Dragged all the way left, the panel vanished while F9's button stayed on."""
    assert viewer.open_document(pdfs.no_outline)
    viewer.view.setFocus()
    qtbot.keyClick(viewer.view, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: viewer.splitter.sizes()[0] >= 150)
    handle = viewer.splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, QPoint(middle.x() - 400, middle.y()))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton,
                       pos=QPoint(middle.x() - 400, middle.y()))
    assert viewer.commands["sidebar"].isChecked()
    assert viewer.splitter.sizes()[0] >= viewer.sidebar.minimumSizeHint().width() > 0


def test_tab_goes_through_the_side_panel_as_it_is_drawn(qtbot, opened: PdfViewer) -> None:
    """From the toolbar: the side panel's tabs, the list below them, then the pages right of
    the panel. Tab went page → list → the tabs above the list."""
    def tab(key: Qt.Key = Qt.Key.Key_Tab) -> QWidget:
        qtbot.keyClick(QApplication.focusWidget(), key)
        return QApplication.focusWidget()

    last_tool = opened.toolbar.widgetForAction(opened.commands["open_external"])
    last_tool.setFocus()
    tabs = opened.sidebar.tabBar()
    assert [tab(), tab(), tab()] == [tabs, opened.outline_view, opened.view]
    assert tabs.mapTo(opened, QPoint(0, tabs.height())).y() <= \
        opened.outline_view.mapTo(opened, QPoint(0, 0)).y()
    assert opened.sidebar.geometry().right() < opened.stack.geometry().left()
    assert [tab(Qt.Key.Key_Backtab) for _ in range(3)] == [opened.outline_view, tabs, last_tool]
    # The other tab of the panel: its list comes after the tabs too.
    tabs.setFocus()
    qtbot.keyClick(tabs, Qt.Key.Key_Right)
    assert opened.sidebar.currentWidget() is opened.thumbnail_view
    assert [tab(), tab()] == [opened.thumbnail_view, opened.view]


def test_thumbnails_render_lazily_and_clicking_goes_to_the_page(
    qtbot, viewer: PdfViewer, pdfs
) -> None:
    assert viewer.open_document(pdfs.many_pages)
    model = viewer.thumbnail_view.model()
    assert model.render_requests == 0  # nothing rendered at load
    viewer.commands["sidebar"].trigger()
    viewer.sidebar.setCurrentWidget(viewer.thumbnail_view)
    qtbot.waitUntil(lambda: model.render_requests > 0)
    third = model.index(2, 0)
    qtbot.waitUntil(lambda: not model.data(third, Qt.ItemDataRole.DecorationRole).isNull()
                    and 2 in model._pixmaps)
    assert 0 < model.render_requests < 20  # only the visible ones

    list_view = viewer.thumbnail_view
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=list_view.visualRect(third).center())
    assert viewer.page() == 3
    assert page_at_top(viewer) == 3


# --------------------------------------------------------------------------------------------
# Bad files
# --------------------------------------------------------------------------------------------


def test_encrypted_document_asks_for_the_password(qtbot, viewer: PdfViewer, pdfs) -> None:
    with qtbot.waitSignal(viewer.loadFailed):
        assert viewer.open_document(pdfs.encrypted) is False
    bar = viewer.message_bar
    assert "Dokumentet är lösenordsskyddat" in viewer.status_message()
    assert bar.password_edit.isVisible() and bar.password_button.isVisible()
    assert bar.password_button.text() == "Öppna"

    qtbot.keyClicks(bar.password_edit, "fel")
    qtbot.keyClick(bar.password_edit, Qt.Key.Key_Return)
    assert "Fel lösenord" in viewer.status_message()
    assert viewer.page_count() == 0
    assert bar.password_edit.isVisible()

    qtbot.keyClicks(bar.password_edit, pdfs.password)
    qtbot.mouseClick(bar.password_button, Qt.MouseButton.LeftButton)
    assert viewer.status_message() == ""
    assert (viewer.path(), viewer.page_count()) == (pdfs.encrypted, 1)
    assert not bar.isVisible()


def test_password_given_directly(viewer: PdfViewer, pdfs) -> None:
    assert viewer.open_document(pdfs.encrypted, password=pdfs.password)
    assert viewer.page_count() == 1


@pytest.mark.parametrize("which", ["damaged", "not_pdf"])
def test_damaged_or_not_a_pdf_names_the_file(qtbot, viewer: PdfViewer, pdfs,
                                             which: str) -> None:
    path = getattr(pdfs, which)
    with qtbot.waitSignal(viewer.loadFailed) as blocker:
        assert viewer.open_document(path) is False
    message = viewer.status_message()
    assert path.name in message and "skadad eller inte en PDF" in message
    assert blocker.args == [str(path), message]
    assert viewer.path() is None and viewer.page_count() == 0 and viewer.document() is None
    assert not viewer.commands["print"].isEnabled()

    # The widget stays usable.
    assert viewer.open_document(pdfs.sample)
    assert viewer.status_message() == ""
    assert viewer.page_count() == 6


def test_missing_file_says_so(viewer: PdfViewer, tmp_path: Path) -> None:
    missing = tmp_path / "finns-inte.pdf"
    assert viewer.open_document(missing) is False
    assert viewer.status_message().startswith("Filen finns inte")
    assert "finns-inte.pdf" in viewer.status_message()


def test_failed_load_replaces_the_previous_document(opened: PdfViewer, pdfs) -> None:
    assert opened.open_document(pdfs.not_pdf) is False
    assert opened.page_edit.text() == "" and opened.page() == 0
    assert not opened.find_bar.isVisible()


def test_empty_viewer_is_calm_and_inert(qtbot, viewer: PdfViewer) -> None:
    assert viewer.stack.currentWidget() is viewer.placeholder
    assert viewer.placeholder.text() == "Inget dokument är öppet"
    assert pages.zoom_text(viewer) == "" and viewer.page_count_label.text() == ""
    assert viewer.find_text("Sala") == 0 and not viewer.find_bar.isVisible()
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.page() == 0 and viewer.status_message() == ""


def test_close_document(opened: PdfViewer) -> None:
    opened.close_document()
    assert opened.path() is None and opened.page_count() == 0
    assert not opened.commands["next_page"].isEnabled()
    assert opened.status_message() == ""


# --------------------------------------------------------------------------------------------
# Links
# --------------------------------------------------------------------------------------------


def test_web_link_is_never_opened(qtbot, opened: PdfViewer, pdfs, monkeypatch) -> None:
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened_urls.append(QUrl(url)) or True)
    click_on_page(qtbot, opened, 0, link_rects(pdfs.sample, 0)["web"])

    message = opened.status_message()
    assert pdfs.web_address in message
    assert "Programmet arbetar utan internet och öppnar inga webbsidor." in message
    copy = opened.message_bar.copy_button
    assert copy.isVisible() and copy.text() == "Kopiera adress"
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == pdfs.web_address
    assert opened_urls == []
    assert opened.page() == 1  # and the view did not jump anywhere
    assert page_at_top(opened) == 1


@pytest.mark.parametrize("part", ["publikationer/201", "patentlosning.html"])  # both lines
def test_a_web_address_that_wraps_is_shown_and_copied_whole(qtbot, viewer: PdfViewer,
                                                            monkeypatch, part: str) -> None:
    # PDFium's guess stopped at the line break: '…/publikationer/201' was shown and copied.
    import json

    from kvinnofrid_desktop.core.bundled import default_pack_dir

    pack = default_pack_dir()
    manifest = json.loads((pack / "manifest.json").read_text(encoding="utf-8"))
    full = next(s["url"] for d in manifest["documents"] for s in d.get("sources") or []
                if s["url"].endswith("ett-kraftfullt-verktyg-men-ingen-patentlosning.html"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("opened a URL"))
    assert viewer.open_document(pack / "docs" / "pub-kvinnofridssamordnare-2019.pdf")
    viewer.view.setFocus()
    viewer.go_to_page(2)
    qtbot.waitUntil(lambda: page_at_top(viewer) == 2)
    document = viewer.view.document()
    text = document.getAllText(1).text()
    # It wraps: at a line end, or after one of its hyphens (PDFium gives U+FFFE there).
    wrapped = text[text.index("publikationer/201"):text.index("patentlosning.html")]
    assert "\n" in wrapped or "\ufffe" in wrapped
    start = text.index(part)
    rect = document.getSelectionAtIndex(1, start, len(part)).boundingRectangle()
    centre = viewer.view.map_rect_from_page(1, rect).center().toPoint()
    assert viewer.view.viewport().rect().contains(centre)
    # A press and a release, as a hand makes them (qtbot.mouseClick here did not activate it).
    qtbot.mousePress(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: full in viewer.status_message())
    qtbot.mouseClick(viewer.message_bar.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == full


def test_internal_link_navigates_and_back_returns(qtbot, opened: PdfViewer, pdfs) -> None:
    click_on_page(qtbot, opened, 0, link_rects(pdfs.sample, 0)["internal"])
    assert opened.page() == 5
    assert page_at_top(opened) == 5
    assert opened.status_message() == ""
    qtbot.keyClick(opened.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert opened.page() == 1


def test_links_work_when_scrolled_and_zoomed(qtbot, opened: PdfViewer, pdfs) -> None:
    opened.commands["zoom_reset"].trigger()
    opened.commands["zoom_in"].trigger()
    opened.view.verticalScrollBar().setValue(opened.view.verticalScrollBar().value() + 40)
    click_on_page(qtbot, opened, 0, link_rects(pdfs.sample, 0)["internal"])
    assert opened.page() == 5


# --------------------------------------------------------------------------------------------
# Print, save a copy, open externally
# --------------------------------------------------------------------------------------------


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _page_count(path: Path) -> int:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document.pageCount()


def test_print_document_prints_the_range(qtbot, tmp_path: Path, pdfs) -> None:
    document = QPdfDocument()
    document.load(str(pdfs.sample))
    output = tmp_path / "utskrift.pdf"
    calls: list[tuple[int, int]] = []
    printed = print_document(document, _pdf_printer(output), 2, 3,
                             lambda done, total: calls.append((done, total)) or True)
    assert printed == 2
    assert _page_count(output) == 2
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)


def test_print_document_can_be_cancelled(tmp_path: Path, pdfs) -> None:
    document = QPdfDocument()
    document.load(str(pdfs.sample))
    printed = print_document(document, _pdf_printer(tmp_path / "avbruten.pdf"), 1, 6,
                             lambda done, _total: done < 2)
    assert printed == 0


@pytest.mark.parametrize(("first", "last", "said"), [
    (4, 6, "Sidorna 4–6 är sparade som PDF"),
    # One page was "Sidorna 5–5 är sparade som PDF".
    (5, 5, "Sidan 5 är sparad som PDF")])
def test_print_action_uses_the_dialog_range(qtbot, opened: PdfViewer, tmp_path: Path,
                                            monkeypatch, first: int, last: int,
                                            said: str) -> None:
    output = tmp_path / "fran-dialogen.pdf"

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            assert "samverkansplan.pdf" in title

        def setOption(self, *_args) -> None:
            pass

        def setMinMax(self, low: int, high: int) -> None:
            assert (low, high) == (1, 6)

        def exec(self) -> int:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(output))
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(first, last)
            return 1

    monkeypatch.setattr(viewer_export, "QPrintDialog", FakePrintDialog)
    qtbot.keyClick(opened.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    count = last - first + 1
    assert _page_count(output) == count
    # Those pages of the document itself, their text kept – not a page image per page.
    document = QPdfDocument()
    assert document.load(str(output)) == QPdfDocument.Error.None_
    original = opened.document()
    for page in range(count):
        words = original.getAllText(first - 1 + page).text().strip()
        assert words and document.getAllText(page).text().strip() == words
    document.close()
    assert opened.status_message().startswith(f"{said}: ")


def test_save_copy_writes_identical_bytes(qtbot, opened: PdfViewer, pdfs, tmp_path: Path,
                                          monkeypatch) -> None:
    target = tmp_path / "kopia"
    offered: list[str] = []

    def fake_dialog(parent, caption, suggested, file_filter):
        offered.append(suggested)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    click_action(qtbot, opened, opened.commands["save_copy"])
    assert offered and offered[0].endswith("samverkansplan.pdf")
    copy = target.with_suffix(".pdf")
    assert copy.read_bytes() == pdfs.sample.read_bytes()
    assert str(copy) in opened.status_message()


def test_save_copy_failure_explains_and_keeps_the_original(opened: PdfViewer, pdfs,
                                                          tmp_path: Path, monkeypatch) -> None:
    original = pdfs.sample.read_bytes()
    target = tmp_path / "saknad-mapp" / "kopia.pdf"
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: warnings.append(f"{title}\n{text}"))
    opened.commands["save_copy"].trigger()
    assert len(warnings) == 1
    assert "Kopian kunde inte sparas" in warnings[0]
    assert "Orsak: Mappen eller filen finns inte." in warnings[0]
    assert pdfs.sample.read_bytes() == original
    assert not target.exists()


def test_open_externally_hands_over_the_local_file(opened: PdfViewer, pdfs,
                                                   monkeypatch) -> None:
    calls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(QUrl(url)) or True)
    opened.commands["open_external"].trigger()
    assert len(calls) == 1
    assert calls[0].isLocalFile()
    assert Path(calls[0].toLocalFile()) == pdfs.sample.resolve()


def test_without_a_pdf_reader_the_message_says_what_to_do_instead(opened: PdfViewer,
                                                                  monkeypatch) -> None:
    """It said only that no other program can open PDF files."""
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    opened.commands["open_external"].trigger()
    assert opened.message_bar.isVisible()
    assert opened.status_message() == (
        "Det finns inget annat program som kan öppna PDF-filer. Läs dokumentet här i "
        "programmet, eller be IT-avdelningen installera en PDF-läsare.")


def test_export_can_be_forbidden(qtbot, pdfs, monkeypatch) -> None:
    locked = PdfViewer(allow_export=False)
    qtbot.addWidget(locked)
    locked.show()
    assert locked.open_document(pdfs.sample)
    for action in (locked.commands["save_copy"], locked.commands["open_external"]):
        assert not action.isVisible() and not action.isEnabled()
        assert not locked.toolbar.widgetForAction(action).isVisible()
    calls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url) or True)
    locked.commands["open_external"].trigger()
    assert calls == []
    assert locked.commands["print"].isEnabled()


def print_to_pdf_file(monkeypatch, output: Path) -> tuple[dict[object, bool], list[str]]:
    """The print dialog stood in for: the user picks Qt's "print to file" (PDF) at ``output``
    and keeps all pages. Returns the options the program set and the file names it offered."""
    options: dict[object, bool] = {}
    offered: list[str] = []

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            pass

        def setOption(self, option, on: bool = True) -> None:
            options[option] = on

        def setMinMax(self, low: int, high: int) -> None:
            pass

        def exec(self) -> int:
            offered.append(self.printer.outputFileName())
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(output))
            return 1

    monkeypatch.setattr(viewer_export, "QPrintDialog", FakePrintDialog)
    return options, offered


def test_with_export_forbidden_print_to_file_writes_no_copy(qtbot, pdfs, tmp_path: Path,
                                                           monkeypatch) -> None:
    """With the policy's allow_export false, Skriv ut… → "print to file (PDF)" wrote a
    byte-for-byte copy of the document. The dialog does not offer it, and a PDF printer chosen
    anyway writes nothing and says why."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog

    output = tmp_path / "kopia.pdf"
    options, offered = print_to_pdf_file(monkeypatch, output)
    locked = PdfViewer(allow_export=False)
    qtbot.addWidget(locked)
    locked.show()
    assert locked.open_document(pdfs.sample)
    locked.commands["print"].trigger()
    assert options[QAbstractPrintDialog.PrintDialogOption.PrintToFile] is False
    assert offered == [""]  # no file name offered either
    assert not output.exists()
    assert locked.status_message() == ("Utskrift till fil är avstängd av administratören: inga "
                                       "kopior får lämna programmet. Välj en skrivare.")


# --------------------------------------------------------------------------------------------
# View state, shortcuts, accessibility, a real-world PDF
# --------------------------------------------------------------------------------------------


def test_view_state_round_trip(qtbot, opened: PdfViewer, pdfs) -> None:
    opened.commands["zoom_reset"].trigger()
    opened.commands["zoom_in"].trigger()
    opened.go_to_page(4)
    state = opened.view_state()
    assert (state.page, state.zoom_mode, state.zoom) == (4, "custom", pytest.approx(1.1))
    restored = ViewState.from_dict(state.to_dict())
    assert restored == state

    opened.close_document()
    assert opened.open_document(pdfs.sample, page=restored.page, zoom=restored)
    assert (opened.page(), pages.zoom_text(opened)) == (4, "110 %")
    assert page_at_top(opened) == 4
    opened.apply_view_state(ViewState(page=2, zoom_mode="fit_page"))
    assert opened.page() == 2 and opened.commands["fit_page"].isChecked()


@pytest.mark.parametrize(
    "data",
    [None, "trasig", {}, {"page": "x", "zoom_mode": 3, "zoom": "NaN"},
     {"page": -4, "zoom_mode": "zoom", "zoom": float("inf")}, {"page": True, "zoom": 0},
     {"top": "x"}, {"top": -3}, {"top": float("nan")}, {"top": True}],
)
def test_view_state_from_bad_data_uses_defaults(data) -> None:
    assert ViewState.from_dict(data) == ViewState()


def test_view_state_keeps_the_point_of_the_page_at_the_top(qtbot, opened: PdfViewer,
                                                           pdfs) -> None:
    """The lower part of a page came back as the next page's top: only the page's number was
    remembered."""
    opened.go_to_page(3)
    bar = opened.view.verticalScrollBar()
    bar.setValue(bar.value() + opened.view.page_rects()[2].height() * 2 // 3)
    shown = bar.value() - opened.view.page_rects()[2].top()
    state = ViewState.from_dict(opened.view_state().to_dict())
    assert state.page == 3 and state.top > 300
    opened.close_document()
    assert opened.open_document(pdfs.sample, page=state.page, zoom=state, top=state.top)
    assert abs(bar.value() - opened.view.page_rects()[2].top() - shown) <= 2
    opened.apply_view_state(ViewState(page=2, top=100.0))
    assert opened.view_state().page == 2 and opened.view_state().top == pytest.approx(100, abs=1)


def test_view_state_clamps_zoom() -> None:
    state = ViewState.from_dict({"page": "7", "zoom_mode": "custom", "zoom": 99})
    assert (state.page, state.zoom_mode, state.zoom) == (7, "custom", 8.0)


def test_actions_come_from_the_registry_with_keys_tooltips_and_context(viewer: PdfViewer) -> None:
    from kvinnofrid_desktop.ui.commands import COMMANDS, VIEWER_COMMANDS

    assert list(viewer.commands) == list(VIEWER_COMMANDS)
    for name, action in viewer.commands.items():
        spec = COMMANDS[name]
        assert action.shortcuts(), name
        # The document's keys act while the viewer is on screen; the page moves' only with
        # the focus in it.
        expected = Qt.ShortcutContext.WindowShortcut if spec.scope == "document" \
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert action.shortcutContext() == expected, name
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert shortcut in action.toolTip(), name
        # The toolbar's commands have an icon; the screen up and down keys have no button.
        assert action.icon().isNull() == (name in ("screen_up", "screen_down")), name
        assert action.text() == spec.label(), name  # one label, the menus' too
    assert QKeySequence("Ctrl+=") in viewer.commands["zoom_in"].shortcuts()


def test_every_focusable_control_has_an_accessible_name(opened: PdfViewer) -> None:
    opened.commands["find"].trigger()
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in opened.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.accessibleName() and w.parentWidget() is not None
        and type(w).__name__ not in ("QScrollBar", "QSplitterHandle")
        and not (type(w).__name__ == "QLineEdit" and w.parentWidget().accessibleName())
    ]
    assert unnamed == []


def test_document_keys_act_on_the_viewer_on_screen_page_keys_where_the_focus_is(
        qtbot, pdfs) -> None:
    """Two viewers in two tabs, as in the window: Ctrl+0 acts on the visible one wherever the
    focus is in the window (here a text field outside both); PgDown only in the focused one."""
    from PySide6.QtWidgets import QLineEdit, QTabWidget

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    field = QLineEdit(host)
    tabs = QTabWidget(host)
    layout.addWidget(field)
    layout.addWidget(tabs)
    first, second = PdfViewer(), PdfViewer()
    tabs.addTab(first, "1")
    tabs.addTab(second, "2")
    host.resize(1000, 700)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    assert first.open_document(pdfs.sample) and second.open_document(pdfs.sample)
    tabs.setCurrentIndex(1)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom_text(second) == "100 %" and first.view_state().zoom_mode == "fit_width"
    qtbot.keyClick(field, Qt.Key.Key_PageDown)  # the text field's, not a viewer's
    assert (first.page(), second.page()) == (1, 1)
    qtbot.keyClick(field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert (first.page(), second.page()) == (1, 2)  # the page turned on screen
    second.view.setFocus()
    bar = second.view.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(second.view, Qt.Key.Key_PageDown)
    assert bar.value() > before and first.view.verticalScrollBar().value() == 0


def test_real_world_pdf(qtbot, viewer: PdfViewer, third_party_pdf: Path) -> None:
    assert viewer.open_document(third_party_pdf), viewer.status_message()
    count = viewer.page_count()
    assert count > 2
    assert viewer.page_count_label.text() == f"/ {count}"
    click_action(qtbot, viewer, viewer.commands["next_page"])
    assert viewer.page() == 2
    viewer.commands["last_page"].trigger()
    assert viewer.page() == count
    assert viewer.find_text("the") > 0


# --------------------------------------------------------------------------------------------
# Outline: to the heading itself, and following the reader (issue 17)
# --------------------------------------------------------------------------------------------


def pdf_with_headings(path: Path, heading: str, body: str, *, low: bool) -> Path:
    """Three pages with an outline entry each: ``heading`` and ``body`` numbered 1–3; the
    heading sits two thirds down the page below the body (``low``), or tops the page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    for number in range(1, 4):
        pdf.add_page()
        if low:
            pdf.cell(0, 10, f"{body} {number}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(190)
        pdf.start_section(f"{heading} {number}")
        pdf.cell(0, 10, f"{heading} {number} {'langt ned' if low else 'overst'}",
                 new_x="LMARGIN", new_y="NEXT")
        if not low:
            pdf.cell(0, 10, f"{body} {number}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def headings_low_on_pages(tmp_path_factory) -> Path:
    """Three pages; each page's heading sits two thirds down the page, below its body text."""
    return pdf_with_headings(tmp_path_factory.mktemp("outline") / "rubriker-langt-ned.pdf",
                             "Rubrik", "Brodtext pa sida", low=True)


def text_rect(viewer: PdfViewer, text: str) -> tuple[int, QRectF]:
    """Where ``text`` is drawn: (0-based page, viewport rectangle)."""
    from PySide6.QtPdf import QPdfSearchModel

    search = QPdfSearchModel()
    search.setDocument(viewer.document())
    search.setSearchString(text)
    for page in range(viewer.page_count()):
        results = search.resultsOnPage(page)
        if results:
            rect = QRectF(results[0].rectangles()[0])
            return page, viewer.view.map_rect_from_page(page, rect)
    raise AssertionError(f"{text!r} is not in the document")


def test_outline_goes_to_the_heading_not_the_page_top(qtbot, viewer: PdfViewer,
                                                      headings_low_on_pages: Path) -> None:
    assert viewer.open_document(headings_low_on_pages)
    tree = viewer.outline_view
    model = tree.model()
    index = model.index(1, 0)
    assert index.data() == "Rubrik 2"
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())
    page, heading = text_rect(viewer, "Rubrik 2 langt ned")
    assert viewer.page() == page + 1 == 2
    area = QRectF(viewer.view.viewport().rect())
    assert area.contains(heading)
    assert heading.top() < area.height() / 4  # at the top of the view, where the eye goes
    _page, body = text_rect(viewer, "Brodtext pa sida 2")
    assert not area.intersects(body)  # the page top is scrolled past


def test_outline_highlight_follows_the_reader(qtbot, viewer: PdfViewer,
                                              headings_low_on_pages: Path) -> None:
    assert viewer.open_document(headings_low_on_pages)
    tree = viewer.outline_view

    def marked() -> str:
        return tree.currentIndex().data() or ""

    viewer.view.setFocus()
    viewer.go_to_page(2)  # the top of page 2 is still in the section that began on page 1
    qtbot.waitUntil(lambda: marked() == "Rubrik 1")
    bar = viewer.view.verticalScrollBar()
    _page, heading = text_rect(viewer, "Rubrik 2 langt ned")
    bar.setValue(bar.value() + round(heading.top()))  # the reader scrolls to the heading
    qtbot.waitUntil(lambda: marked() == "Rubrik 2")
    viewer.go_to_page(1)
    qtbot.waitUntil(lambda: marked() == "")


def test_a_match_found_marks_its_section_until_the_reader_scrolls(
        qtbot, viewer: PdfViewer, headings_low_on_pages: Path) -> None:
    """Ctrl+F scrolls a match low on page 2 up to a third of the view; the top of the view is
    then still in the section that began on page 1, and the side panel marked that one."""
    assert viewer.open_document(headings_low_on_pages)
    tree = viewer.outline_view

    def marked() -> str:
        return tree.currentIndex().data() or ""

    viewer.view.setFocus()
    qtbot.waitUntil(lambda: marked() == "")  # the first page's top, above its heading
    assert viewer.find_text("Rubrik 2 langt ned") == 1
    qtbot.waitUntil(lambda: viewer.page() == 2)
    _page, match = text_rect(viewer, "Rubrik 2 langt ned")
    assert QRectF(viewer.view.viewport().rect()).contains(match)
    qtbot.waitUntil(lambda: marked() == "Rubrik 2")
    assert viewer.heading_at_top() == "Rubrik 2"
    # The reader scrolls up to page 2's body text: the mark follows the top of the view again.
    _page, body = text_rect(viewer, "Brodtext pa sida 2")
    bar = viewer.view.verticalScrollBar()
    bar.setValue(bar.value() + round(body.top()) - 4)
    qtbot.waitUntil(lambda: marked() == "Rubrik 1")


@pytest.fixture(scope="module")
def headings_at_page_tops(tmp_path_factory) -> Path:
    """Three pages, each opening with a heading just below its top margin."""
    return pdf_with_headings(tmp_path_factory.mktemp("outline") / "rubriker-overst.pdf",
                             "Kapitel", "Brodtext i kapitel", low=False)


def test_a_page_shown_from_its_top_marks_the_heading_it_opens_with(
        qtbot, viewer: PdfViewer, headings_at_page_tops: Path) -> None:
    """A page number typed (or Page Down, a thumbnail) shows the page from its top margin, above
    its first heading: the section that heading opens is the one being read, not the previous
    page's, whose heading is out of view."""
    assert viewer.open_document(headings_at_page_tops)
    tree = viewer.outline_view
    viewer.view.setFocus()
    for page in (2, 3, 1, 2):
        viewer.page_edit.setFocus()
        viewer.page_edit.selectAll()
        qtbot.keyClicks(viewer.page_edit, str(page))
        qtbot.keyClick(viewer.page_edit, Qt.Key.Key_Return)
        _page, heading = text_rect(viewer, f"Kapitel {page} overst")
        assert QRectF(viewer.view.viewport().rect()).contains(heading)
        qtbot.waitUntil(lambda page=page: tree.currentIndex().data() == f"Kapitel {page}")
        assert viewer.heading_at_top() == f"Kapitel {page}"


def test_long_headings_in_the_side_panel_wrap_instead_of_being_cut(qtbot, viewer: PdfViewer,
                                                                   tmp_path: Path) -> None:
    """A publication's outline read "Programmets eget åtg…", with no tooltip to read the rest;
    it wraps, as the document tabs' overview does, and again when the panel is made wider."""
    from fpdf import FPDF

    long = "Uppgifter om publikationen och om var originalet finns att beställa"
    path = tmp_path / "lang-rubrik.pdf"
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.start_section(long)
    pdf.cell(0, 10, "Brodtext", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    assert viewer.open_document(path)
    tree = viewer.outline_view  # a PDF with an outline opens with the side panel shown
    qtbot.waitUntil(lambda: tree.isVisible() and tree.model().rowCount() == 1)
    index = tree.model().index(0, 0)
    one_line = tree.fontMetrics().height()
    viewer.sidebar.setFixedWidth(180)
    qtbot.waitUntil(lambda: tree.visualRect(index).height() >= 3 * one_line)  # wrapped, not cut
    narrow = tree.visualRect(index).height()
    viewer.sidebar.setFixedWidth(420)  # measured again at the new width: fewer lines
    qtbot.waitUntil(lambda: one_line <= tree.visualRect(index).height() < narrow)


def test_a_page_number_out_of_range_says_which_pages_exist(qtbot, opened: PdfViewer) -> None:
    opened.page_edit.setFocus()
    opened.page_edit.selectAll()
    qtbot.keyClicks(opened.page_edit, "99999")
    qtbot.keyClick(opened.page_edit, Qt.Key.Key_Return)
    assert opened.page() == 1
    assert opened.message_bar.isVisible()
    assert opened.status_message() == "Sidan finns inte (1–6)."
    opened.page_edit.selectAll()
    qtbot.keyClicks(opened.page_edit, "3")
    qtbot.keyClick(opened.page_edit, Qt.Key.Key_Return)
    assert opened.page() == 3
    assert opened.status_message() == ""
    # Any other way to another page takes the message away too: it stood over page 5.
    for move in ("next_page", "first_page"):
        opened.page_edit.selectAll()
        qtbot.keyClicks(opened.page_edit, "77")
        qtbot.keyClick(opened.page_edit, Qt.Key.Key_Return)
        assert opened.status_message() == "Sidan finns inte (1–6)."
        click_action(qtbot, opened, opened.commands[move])
        assert opened.status_message() == ""
    qtbot.keyClicks(opened.page_edit, "77")
    qtbot.keyClick(opened.page_edit, Qt.Key.Key_Return)
    opened.hide()  # another tab chosen, and this one again
    opened.show()
    assert opened.status_message() == ""
    # On the last page a Page Down scrolls within it: no other page, but the reader moved on.
    click_action(qtbot, opened, opened.commands["last_page"])
    opened.page_edit.selectAll()
    qtbot.keyClicks(opened.page_edit, "77")
    qtbot.keyClick(opened.page_edit, Qt.Key.Key_Return)
    assert opened.status_message() == "Sidan finns inte (1–6)."
    opened.view.setFocus()
    bar = opened.view.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(opened.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: bar.value() > before)  # the rest of the last page
    assert opened.page() == 6
    assert opened.status_message() == ""


# --------------------------------------------------------------------------------------------
# Ways out: print to a PDF file keeps the text, copies get usual permissions, one folder
# --------------------------------------------------------------------------------------------


def test_printing_the_whole_document_to_a_pdf_file_writes_the_document(
        qtbot, opened: PdfViewer, pdfs, tmp_path: Path, monkeypatch) -> None:
    output = tmp_path / "utskrift.pdf"
    _options, offered = print_to_pdf_file(monkeypatch, output)
    qtbot.keyClick(opened.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # The document's own pages, text and all, not a page image per page.
    assert output.read_bytes() == pdfs.sample.read_bytes()
    document = QPdfDocument()
    assert document.load(str(output)) == QPdfDocument.Error.None_
    assert "Åsa har ett ärende." in document.getAllText(0).text()
    document.close()
    assert str(output) in opened.status_message()
    # The file name the dialog offered was in the Documents (or home) folder, never the
    # folder the program was started from.
    from kvinnofrid_desktop.ui.common.settings import documents_folder

    assert Path(offered[0]).parent == documents_folder()


def test_a_saved_copy_gets_the_usual_permissions(qtbot, opened: PdfViewer, tmp_path: Path,
                                                 monkeypatch) -> None:
    import os
    import stat

    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    previous = os.umask(0o022)
    try:
        opened.commands["save_copy"].trigger()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # others in the group may read it


def test_a_large_file_whose_end_is_missing_is_asked_about_before_the_long_repair(
        qtbot, viewer: PdfViewer, pdfs, tmp_path: Path) -> None:
    """A 1 GB download that stopped held the whole window still for 24 s, without a word:
    PDFium reads all of it to rebuild it, on the GUI thread."""
    from kvinnofrid_desktop.core.pack.external import SLOW_REPAIR_BYTES

    big = tmp_path / "nedladdning.pdf"
    data = pdfs.sample.read_bytes()
    with open(big, "wb") as f:  # the first two thirds of a PDF, then nothing
        f.write(data[: len(data) * 2 // 3])
        f.truncate(SLOW_REPAIR_BYTES + 1)
    with qtbot.waitSignal(viewer.loadFailed):
        assert viewer.open_document(big) is False
    bar = viewer.message_bar
    assert viewer.status_message() == (
        "Filen ”nedladdning.pdf” (17 MB) verkar ofullständig: slutet av filen saknas, som när "
        "en nedladdning har avbrutits. Att försöka öppna den ändå kan ta lång tid, och "
        "programmet svarar inte under tiden.")
    assert bar.kind() == "warning" and viewer.document() is None
    assert bar.action_button.isVisible()
    assert bar.action_button.accessibleName() == "Försök öppna ändå"

    # The user chooses to wait: PDFium tries, and says what it found.
    with qtbot.waitSignal(viewer.loadFailed):
        qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert "kunde inte öppnas. Den är skadad eller inte en PDF" in viewer.status_message()
    assert not bar.action_button.isVisible()

    # A file as large with its end in place opens at once.
    whole = tmp_path / "stor.pdf"
    whole.write_bytes(large_valid_pdf(SLOW_REPAIR_BYTES))
    assert viewer.open_document(whole)
    assert viewer.page_count() == 1 and viewer.status_message() == ""


def test_a_large_file_whose_table_is_wrong_is_asked_about_and_opens_when_chosen(
        qtbot, viewer: PdfViewer, tmp_path: Path) -> None:
    """A file whose startxref points at the wrong place is rebuilt as slowly as a stopped
    download (a damaged 45 MB file held the window 0.7 s here, a 1 GB one would take 16 s)."""
    from kvinnofrid_desktop.core.pack.external import SLOW_REPAIR_BYTES

    data = large_valid_pdf(SLOW_REPAIR_BYTES)
    table = data.rindex(b"startxref\n") + len(b"startxref\n")
    damaged = tmp_path / "skadad.pdf"
    damaged.write_bytes(data[:table] + b"9" + data[data.index(b"\n", table):])
    with qtbot.waitSignal(viewer.loadFailed):
        assert viewer.open_document(damaged) is False
    assert viewer.status_message() == (
        "Filen ”skadad.pdf” (17 MB) verkar skadad: dess register över var innehållet ligger "
        "stämmer inte, så hela filen måste läsas igenom. Att försöka öppna den ändå kan ta "
        "lång tid, och programmet svarar inte under tiden.")
    assert viewer.document() is None

    # PDFium rebuilds the table and the page is shown.
    with qtbot.waitSignal(viewer.documentLoaded):
        qtbot.mouseClick(viewer.message_bar.action_button, Qt.MouseButton.LeftButton)
    assert viewer.page_count() == 1 and viewer.status_message() == ""
    assert not viewer.message_bar.action_button.isVisible()


def large_valid_pdf(size: int) -> bytes:
    """A one-page PDF of about ``size`` bytes: an unused stream carries the bulk."""
    bulk = b"\x00" * size
    return pdf_from_objects([b"<< /Type /Catalog /Pages 2 0 R >>",
                             b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
                             b"<< /Length %d >>\nstream\n" % len(bulk) + bulk + b"\nendstream"])
