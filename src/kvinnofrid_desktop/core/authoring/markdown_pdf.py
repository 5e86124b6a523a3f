"""Render a Markdown compilation plus its metadata into a calm, text-extractable PDF.

Used by the pack builder only. fpdf2 and markdown-it-py are the optional "build" extra,
so they are imported inside :func:`render_markdown_pdf`; this module never imports Qt.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.card.text import unbroken_numbers
from kvinnofrid_desktop.core.fsutil import write_bytes
from kvinnofrid_desktop.core.pack.manifest import Original, Source

__all__ = ["MarkdownPdfError", "OriginalRef", "PdfMeta", "SourceRef", "render_markdown_pdf"]


# The manifest's own types describe sources and originals; the renderer uses them as they are.
SourceRef = Source
OriginalRef = Original


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str  # the publisher of the compilation
    language: str = "sv"
    subject: str = ""  # the summary
    sources: tuple[SourceRef, ...] = ()
    original: OriginalRef | None = None
    created: str = "2026-11-26"  # ISO date; fixed so that output is deterministic


class MarkdownPdfError(ValueError):
    """Raised for Markdown the renderer cannot handle; message names the line number."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line is not None else message)
        self.line = line


FONT_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
    "BI": "DejaVuSans-BoldOblique.ttf",
}
LABEL = "SAMMANSTÄLLNING FRÅN OFFENTLIGA KÄLLOR"
# Page 1 says what the document is in two or three lines; the substance follows at once, and
# the sources and the original it stands in for close the document.
STATEMENT = (
    "En sammanställning som programmet Kvinnofrid Västmanland har gjort utifrån offentliga "
    "källor – inte ett officiellt dokument från Länsstyrelsen Västmanland eller någon annan "
    "myndighet. Uppgifter kan ha ändrats sedan källorna lästes; stäm av mot källorna i slutet."
)
BACK_OUTLINE = "Källor och original"
MISSING = "uppgift saknas"

FAMILY = "DejaVu"
BODY_PT = 11.0
PT_MM = 25.4 / 72
LINE_H = BODY_PT * PT_MM * 1.45  # ~5.6 mm: airy enough for long reading on screen
INDENT = 7.0
KEEP_TOGETHER_MM = 85.0  # a list item this high or less is not split between pages
RGB = tuple[int, int, int]
Fmt = tuple[str, float, RGB]  # font style, size in pt, colour
Run = tuple[str, Fmt, str]  # text, format, kind: "text", "url" or "br"
Gap = tuple[str, Fmt] | str | None  # a space, "\n" (hard break) or None (may break, no space)
INK, MUTED, HEAD = (33, 37, 41), (96, 102, 110), (24, 52, 84)
RULE, BOX_FILL, BOX_EDGE = (200, 205, 212), (243, 246, 249), (150, 165, 182)
HEADING = {1: (17.0, 7.0, 3.0), 2: (14.0, 6.0, 2.2), 3: (12.0, 4.5, 1.6)}  # pt, before, after
# PDF text extraction (PDFium, as used by QtPdf) takes a line ending in "letter-" for a
# hyphenated word and returns U+FFFE instead of the hyphen. So URLs break after / . etc.
# or *before* a hyphen, and "hälso- och" is kept on one line with a no-break space
# (drawn as an ordinary space, so extraction still reads "hälso- och").
URL_BREAK = re.compile(r"(?<=[/?&=#_.])|(?=-)")
HYPHEN_SPACE = re.compile(r"(?<=\w)- ")
BARE_URL = re.compile(r"(https?://[^\s)>\]]+[^\s)>\].,;:!?])")
TABLE_ALIGN = re.compile(r"text-align:\s*(left|right|center)")
# Where the PDF writer may break a table cell's line: at a space, after a hyphen. A no-break
# space or hyphen (core/card/text.py's ``unbroken``) keeps a phone number one word.
UNBREAKABLE_SPLIT = re.compile(r"[ \t\n]+|(?<=-)")
# Closing tokens, inline runs and table internals are consumed by the handler that
# opened them; any other token without an on_<type> handler is unsupported Markdown.
TABLE_PART = re.compile(r"(thead|tbody|tr|th|td)_(open|close)$")
UNSUPPORTED = {
    "html_block": "raw HTML is not supported",
    "fence": "code blocks are not supported",
    "code_block": "indented code blocks are not supported (remove the indentation)",
}


def render_markdown_pdf(
    markdown: str, meta: PdfMeta, out_path: Path, *, font_dir: Path | None = None
) -> int:
    """Write the PDF for ``markdown`` and ``meta`` to ``out_path``; return its page count."""
    try:
        with warnings.catch_warnings():
            # The installed program has no Pillow (fpdf2 needs it for images only, and the
            # renderer draws none): fpdf2's warning about it would only alarm whoever reads it.
            warnings.filterwarnings("ignore", "Pillow could not be imported", UserWarning)
            from fpdf import FPDF
        from markdown_it import MarkdownIt
    except ImportError as exc:
        raise MarkdownPdfError(
            f"för att göra PDF av Markdown-filer behövs fpdf2 och markdown-it-py ({exc.name} "
            "saknas); installera dem med: pip install 'kvinnofrid-desktop[build]'"
        ) from exc
    if font_dir is None:
        from kvinnofrid_desktop.core.bundled import font_dir as bundled_font_dir

        font_dir = bundled_font_dir()
    fonts = {style: Path(font_dir) / name for style, name in FONT_FILES.items()}
    for path in fonts.values():
        if not path.is_file():
            raise MarkdownPdfError(f"font file not found: {path}")
    try:
        created = datetime.combine(date.fromisoformat(meta.created), datetime.min.time(), UTC)
    except ValueError as exc:
        raise MarkdownPdfError(f"PdfMeta.created is not an ISO date: {meta.created!r}") from exc

    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    pdf = _make_pdf(FPDF, fonts, meta, created)
    renderer = _Renderer(pdf)
    renderer.body(tokens, meta)
    renderer.back_matter(meta)
    data = bytes(pdf.output())
    # fpdf2 only logs glyphs DejaVu lacks (emoji, CJK) and draws nothing for them.
    missing = sorted({chr(c) for font in pdf.fonts.values() for c in font.missing_glyphs})
    if missing:
        raise MarkdownPdfError(f"characters not in DejaVu Sans: {' '.join(missing)}")

    write_bytes(Path(out_path), data, mode=0o644)  # a pack file must be readable by all
    return int(pdf.pages_count)


def _make_pdf(fpdf_cls: Any, fonts: dict[str, Path], meta: PdfMeta, created: datetime) -> Any:
    short_title = meta.title

    class _Pdf(fpdf_cls):  # type: ignore[misc]
        def footer(self) -> None:
            self.set_y(-15)
            self.set_draw_color(*RULE)
            self.set_line_width(0.2)
            self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
            self.set_y(-13)
            self.set_font(FAMILY, "", 8.5)
            self.set_text_color(*MUTED)
            # Page number on the left: fpdf2 reserves three digits for {nb}, which would
            # leave a ragged gap at a right-aligned edge.
            self.cell(self.epw * 0.25, 5, f"Sida {self.page_no()} av {{nb}}")
            self.cell(self.epw * 0.75, 5, _fit(self, short_title, self.epw * 0.72), align="R")

    pdf = _Pdf(format="A4", unit="mm")
    for style, path in fonts.items():
        pdf.add_font(FAMILY, style, str(path))
    pdf.set_margins(20, 20, 20)
    pdf.c_margin = 0  # text, tables and rules share one left edge
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages("{nb}", align="L")
    pdf.set_title(meta.title)
    pdf.set_author(meta.author)
    pdf.set_subject(meta.subject)
    pdf.set_creator("Kvinnofrid Västmanland")
    pdf.set_producer("Kvinnofrid Västmanland (fpdf2)")  # no version: same bytes across builds
    pdf.set_lang(meta.language)
    pdf.set_creation_date(created)
    pdf.page_mode = "USE_OUTLINES"
    return pdf


def _keep(text: str) -> str:
    # A phone number is kept on one line as the card's own numbers are (core/card/text.py).
    return HYPHEN_SPACE.sub("-\u00a0", unbroken_numbers(text))


def _fit(pdf: Any, text: str, width: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``width`` in the current font."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + " …") > width:
        text = text[:-1]
    return text.rstrip() + " …"


def _line_of(token: Any, children_before: list[Any] | None = None) -> int | None:
    """1-based source line of ``token``, adjusted for line breaks inside an inline run."""
    if not token.map:
        return None
    breaks = sum(c.type in ("softbreak", "hardbreak") for c in children_before or ())
    return int(token.map[0]) + 1 + breaks


def _check_inline(inline: Any) -> None:
    for i, child in enumerate(inline.children or ()):
        if child.type in ("html_inline", "image"):
            line = _line_of(inline, inline.children[:i])
            if child.type == "image":
                raise MarkdownPdfError(f"images are not supported: {child.attrs['src']}", line)
            raise MarkdownPdfError(f"raw HTML is not supported: {child.content}", line)


def _plain(inline: Any, with_urls: bool) -> str:
    """Flatten an inline token to one line of text (headings, table cells)."""
    _check_inline(inline)
    runs = _runs(inline.children or [], with_urls)
    return _keep("".join(" " if kind == "br" else text for text, _, kind in runs).strip())


def _shown_url(href: str) -> str:
    if href.startswith("#"):
        return ""  # in-document anchor: nothing useful to print
    return re.sub(r"^(mailto|tel):", "", href)


def _runs(children: list[Any], with_urls: bool = True) -> list[Run]:
    """Turn the inline tokens of a paragraph into styled runs."""
    runs: list[Run] = []
    bold = italic = 0
    hrefs: list[str] = []
    for n, child in enumerate(children):
        fmt: Fmt = (("B" if bold else "") + ("I" if italic else ""), BODY_PT, INK)
        kind = child.type
        if kind in ("text", "code_inline", "text_special"):
            for k, part in enumerate(BARE_URL.split(child.content)):
                runs.append((part, fmt, "url" if k % 2 else "text"))
        elif kind == "softbreak":
            runs.append((" ", fmt, "text"))
        elif kind == "hardbreak":
            runs.append(("", fmt, "br"))
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            hrefs.append(str(child.attrs.get("href", "")))
        elif kind == "link_close":
            shown = _shown_url(hrefs.pop())
            if with_urls and shown and children[n - 1].content != shown:
                small: Fmt = ("", 8.5, MUTED)
                runs += [(" (", small, "text"), (shown, small, "url"), (")", small, "text")]
    # Merge neighbours so that "hälso-" + soft break + "och" is seen as one text.
    merged: list[Run] = []
    for run in runs:
        if merged and run[2] == "text" == merged[-1][2] and run[1] == merged[-1][1]:
            merged[-1] = (merged[-1][0] + run[0], run[1], "text")
        elif run[0] or run[2] == "br":
            merged.append(run)
    return merged


def _words(runs: list[Run]) -> list[tuple[Gap, list[tuple[str, Fmt]]]]:
    """Split runs into unbreakable words, each with the gap that precedes it."""
    words: list[tuple[Gap, list[tuple[str, Fmt]]]] = []
    gap: Gap = None
    word: list[tuple[str, Fmt]] = []

    def cut(new_gap: Gap) -> None:
        nonlocal gap, word
        if word:
            words.append((gap, word))
            gap, word = new_gap, []
        elif gap != "\n" and new_gap is not None:  # a hard break outranks a space
            gap = new_gap

    for text, fmt, kind in runs:
        if kind == "br":
            cut("\n")
        elif kind == "url":
            for k, piece in enumerate(URL_BREAK.split(text)):
                if k:
                    cut(None)
                if piece:
                    word.append((piece, fmt))
        else:
            for piece in re.split(r"( +)", _keep(text)):
                if piece.startswith(" "):
                    cut((" ", fmt))
                elif piece:
                    word.append((piece, fmt))
    cut(None)
    return words


class _Renderer:
    """Walks markdown-it block tokens and draws them with fpdf2."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf
        self.lists: list[list[Any]] = []  # [ordered, next number]
        self.marker: str | None = None  # list marker waiting for the item's first line
        self.quotes: list[tuple[int, float, float]] = []  # (page, y, x) of open quotes
        self.base_level = 1
        self.last_level = 0

    # -- small drawing helpers -------------------------------------------------------
    def font(self, style: str = "", size: float = BODY_PT, color: RGB = INK) -> None:
        self.pdf.set_font(FAMILY, style, size)
        self.pdf.set_text_color(*color)

    def space(self, mm: float) -> None:
        if self.pdf.y > self.pdf.t_margin + 0.1:  # no leading gap at the top of a page
            self.pdf.ln(mm)

    def ensure(self, height: float) -> None:
        if self.pdf.will_page_break(height):
            self.pdf.add_page()

    def flow(self, runs: list[Run], h: float = LINE_H, *, dry: bool = False) -> int:
        """Lay runs out as left-aligned lines from the left margin, below the current y; the
        number of lines. ``dry``: only count them (nothing drawn, no page added).

        fpdf2's write() breaks lines per call, which splits words at style changes
        ("fet|stil"); measuring whole words here keeps them intact.
        """
        pdf = self.pdf
        right = pdf.w - pdf.r_margin + 0.01
        line: list[tuple[str, Fmt]] = []
        x = pdf.l_margin
        lines = 0

        def width(text: str, fmt: Fmt) -> float:
            self.font(*fmt)
            return float(pdf.get_string_width(text))

        def emit() -> None:
            nonlocal line, x, lines
            lines += 1
            if dry:
                line, x = [], pdf.l_margin
                return
            if pdf.y + h > pdf.page_break_trigger:
                pdf.add_page()
            pdf.x = pdf.l_margin
            for text, fmt in line:
                pdf.cell(width(text, fmt), h, text.replace("\u00a0", " "))
            pdf.ln(h)
            line, x = [], pdf.l_margin

        def put(text: str, fmt: Fmt) -> None:
            nonlocal x
            while x + width(text, fmt) > right:  # rest of a word longer than a whole line
                fits = (i for i in range(len(text)) if x + width(text[:i], fmt) <= right)
                fit = max(fits, default=0) or (0 if line else 1)  # an empty line takes a glyph
                if fit:
                    put(text[:fit], fmt)
                emit()
                text = text[fit:]
            if line and line[-1][1] == fmt:
                line[-1] = (line[-1][0] + text, fmt)
            else:
                line.append((text, fmt))
            x += width(text, fmt)

        for gap, word in _words(runs):
            if gap == "\n":
                emit()
            elif line and isinstance(gap, tuple):
                room = right - x - sum(width(t, f) for t, f in word)
                if width(*gap) > room:
                    emit()
                else:
                    put(*gap)
            elif line and x + sum(width(t, f) for t, f in word) > right:
                emit()
            for text, fmt in word:
                put(text, fmt)
        if line:
            emit()
        return lines

    def para(self, text: str, style: str = "", size: float = BODY_PT, color: RGB = INK) -> None:
        self.font(style, size, color)
        h = size * PT_MM * 1.45
        self.pdf.multi_cell(0, h, _keep(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def box(self, items: list[tuple[str, str, float]]) -> None:
        """Draw (text, style, size) items inside a filled, framed box kept on one page."""
        pdf, pad = self.pdf, 4.0
        items = [(_keep(text), style, size) for text, style, size in items]
        inner = pdf.epw - 2 * pad
        total = 2 * pad - 1.2
        for text, style, size in items:
            self.font(style, size)
            h = size * PT_MM * 1.45
            total += pdf.multi_cell(inner, h, text, align="L", dry_run=True, output="HEIGHT")
            total += 1.2
        self.ensure(total)
        pdf.set_fill_color(*BOX_FILL)
        pdf.set_draw_color(*BOX_EDGE)
        pdf.set_line_width(0.35)
        pdf.rect(pdf.l_margin, pdf.y, pdf.epw, total, style="DF")
        pdf.set_y(pdf.y + pad)
        for text, style, size in items:
            self.font(style, size)
            pdf.set_x(pdf.l_margin + pad)
            pdf.multi_cell(
                inner, size * PT_MM * 1.45, text, align="L", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(1.2)
        pdf.set_y(pdf.y + pad - 1.2)

    # -- first page and back matter ----------------------------------------------------
    def intro(self, meta: PdfMeta) -> None:
        """Below the title on page 1: who compiled it, when the sources were read, and that it
        is not an official document – a few lines, then the substance."""
        self.para(f"Sammanställd av {meta.author} · källorna lästa senast {meta.created}",
                  "", 9.5, MUTED)
        self.pdf.ln(2.5)
        self.box([(STATEMENT, "", 9.5)])
        self.pdf.ln(3)

    def back_matter(self, meta: PdfMeta) -> None:
        """The sources, each with the date it was read, and the official original, last."""
        pdf = self.pdf
        self.flush_marker()
        self.space(8)
        self.ensure(14 + 3 * LINE_H)
        pdf.start_section(BACK_OUTLINE, 0)
        self.font("B", HEADING[2][0], HEAD)
        pdf.multi_cell(0, HEADING[2][0] * PT_MM * 1.3, BACK_OUTLINE, align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(HEADING[2][2])
        self.section_label("Källor")
        if not meta.sources:
            self.para("Inga källor är angivna.", "I", 10, MUTED)
        for src in meta.sources:
            self.ensure(3 * LINE_H)
            self.para(src.title, "B", 10)
            self.flow([(src.url, ("", 9, HEAD), "url")], 4.6)
            self.para(f"kontrollerad {src.checked}", "", 9, MUTED)
            pdf.ln(2)
        if meta.original is not None:
            self.section_label(None)
            o = meta.original
            rows = [
                ("Titel", o.title),
                ("Utgivare", o.publisher),
                ("År", o.year),
                ("Sidor", str(o.pages) if o.pages else None),
                ("Diarienummer", o.diary_number),
                ("Webbadress", o.url),
            ]
            self.box(
                [("Officiellt original (den här sammanställningen ersätter det inte)", "B", 10.5)]
                + [(f"{k}: {(v or '').strip() or MISSING}", "", 10) for k, v in rows]
            )

    def section_label(self, text: str | None) -> None:
        self.space(5)
        if text:
            self.ensure(3 * LINE_H)
            self.para(text, "B", 12, HEAD)
            self.pdf.ln(1)

    # -- body ----------------------------------------------------------------------------
    def body(self, tokens: list[Any], meta: PdfMeta) -> None:
        """Page 1 opens with the document's title (its own level-one heading, or the title
        from ``meta``) and the short notice; the substance follows on the same page."""
        pdf = self.pdf
        pdf.add_page()
        self.para(LABEL, "B", 8.5, MUTED)
        pdf.ln(2)
        levels = [min(int(t.tag[1]), 3) for t in tokens if t.type == "heading_open"]
        self.base_level = min(levels, default=1)
        self.last_level = -1
        titled = bool(tokens) and tokens[0].type == "heading_open" and tokens[0].tag == "h1"
        if not titled:
            pdf.start_section(meta.title, 0)
            self.last_level = 0
            self.para(meta.title, "B", HEADING[1][0], HEAD)
            pdf.ln(HEADING[1][2])
            self.intro(meta)
        for i, tok in enumerate(tokens):
            handler = getattr(self, f"on_{tok.type}", None)
            if handler is not None:
                handler(tokens, i)
            elif tok.nesting != -1 and tok.type != "inline" and not TABLE_PART.match(tok.type):
                what = UNSUPPORTED.get(tok.type, f"{tok.type} is not supported")
                raise MarkdownPdfError(what, _line_of(tok))
            if titled and i == 2:  # the title's heading_close
                self.intro(meta)

    def on_heading_open(self, tokens: list[Any], i: int) -> None:
        self.flush_marker()
        pdf, md_level = self.pdf, min(int(tokens[i].tag[1]), 3)
        title = _plain(tokens[i + 1], with_urls=False)
        size, before, after = HEADING[md_level]
        h = size * PT_MM * 1.3
        self.space(before)
        self.ensure(h + after + 3 * LINE_H)  # keep a heading together with its first lines
        level = max(0, min(md_level - self.base_level, self.last_level + 1))
        pdf.start_section(title, level)
        self.last_level = level
        self.font("B", size, HEAD)
        pdf.multi_cell(0, h, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def on_paragraph_open(self, tokens: list[Any], i: int) -> None:
        inline, tight = tokens[i + 1], tokens[i].hidden
        _check_inline(inline)
        runs = _runs(inline.children or [])
        # A list item (a step, a sign, a source) is one statement: kept on one page when it
        # fits on a third of one. Split, a reader of the first page saw "Lex Maja … får
        # anmäla" without the limit on the next ("när de själva påträffar").
        height = self.flow(runs, dry=True) * LINE_H if self.lists else LINE_H
        self.ensure(height if height <= KEEP_TOGETHER_MM else LINE_H)
        self.flush_marker()
        self.flow(runs)
        self.pdf.ln(1.0 if tight else 2.6)

    def flush_marker(self) -> None:
        if self.marker is None:
            return
        pdf = self.pdf
        self.ensure(LINE_H)
        self.font("", BODY_PT, INK)
        pdf.set_x(pdf.l_margin - INDENT)
        pdf.cell(INDENT - 1.5, LINE_H, self.marker)
        pdf.set_x(pdf.l_margin)
        self.marker = None

    def on_bullet_list_open(self, tokens: list[Any], i: int) -> None:
        self.flush_marker()
        if not self.lists:
            self.space(0.5)
        start = int(tokens[i].attrs.get("start", 1) or 1)
        self.lists.append([tokens[i].type == "ordered_list_open", start])

    on_ordered_list_open = on_bullet_list_open

    def on_bullet_list_close(self, tokens: list[Any], i: int) -> None:
        self.lists.pop()
        if not self.lists:
            self.pdf.ln(1.6)

    on_ordered_list_close = on_bullet_list_close

    def on_list_item_open(self, tokens: list[Any], i: int) -> None:
        ordered, number = self.lists[-1]
        self.marker = f"{number}." if ordered else ("•" if len(self.lists) == 1 else "–")
        self.lists[-1][1] += 1
        self.pdf.set_left_margin(self.pdf.l_margin + INDENT)

    def on_list_item_close(self, tokens: list[Any], i: int) -> None:
        if self.marker is not None:  # an empty item still shows its bullet
            self.flush_marker()
            self.pdf.ln(LINE_H)
        self.pdf.set_left_margin(self.pdf.l_margin - INDENT)
        self.pdf.set_x(self.pdf.l_margin)

    def on_blockquote_open(self, tokens: list[Any], i: int) -> None:
        self.flush_marker()
        self.space(1)
        self.quotes.append((self.pdf.page, self.pdf.y, self.pdf.l_margin))
        self.pdf.set_left_margin(self.pdf.l_margin + INDENT)
        self.pdf.set_x(self.pdf.l_margin)

    def on_blockquote_close(self, tokens: list[Any], i: int) -> None:
        pdf = self.pdf
        start_page, start_y, x = self.quotes.pop()
        end_page, end_y = pdf.page, pdf.y - 2.6  # minus the last paragraph's gap
        pdf.set_draw_color(*BOX_EDGE)
        pdf.set_line_width(0.8)
        # The bar may span pages: draw one segment per page, then return to the last page.
        for page in range(start_page, end_page + 1):
            pdf.page = page
            top = start_y if page == start_page else pdf.t_margin
            bottom = end_y if page == end_page else pdf.page_break_trigger
            pdf.line(x + 1.5, top + 0.8, x + 1.5, max(top + 0.8, bottom))
        pdf.page = end_page
        pdf.set_left_margin(x)
        pdf.set_x(x)

    def on_hr(self, tokens: list[Any], i: int) -> None:
        pdf = self.pdf
        self.flush_marker()
        self.space(2)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.3)
        pdf.line(pdf.l_margin, pdf.y, pdf.w - pdf.r_margin, pdf.y)
        pdf.ln(3)

    def _fit_columns(self, rows: list[list[str]], weights: list[int], total: float, *,
                     padding: float) -> list[float]:
        """Column widths (mm) by ``weights``, but each at least as wide as its longest
        unbreakable word: a phone number written with no-break spaces and hyphens
        ("020-555 666") was split inside, "020-555 66 / 6", in a column too narrow for it.
        The width is taken from the columns that have room to spare; when the words cannot
        all fit, the widths by ``weights`` are kept."""
        pdf = self.pdf
        need = [0.0] * len(weights)
        for r, row in enumerate(rows):
            pdf.set_font(FAMILY, "B" if r == 0 else "", 9.5)
            for c, text in enumerate(row[:len(need)]):
                words = UNBREAKABLE_SPLIT.split(text)
                longest = max((pdf.get_string_width(w) for w in words), default=0.0)
                need[c] = max(need[c], longest + padding + 0.5)
        self.font("", 9.5)
        widths = [w / sum(weights) * total for w in weights]
        if sum(need) > total:
            return widths
        while True:
            short = [c for c, w in enumerate(widths) if w < need[c] - 1e-6]
            if not short:
                return widths
            deficit = sum(need[c] - widths[c] for c in short)
            for c in short:
                widths[c] = need[c]
            spare = {c: widths[c] - need[c] for c in range(len(widths)) if c not in short}
            room = sum(spare.values())
            for c, extra in spare.items():
                widths[c] -= deficit * extra / room

    def on_table_open(self, tokens: list[Any], i: int) -> None:
        from fpdf.fonts import FontFace

        rows: list[list[str]] = []
        aligns: list[str] = []
        for tok in tokens[i + 1 :]:
            if tok.type == "table_close":
                break
            if tok.type == "tr_open":
                rows.append([])
            elif tok.type in ("th_open", "td_open") and len(rows) == 1:
                found = TABLE_ALIGN.search(str(tok.attrs.get("style", "")))
                aligns.append(found.group(1).upper() if found else "LEFT")
            elif tok.type == "inline":
                rows[-1].append(_plain(tok, with_urls=True))
        weights = [min(max(len(r[c]) for r in rows), 40) + 6 for c in range(len(aligns))]
        pdf = self.pdf
        self.flush_marker()
        self.space(1)
        self.font("", 9.5)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        total = pdf.w - pdf.l_margin - pdf.r_margin
        widths = self._fit_columns(rows, weights, total, padding=2 * 2.0)
        with pdf.table(
            width=total,
            align="LEFT",
            col_widths=widths,
            text_align=tuple(aligns),
            line_height=9.5 * PT_MM * 1.4,
            padding=(1.4, 2.0),
            headings_style=FontFace(emphasis="BOLD", color=HEAD, fill_color=BOX_FILL),
        ) as table:
            for row in rows:
                cells = table.row()
                for text in row:
                    cells.cell(text)
        pdf.ln(3.5)
