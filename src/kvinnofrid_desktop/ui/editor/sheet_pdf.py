"""The verification round's sheet on paper: one municipality's contacts, to confirm or correct.

The same rows as the CSV (``core.authoring.verification.sheet_rows``), laid out with
QTextDocument on a landscape A4 QPdfWriter, so the PDF holds selectable text and prints as it
is; no row is split across pages (ui/common/paged.py). The sheet is a letter to a Swedish
municipality, like the printed action card, so its text is Swedish whatever the interface
language. Written beside the target and renamed into place
(``core.fsutil.atomic_path``): a failed export never leaves half a sheet.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from kvinnofrid_desktop.core.authoring.source_folder import ROLE_SV, SourceFolder
from kvinnofrid_desktop.core.authoring.verification import STATUS_SV, sheet_rows
from kvinnofrid_desktop.core.card.text import municipality_name
from kvinnofrid_desktop.core.fsutil import atomic_path
from kvinnofrid_desktop.ui.card.printing import (
    FONT_FAMILY,
    _ensure_gui,
    check_file,
    check_folder,
    dialled_html,
    email_html,
    free_text_html,
    text_document,
)
from kvinnofrid_desktop.ui.common.paged import paginate, paint_pages, unit_anchor

e = html.escape
BODY_PT = 8.5
PAGE_MARGINS_MM = QMarginsF(18, 15, 18, 12)
# The columns the municipality fills in, as in the CSV (verification.CONFIRM and the rest).
FILL_IN = ("Stämmer?<br>ja / nej", "Rättelse eller kommentar", "Ifyllt av")


def sheet_html(folder: SourceFolder, municipality: str, today: dt.date,
               breaks: frozenset[int] = frozenset()) -> str:
    """The sheet as HTML for QTextDocument (its own, limited HTML subset). Each row is kept
    on one page; a row in ``breaks`` begins a new page and a new table with the header."""
    rows = sheet_rows(folder, municipality)
    out = [
        f"<h1 style='font-size:15pt; margin-bottom:2pt'>Kontrollblad – "
        f"{e(municipality_name(municipality))}</h1>",
        f"<p style='margin-top:0'>Utskrivet {today.isoformat()} · {len(rows)} kontakter · "
        "Åtgärdskortet för våld i nära relationer, Västmanlands län</p>",
        "<p>Det här är de kontaktuppgifter som åtgärdskortet visar för kommunen. Kontrollera "
        "varje rad: skriv <b>ja</b> om uppgifterna stämmer, annars <b>nej</b> och den rätta "
        "uppgiften under <i>Rättelse</i> (nummer, knappval, öppettider eller källa). Skriv ditt "
        "namn under <i>Ifyllt av</i> och skicka bladet tillbaka till länsstyrelsens "
        "samordnare.</p>",
    ]
    headings = ("Nr", "Roll och namn", "Telefon /<br>e-post", "Öppettider", "Status", "Källa",
                *FILL_IN)  # markup of our own: line breaks where a narrow column may break
    widths = (3, 15, 11, 13, 9, 16, 8, 17, 8)  # percent of the line

    def table(continued: bool) -> str:
        page_break = "page-break-before:always; " if continued else ""
        return ("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                f"style='{page_break}border-collapse:collapse; border-color:#555555'>"
                "<thead><tr style='background-color:#e8e8e8'>"
                + "".join(f"<th width='{w}%' align='left'>{h}</th>"
                          for h, w in zip(headings, widths, strict=True))
                + "</tr></thead>")

    out.append(table(False))
    for n, row in enumerate(rows, 1):
        if n in breaks:
            out.append("</table>" + table(True))
        # The number as the cards print it, with its "knappval 9": the "ja" covers both.
        reach = [dialled_html(row.phone, row.dial_note)] if row.phone else []
        if row.email:
            reach.append(f"<span style='font-size:7.5pt'>{email_html(row.email)}</span>")
        status = STATUS_SV.get(row.status, row.status)
        if row.verified:
            status += f"<br>kontrollerad {e(row.verified)}"
        source = e(row.source.replace(" ; ", "\n")).replace("\n", "<br>") or "<i>ingen</i>"
        out.append(
            "<tr>"
            f"<td>{unit_anchor(n)}{n}</td>"
            f"<td><b>{e(ROLE_SV.get(row.role, row.role))}</b><br>{e(row.name)}</td>"
            f"<td>{'<br>'.join(reach) or '<i>saknas</i>'}</td><td>{e(row.hours_text)}</td>"
            f"<td>{status}</td>"
            f"<td style='font-size:7pt'>{source}</td>"
            "<td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>")
        if row.note:  # printed under the contact's row on the A4 card: read with it
            out.append(f"<tr><td>{unit_anchor(n)}</td><td colspan='{len(headings) - 1}' "
                       "style='font-size:7pt'><i>Att veta (på kortet):</i> "
                       f"{free_text_html(row.note)}</td></tr>")
    out.append("</table>")
    out.append("<p style='margin-top:8pt'>Saknas en kontakt som kommunen vill ha med på kortet? "
               "Skriv den längst ner på bladet eller i ett följebrev.</p>")
    return "".join(out)


def write_sheet_pdf(folder: SourceFolder, municipality: str, out: Path,
                    today: dt.date | None = None) -> Path:
    """Write ``municipality``'s sheet as a PDF at ``out``; OSError when it cannot be written."""
    _ensure_gui()
    today = today or dt.date.today()
    sheet_html(folder, municipality, today)  # PackError for an unknown municipality, first
    # The sheet is a letter to a Swedish municipality: Swedish in either interface.
    title = f"Kontrollblad – {municipality_name(municipality)}"
    check_folder(Path(out))  # the reason, as the CSV's: not "(PDF-filen kunde inte skapas)"
    with atomic_path(Path(out)) as tmp:
        check_file(tmp)
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("Kvinnofrid Västmanland")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Landscape, PAGE_MARGINS_MM,
                                         QPageLayout.Unit.Millimeter))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("PDF-filen kunde inte skapas")
        try:
            pages = _paint(painter, writer, folder, municipality, today, title)
        finally:
            painter.end()
        del writer  # the file is complete only when the writer is gone
        if pages == 0 or not tmp.is_file() or tmp.stat().st_size == 0:
            raise OSError("PDF-filen kunde inte skapas")
    return Path(out)


def _paint(painter: QPainter, writer: QPdfWriter, folder: SourceFolder, municipality: str,
           today: dt.date, title: str) -> int:
    rect = writer.pageLayout().paintRectPixels(writer.logicalDpiY())
    width = float(rect.width())
    footer_h = 6 * writer.logicalDpiY() / 25.4
    body_h = float(rect.height()) - footer_h

    doc = paginate(lambda breaks: sheet_html(folder, municipality, today, breaks),
                   lambda text: text_document(writer, text, width, BODY_PT, body_h))
    footer_font = QFont(FONT_FAMILY)
    footer_font.setPointSizeF(7.5)

    def footer(painter: QPainter, page: int, pages: int) -> None:
        painter.setFont(footer_font)
        painter.drawText(QRectF(0, body_h, width, footer_h),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         f"{title} · sida {page + 1} av {pages}")

    return paint_pages(painter, doc, footer, writer.newPage)
