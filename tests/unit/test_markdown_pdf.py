"""Behaviour of the Markdown → PDF renderer, checked through QtPdf as the program reads PDFs."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import re
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument

from kvinnofrid_desktop.core.authoring.markdown_pdf import (
    MarkdownPdfError,
    OriginalRef,
    PdfMeta,
    SourceRef,
    render_markdown_pdf,
)
from kvinnofrid_desktop.core.bundled import font_dir

SWEDISH = "Våld i nära relationer – åtgärder för barn och äldre"
LONG_URL = (
    "https://www.lansstyrelsen.se/vastmanland/manniskor-och-samhalle/jamstalldhet/"
    "mans-vald-mot-kvinnor-och-vald-i-nara-relationer/regional-handlingsplan-2024-2027/"
    "bilagor/uppfoljning-av-insatser-for-barn-och-aldre.pdf"
)
META = PdfMeta(
    title=SWEDISH,
    author="Kvinnofrid Västmanland",
    subject="Översikt över stöd till barn och äldre som utsatts för våld i Västmanland.",
    sources=(
        SourceRef(
            "Länsstyrelsen Västmanland", "https://www.lansstyrelsen.se/vastmanland", "2026-11-20"
        ),
        SourceRef("Kvinnofridslinjen", "https://kvinnofridslinjen.se/", "2026-11-24"),
    ),
    original=OriginalRef(
        title="Regional handlingsplan mot mäns våld mot kvinnor",
        publisher="Länsstyrelsen Västmanland",
        diary_number="Dnr 800-1234-2024",
    ),
)
PARAGRAPH = (
    "Socialtjänsten ska ge stöd till den som utsatts för våld, och hälso- och sjukvården "
    "ska fråga om våld när det är relevant. "
)


@pytest.fixture
def render(tmp_path, qapp):
    """Render Markdown and return the loaded QPdfDocument."""
    docs = []

    def _render(markdown: str, meta: PdfMeta = META, name: str = "out.pdf") -> QPdfDocument:
        path = tmp_path / name
        pages = render_markdown_pdf(markdown, meta, path)
        doc = QPdfDocument()
        assert doc.load(str(path)) == QPdfDocument.Error.None_
        assert doc.pageCount() == pages
        docs.append(doc)
        return doc

    yield _render
    for doc in docs:
        doc.close()


def page_text(doc: QPdfDocument, page: int) -> str:
    return doc.getAllText(page).text()


def flat(text: str) -> str:
    """Collapse line breaks and spaces, as text wraps wherever the layout decides."""
    return " ".join(text.split())


def all_text(doc: QPdfDocument) -> str:
    return flat(" ".join(page_text(doc, p) for p in range(doc.pageCount())))


def outline(doc: QPdfDocument) -> list[tuple[str, int, int]]:
    model = QPdfBookmarkModel()
    model.setDocument(doc)
    found = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(
                (
                    index.data(int(QPdfBookmarkModel.Role.Title)),
                    index.data(int(QPdfBookmarkModel.Role.Level)),
                    index.data(int(QPdfBookmarkModel.Role.Page)),
                )
            )
            walk(index)

    walk(QModelIndex())
    return found


def test_empty_markdown_gives_one_page(render):
    assert render("").pageCount() == 1


def test_page_count_grows_with_content(render):
    short = render("# Rubrik\n\n" + PARAGRAPH, name="short.pdf")
    long = render("# Rubrik\n\n" + "\n\n".join([PARAGRAPH * 4] * 30), name="long.pdf")
    assert short.pageCount() == 1
    assert long.pageCount() > short.pageCount() + 1


def test_first_page_says_what_it_is_in_a_few_lines_and_starts_the_text(render):
    doc = render("# Rubrik\n\nBrödtext.\n\n" + "\n\n".join([PARAGRAPH * 4] * 12))
    first = flat(page_text(doc, 0))
    assert "Rubrik" in first  # the document's own title heads page 1
    assert "sammanställning som programmet Kvinnofrid Västmanland" in first
    assert "inte ett officiellt dokument från Länsstyrelsen Västmanland" in first
    assert "kan ha ändrats" in first
    assert "Sammanställd av Kvinnofrid Västmanland · källorna lästa senast" in first
    assert "(sammanställning" not in first
    assert "Brödtext" in first  # the substance starts on page 1
    assert "Officiellt original" not in first and "Källor" not in first
    assert "publikationslista" not in all_text(doc) and "diarienumret" not in all_text(doc)
    # The notice is two or three lines, not a page.
    notice = [line for line in page_text(doc, 0).splitlines() if line.strip()]
    start = next(i for i, line in enumerate(notice) if line.startswith("En sammanställning"))
    end = next(i for i, line in enumerate(notice) if "i slutet" in line)
    assert 1 <= end - start + 1 <= 3


def test_sources_and_original_close_the_document(render):
    doc = render("# Rubrik\n\n" + "\n\n".join([PARAGRAPH * 4] * 12))
    last = flat(page_text(doc, doc.pageCount() - 1))
    assert "Källor och original" in last
    for source in META.sources:
        assert source.title in last
        assert source.url in last
        assert f"kontrollerad {source.checked}" in last
    assert "Officiellt original" in last
    assert "Diarienummer: Dnr 800-1234-2024" in last
    assert "År: uppgift saknas" in last
    assert "Sidor: uppgift saknas" in last
    assert outline(doc)[-1][:2] == ("Källor och original", 0)


def test_the_original_shows_its_year_pages_and_address(render):
    meta = PdfMeta(title="T", author="A", original=OriginalRef(
        title="Rapport", publisher="Länsstyrelsen", year="2019", pages=46,
        url="https://example.se/rapport"))
    text = all_text(render("Text.", meta))
    assert "År: 2019" in text and "Sidor: 46" in text
    assert "Webbadress: https://example.se/rapport" in text


def test_without_original_there_is_no_original_box(render):
    meta = PdfMeta(title="Titel", author="Utgivare")
    doc = render("Text.", meta)
    first = flat(page_text(doc, 0))
    assert "Titel" in first  # no heading of its own: the title from the metadata
    assert "Officiellt original" not in all_text(doc)
    assert "inte ett officiellt dokument" in first


def test_footer_shows_page_number_and_title(render):
    doc = render("Text.\n\n" + "\n\n".join([PARAGRAPH * 4] * 20))
    last = doc.pageCount()
    for page in range(last):
        text = flat(page_text(doc, page))
        assert f"Sida {page + 1} av {last}" in text
        assert SWEDISH in text


def test_outline_follows_the_headings(render):
    markdown = (
        "# Våld i nära relationer\n\nInledning.\n\n"
        "## Barn\n\nText om barn.\n\n"
        "### Stöd i skolan\n\nText.\n\n"
        + "\n\n".join([PARAGRAPH * 4] * 15)
        + "\n\n## Äldre\n\nText om äldre.\n\n#### Fjärde nivån\n\nText.\n"
    )
    doc = render(markdown)
    entries = outline(doc)
    assert [(title, level) for title, level, _ in entries] == [
        ("Våld i nära relationer", 0),
        ("Barn", 1),
        ("Stöd i skolan", 2),
        ("Äldre", 1),
        ("Fjärde nivån", 2),
        ("Källor och original", 0),
    ]
    pages = {title: page for title, _, page in entries}
    assert pages["Våld i nära relationer"] == 0  # the body starts on page 1
    assert pages["Äldre"] > pages["Stöd i skolan"]
    assert "Äldre" in page_text(doc, pages["Äldre"])


def test_outline_of_a_document_without_level_one_headings(render):
    entries = outline(render("## Bakgrund\n\nText.\n\n### Detaljer\n\nText.\n\n## Slutsats\n"))
    assert [(title, level) for title, level, _ in entries] == [
        (SWEDISH, 0),  # the title from the metadata heads page 1
        ("Bakgrund", 0),
        ("Detaljer", 1),
        ("Slutsats", 0),
        ("Källor och original", 0),
    ]


def test_swedish_text_survives_extraction(render):
    special = "Citat ”så här” enligt 5 kap. 11 § SoL – kostnad 200 € — ÅÄÖ é"
    doc = render(f"# {SWEDISH}\n\n{special}\n\n**Fet {SWEDISH}** och *kursiv text*.\n")
    body = page_text(doc, 0)
    assert SWEDISH in body
    assert special in body
    assert f"Fet {SWEDISH}" in flat(body)
    assert "kursiv text" in body
    assert "\ufffe" not in body and "\xad" not in body


def test_hyphenated_words_at_line_ends_extract_cleanly(render):
    # Vary the run-up so that "hälso-" falls at many different positions on the line.
    wrapped = "\n".join(f"{'Vi ' * k}samarbetar med hälso-\noch sjukvården." for k in range(20))
    doc = render(PARAGRAPH * 20 + "\n\n" + wrapped)
    text = all_text(doc)
    assert "\ufffe" not in text
    assert text.count("hälso- och sjukvården") == 40


def test_words_stay_whole_where_the_style_changes(render):
    # Vary the run-up so that the styled words land at the end of a line somewhere.
    markdown = "\n".join(f"{'ord ' * k}**fetstil**. Sedan *kursiv*, text." for k in range(25))
    text = all_text(render(markdown))
    assert text.count("fetstil. Sedan kursiv, text.") == 25


def test_page_texts_and_bytes_are_identical_across_builds(tmp_path, qapp):
    markdown = f"# {SWEDISH}\n\n" + "\n\n".join([PARAGRAPH * 3] * 12) + "\n\n- a\n- b\n"
    texts, digests = [], []
    for name in ("a.pdf", "b.pdf"):
        path = tmp_path / name
        render_markdown_pdf(markdown, META, path)
        digests.append(hashlib.sha256(path.read_bytes()).hexdigest())
        doc = QPdfDocument()
        doc.load(str(path))
        texts.append([page_text(doc, p) for p in range(doc.pageCount())])
        doc.close()
    assert texts[0] == texts[1]
    assert digests[0] == digests[1]


def test_metadata_is_readable(render):
    doc = render("Text.")
    assert doc.metaData(QPdfDocument.MetaDataField.Title) == META.title
    assert doc.metaData(QPdfDocument.MetaDataField.Author) == META.author
    assert doc.metaData(QPdfDocument.MetaDataField.Subject) == META.subject
    assert doc.metaData(QPdfDocument.MetaDataField.Creator) == "Kvinnofrid Västmanland"
    created = doc.metaData(QPdfDocument.MetaDataField.CreationDate)
    assert created.date().toString("yyyy-MM-dd") == META.created


def test_lists_quotes_rules_and_links_render_their_text(render):
    markdown = (
        "Inledning\n\n"
        "- första punkten\n  - underpunkt\n- andra punkten\n\n"
        "3. tredje\n4. fjärde\n\n"
        "> Ett citat som\n> fortsätter.\n\n"
        "---\n\n"
        "Läs [vägledningen](https://www.socialstyrelsen.se/vagledning) eller mejla "
        "[oss](mailto:kvinnofrid@example.se).  \nNy rad efter hård radbrytning.\n"
    )
    text = all_text(render(markdown))
    for expected in (
        "• första punkten",
        "– underpunkt",
        "• andra punkten",
        "3. tredje",
        "4. fjärde",
        "Ett citat som fortsätter.",
        "Ny rad efter hård radbrytning.",
    ):
        assert expected in text
    # A URL may wrap at a slash or dot, so compare without whitespace.
    squeezed = "".join(text.split())
    assert "vägledningen(https://www.socialstyrelsen.se/vagledning)" in squeezed
    assert "oss(kvinnofrid@example.se)" in squeezed


def test_a_list_item_is_not_split_between_pages(render):
    """A step split at a page break showed "Lex Maja … får anmäla" on one page and its limit
    ("när de själva påträffar") on the next. Items are kept whole when they fit a third of a
    page; a longer one may still break, so nothing is lost."""
    items = [f"{n}. Steg {n} början. " + "Mellan orden står det mycket text. " * 9
             + f"Steg {n} slut." for n in range(1, 25)]
    doc = render("# Rubrik\n\n" + "\n".join(items))
    assert doc.pageCount() > 2
    for page in range(doc.pageCount()):
        text = flat(page_text(doc, page))
        for n in range(1, 25):
            assert (f"Steg {n} början." in text) == (f"Steg {n} slut." in text), (page, n)
    huge = render("# Rubrik\n\n1. Lång början. " + "Mycket text här. " * 900 + "Lång slut.",
                  name="huge.pdf")
    assert huge.pageCount() > 2 and "Lång slut." in all_text(huge)


def test_long_url_wraps_inside_the_margins(render):
    doc = render(f"Se {LONG_URL} och [länken]({LONG_URL}).\n\n| Källa |\n|--|\n| {LONG_URL} |\n")
    body = page_text(doc, 0)
    squeezed = "".join(body.split())
    assert squeezed.count(LONG_URL) == 3
    assert "\ufffe" not in body
    width = doc.pagePointSize(0).width()
    right_margin_edge = width - 20 * 72 / 25.4
    for polygon in doc.getAllText(0).bounds():
        assert polygon.boundingRect().right() <= right_margin_edge + 1


def test_table_cells_are_extractable(render):
    markdown = (
        "| Verksamhet | Telefon | Öppettider |\n"
        "|:--|:--|--:|\n"
        "| Kvinnofridslinjen | 020-50 50 50 | Dygnet runt |\n"
        "| **Brottsofferjouren** Västmanland | 021-12 34 56 | Vardagar 9–16 |\n"
    )
    # A number is kept on one line with a no-break hyphen (U+2011), which extraction keeps.
    text = all_text(render(markdown)).replace("\u2011", "-")
    for cell in (
        "Verksamhet",
        "Öppettider",
        "Kvinnofridslinjen",
        "020-50 50 50",
        "Brottsofferjouren Västmanland",
        "Vardagar 9–16",
    ):
        assert cell in text


def lines_of(doc: QPdfDocument) -> list[str]:
    """Every line of every page, its spaces and hyphens as plain ones."""
    text = "\n".join(page_text(doc, p) for p in range(doc.pageCount()))
    return [" ".join(line.replace("\u2011", "-").split()) for line in text.splitlines()]


NUMBERS = ("020-555 666", "0771-900 800", "020-50 50 50", "077-150 50 50", "116 111")


def test_a_phone_number_in_a_narrow_table_column_stays_on_one_line(render):
    """atgardskort.pdf's national table printed "020-555 66" and "6" on two lines: the
    Nummer column was narrower than the number, and the writer split it inside."""
    rows = "".join(f"| Stöd | Stödlinje nummer {n} med ett långt namn som tar plats | {number} | "
                   "Dygnet runt, alla dagar, även helgdagar och aftnar |\n"
                   for n, number in enumerate(NUMBERS))
    lines = lines_of(render("| Vad | Vem | Nummer | Tider |\n|---|---|---|---|\n" + rows))
    for number in NUMBERS:
        assert any(number in line for line in lines), (number, lines)


def test_a_phone_number_in_running_text_stays_on_one_line(render):
    paragraph = " ".join(f"Ring {'ord ' * n}{number} om du behöver stöd."
                         for n, number in enumerate(NUMBERS * 8))
    lines = lines_of(render(paragraph))
    for number in NUMBERS:
        assert sum(number in line for line in lines) == 8, number


@pytest.mark.parametrize(
    ("markdown", "line", "words"),
    [
        ("# Rubrik\n\nText.\n\n<div>\nhej\n</div>\n", 5, "raw HTML"),
        ("Första raden\nandra <b>fet</b> rad\n", 2, "raw HTML"),
        ("Text\n\n![karta](karta.png)\n", 3, "images"),
        ("Text\n\n```\nkod\n```\n", 3, "code blocks"),
        ("| A |\n|--|\n| <i>x</i> |\n", 3, "raw HTML"),
    ],
)
def test_unsupported_markdown_names_the_line(tmp_path, markdown, line, words):
    out = tmp_path / "out.pdf"
    with pytest.raises(MarkdownPdfError, match=words) as caught:
        render_markdown_pdf(markdown, META, out)
    assert caught.value.line == line
    assert f"line {line}" in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # no partial or temporary file left behind


def test_characters_missing_from_the_font_are_reported(tmp_path):
    with pytest.raises(MarkdownPdfError, match="📞"):
        render_markdown_pdf("Ring 📞 112", META, tmp_path / "out.pdf")


def test_missing_font_file_is_named(tmp_path):
    fonts = tmp_path / "fonts"
    shutil.copytree(font_dir(), fonts)
    (fonts / "DejaVuSans-Oblique.ttf").unlink()
    with pytest.raises(MarkdownPdfError, match=r"DejaVuSans-Oblique\.ttf"):
        render_markdown_pdf("Text", META, tmp_path / "out.pdf", font_dir=fonts)


def test_unwritable_destination_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        render_markdown_pdf("Text", META, tmp_path / "saknas" / "out.pdf")


def test_existing_pdf_is_replaced_whole(tmp_path):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    assert render_markdown_pdf("Text", META, out) == 1
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_output_is_readable_by_others(tmp_path):
    out = tmp_path / "out.pdf"
    render_markdown_pdf("Text", META, out)
    assert out.stat().st_mode & 0o044 == 0o044


def test_fonts_are_embedded(tmp_path):
    out = tmp_path / "out.pdf"
    render_markdown_pdf("**fet** *kursiv* ***båda***", META, out)
    data = out.read_bytes()
    assert data.count(b"/FontFile2") == 4
    assert not re.search(rb"/BaseFont\s*/(Helvetica|Times|Courier)", data)


def test_missing_build_extra_gives_install_hint(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "fpdf", None)
    with pytest.raises(MarkdownPdfError, match=r"pip install 'kvinnofrid-desktop\[build\]'"):
        render_markdown_pdf("Text", META, tmp_path / "out.pdf")


def test_rendering_never_loads_qt(tmp_path):
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kvinnofrid_desktop.core.authoring.markdown_pdf import PdfMeta, render_markdown_pdf\n"
        f"render_markdown_pdf('# Rubrik', PdfMeta('T', 'A'), Path({str(tmp_path / 'x.pdf')!r}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_renders_the_same_without_pillow_and_cryptography(tmp_path):
    """The installed program has neither (Pillow only draws images; cryptography carries
    OpenSSL): the PDF is the same, and fpdf2's warning that Pillow is missing is not printed
    into `pack build`'s output. (Without ssl too: tests/packaging/test_frozen.py.)"""
    markdown = (f"# {SWEDISH}\n\n{PARAGRAPH}\n\n"
                "| Roll | Telefon |\n|---|---|\n| Växel | 021-39 00 00 |\n")
    expected = tmp_path / "med.pdf"
    render_markdown_pdf(markdown, META, expected)
    out = tmp_path / "utan.pdf"
    script = (
        "import sys\n"
        "for name in ('PIL', 'numpy', 'cryptography'):\n"
        "    sys.modules[name] = None  # as in the bundle\n"
        "from pathlib import Path\n"
        "from kvinnofrid_desktop.core.authoring.markdown_pdf import render_markdown_pdf\n"
        "from test_markdown_pdf import META\n"
        f"render_markdown_pdf(sys.stdin.read(), META, Path({str(out)!r}))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [os.path.dirname(__file__), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-W", "default", "-c", script], input=markdown,
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert out.read_bytes() == expected.read_bytes()
