"""Fixtures for the UI tests: an offscreen Qt platform and PDFs made for the viewer tests."""

from __future__ import annotations

import contextlib
import os

# Before anything imports Qt: the platform is chosen when the application object is made.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from fpdf import FPDF
from language import interface_language

REPO = Path(__file__).resolve().parents[2]
_FONTS = (
    REPO / "resources" / "fonts" / "DejaVuSans.ttf",
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)
THIRD_PARTY_PDFS = (
    Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"),
    Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
)
WEB_ADDRESS = "https://www.lansstyrelsen.se/vastmanland"
PASSWORD = "hemligt"


@dataclass(frozen=True)
class Pdfs:
    sample: Path  # 6 pages, outline "Kapitel 1".."Kapitel 6", links on page 1
    no_outline: Path  # 3 pages, no bookmarks
    many_pages: Path  # 80 pages, for lazy thumbnails
    encrypted: Path  # user password PASSWORD
    damaged: Path  # a truncated copy of sample
    not_pdf: Path  # a text file named .pdf
    scanned: Path  # 2 pages of images only (no text layer): SCANNED_WORDS drawn on them
    web_address: str = WEB_ADDRESS  # target of the web link on page 1 of sample
    password: str = PASSWORD  # user password of encrypted


def _new_pdf() -> FPDF:
    pdf = FPDF()
    font = next((f for f in _FONTS if f.exists()), None)
    if font is not None:
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=14)
    else:  # Helvetica's WinAnsi encoding still covers å, ä and ö
        pdf.set_font("Helvetica", size=14)
    return pdf


def _line(pdf: FPDF, text: str, link: str | int = "") -> None:
    pdf.cell(0 if not link else 70, 10, text, link=link, new_x="LMARGIN", new_y="NEXT")


def _make_sample(path: Path) -> None:
    """Known words: "Sala" once on page 1 and twice on page 3 (3 in all); "får" twice and
    "far" once on page 1; "våldet" on page 2; "Åsa" and "ärende" on page 1."""
    pdf = _new_pdf()
    to_page_5 = pdf.add_link(page=5)
    for number in range(1, 7):
        pdf.add_page()
        pdf.start_section(f"Kapitel {number}")
        _line(pdf, f"Sida {number} rubrik")
        if number == 1:
            _line(pdf, "Vi får hjälp i Sala. Vår far och FÅR.")
            _line(pdf, "Åsa har ett ärende.")
            _line(pdf, "Gå till sidan 5", link=to_page_5)
            _line(pdf, "Länsstyrelsens webbplats", link=WEB_ADDRESS)
        elif number == 2:
            _line(pdf, "Om våldet i nära relationer och stöd.")
        elif number == 3:
            _line(pdf, "Sala kommun och SALA socialtjänst.")
        elif number == 5:
            _line(pdf, "Målsidan för länken.")
    pdf.output(str(path))


def _make_plain(path: Path, pages: int) -> None:
    pdf = _new_pdf()
    for number in range(1, pages + 1):
        pdf.add_page()
        _line(pdf, f"Sida {number} av {pages}")
        _line(pdf, "Samverkan mot våld i nära relationer.")
    pdf.output(str(path))


# Drawn on the scanned PDF's pages, as pixels: no text layer holds them.
SCANNED_TITLE = "Rutin vid hedersrelaterat våld Köping"
SCANNED_WORDS = ("Rutin vid hedersrelaterat våld\nKontakta alltid Origo vid misstanke.",
                 "Utreseförbud\nBarn som riskerar att föras utomlands.")


def _make_scanned(path: Path) -> None:
    """A PDF as a scanner makes it: each page one image with its words in it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    for number, words in enumerate(SCANNED_WORDS):
        if number:
            writer.newPage()
        image = QImage(595, 842, QImage.Format.Format_Grayscale8)
        image.fill(QColor(245, 245, 240))
        on_image = QPainter(image)
        on_image.setFont(QFont("DejaVu Sans", 16))
        for line, text in enumerate(words.split("\n")):
            on_image.drawText(60, 80 + 30 * line, text)
        on_image.end()
        painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), image)
    painter.end()


def _make_encrypted(path: Path) -> None:
    pdf = _new_pdf()
    pdf.add_page()
    _line(pdf, "Skyddat innehåll")
    pdf.set_encryption(owner_password="agare-123", user_password=PASSWORD)
    pdf.output(str(path))


@pytest.fixture(autouse=True, scope="session")
def swedish_interface() -> None:
    """The tests read the Swedish interface: pin it, whatever the machine's own language is.

    The program takes the system language when neither --lang nor the setting says otherwise;
    on a developer's English desktop the windows would otherwise come up in English.
    tests/ui/language.py switches to English for the tests that want it.
    """
    from kvinnofrid_desktop.app.start import apply_language, ensure_application

    apply_language(ensure_application(), "sv")


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Pdfs:
    folder = tmp_path_factory.mktemp("pdfs")
    made = Pdfs(
        sample=folder / "samverkansplan.pdf",
        no_outline=folder / "utan-innehall.pdf",
        many_pages=folder / "rapport-80-sidor.pdf",
        encrypted=folder / "skyddad.pdf",
        damaged=folder / "trasig.pdf",
        not_pdf=folder / "anteckning.pdf",
        scanned=folder / "inskannad.pdf",
    )
    _make_scanned(made.scanned)
    _make_sample(made.sample)
    _make_plain(made.no_outline, 3)
    _make_plain(made.many_pages, 80)
    _make_encrypted(made.encrypted)
    data = made.sample.read_bytes()
    made.damaged.write_bytes(data[: len(data) // 3])
    made.not_pdf.write_text("Det här är en textfil, ingen PDF.\n", encoding="utf-8")
    return made


@pytest.fixture
def scanned_pack(tmp_path: Path, pdfs: Pdfs) -> Path:
    """A pack with the default pack's strategy (a PDF with text) and a scanned routine
    ("inskannad", pages of images only), its index built from the pages' text as the builder
    builds it: the scanned pages are in it, empty."""
    import sys

    from kvinnofrid_desktop.core.bundled import default_pack_dir
    from kvinnofrid_desktop.core.search import IndexEntry, build_index
    from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

    sys.path.insert(0, str(REPO / "tests" / "unit"))
    from packtools import document, write_pack

    strategy = default_pack_dir() / "docs" / "strategi.pdf"
    docs = [("strategi", "Strategi", strategy), ("inskannad", SCANNED_TITLE, pdfs.scanned)]
    entries = [IndexEntry(doc_id, title, n, text) for doc_id, title, pdf in docs
               for n, text in enumerate(QtPdfEngine().page_texts(pdf), 1)]
    build_index(tmp_path / "search.sqlite", entries)
    write_pack(tmp_path / "pack", {
        "docs/strategi.pdf": strategy.read_bytes(),
        "docs/inskannad.pdf": pdfs.scanned.read_bytes(),
        "search.sqlite": (tmp_path / "search.sqlite").read_bytes()}, [
        document(pages=len(QtPdfEngine().page_texts(strategy))),
        document("inskannad", "docs/inskannad.pdf", title=SCANNED_TITLE, tab="publication",
                 provenance="official", pages=len(SCANNED_WORDS), sources=[])],
        search_index="search.sqlite")
    return tmp_path / "pack"


@pytest.fixture
def third_party_pdf() -> Path:
    """A real PDF nobody on the team made (Debian's manuals); skips when none is installed."""
    for path in THIRD_PARTY_PDFS:
        if path.exists():
            return path
    pytest.skip("no third-party PDF installed on this machine")


# --- shared by the accessibility and language walks ---------------------------------------------

@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    return SimpleNamespace(tmp=tmp_path, settings=tmp_path / "config" / "settings.ini")


@pytest.fixture
def printing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Print dialogs are recorded (by title) and cancelled; no real dialog opens in tests."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    shown: list[str] = []

    def exec_(dialog: QPrintDialog) -> int:
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return shown


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Accessibility on, as with a screen reader running, and what it is told to announce
    (each QAccessibleAnnouncementEvent's text, in order). PySide has no
    QAccessible.installUpdateHandler: the events are read where every one of them passes."""
    from PySide6.QtGui import QAccessible

    said: list[str] = []
    post = QAccessible.updateAccessibility

    def record(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())
        post(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    QAccessible.setActive(True)
    yield said
    QAccessible.setActive(False)  # left on, the item views of later tests answer its queries


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with interface_language(request.param):
        yield request.param


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A source folder made from the default pack, as Redigera innehållspaket… makes it."""
    from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
    from kvinnofrid_desktop.core.bundled import default_pack_dir

    return create_from_pack(default_pack_dir(), tmp_path / "källa")


@pytest.fixture
def folder(source: Path):
    """That source folder, opened as the editor's model."""
    from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder

    return SourceFolder.open(source)


@pytest.fixture
def show_active(qtbot):
    """Show a top-level widget at a size and make it the active window (its shortcuts answer
    only there); the widget, back."""
    from PySide6.QtWidgets import QApplication

    def show(widget, width: int = 1280, height: int = 800):
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
        return widget

    return show


@pytest.fixture
def editor_window(env: SimpleNamespace, show_active):
    """Open the editor on a source folder, shown at 1280×800 and active. At the end every
    editor opened is put away without its closing question (a failed test leaves unsaved
    changes, and a real question would wait forever); its preview worker is stopped first."""
    from kvinnofrid_desktop.ui.common.settings import Settings
    from kvinnofrid_desktop.ui.editor import open_editor

    opened = []

    def open_(source: Path):
        window = open_editor(source, settings=Settings(env.settings))
        assert window is not None
        opened.append(window)
        return show_active(window)

    yield open_
    for window in opened:
        with contextlib.suppress(RuntimeError):  # already deleted by the test
            window.documents.shutdown()
            window.hide()
            window.folder.revert()
            window.deleteLater()


@pytest.fixture
def text_scale(request: pytest.FixtureRequest, qapp) -> Iterator[float]:
    """The application font scaled by ``request.param`` (2.0: 200 % text), then put back."""
    from PySide6.QtGui import QFont

    app = qapp
    font = app.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * request.param)
    app.setFont(bigger)
    yield request.param
    app.setFont(font)


@pytest.fixture
def screen_scheme(qapp) -> Iterator[Callable[[str], object]]:
    """A function that gives the application the colour scheme it is named
    (``drawn.scheme_palette``) as the system does, also while a window is open, and returns
    that palette; the application's own palette is put back after the test (the other tests
    share the application)."""
    from drawn import scheme_palette
    from PySide6.QtGui import QPalette

    saved = QPalette(qapp.palette())

    def apply(name: str) -> QPalette:
        palette = scheme_palette(name.replace("_", " "))
        qapp.setPalette(palette)
        return palette

    yield apply
    qapp.setPalette(saved)
