"""The action card on paper: an A4 card and a sheet of fold-up pocket cards, as real text.

Both are laid out with QTextDocument and painted with QPainter on a QPdfWriter or a QPrinter, so
the PDF holds selectable, searchable text (never an image) and the printer gets the same pages.
The fonts are the bundled DejaVu Sans, so the output is the same on every workstation.
"""

from __future__ import annotations

import datetime as dt
import errno
import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from kvinnofrid_desktop.core.bundled import font_dir
from kvinnofrid_desktop.core.card.model import (
    SUBJECTS,
    ActionCard,
    Contact,
    dialled,
    named_number,
)
from kvinnofrid_desktop.core.card.now import (
    is_stale,
    jour_coverage,
    ordered_contacts,
    out_of_hours_for,
    step_contacts,
)
from kvinnofrid_desktop.core.card.text import (
    ROLE_LABELS_SV,
    SCOPE_HEADINGS_SV,
    as_sentence,
    checked_text_sv,
    clock_sv,
    days_sv,
    jour_hours_sv,
    missing_text,
    municipality_name,
    unbroken_numbers,
    urgent_title,
)
from kvinnofrid_desktop.core.fsutil import atomic_path
from kvinnofrid_desktop.ui.common.paged import draw_on_paper, paginate, paint_pages, unit_anchor

Device = QPagedPaintDevice  # a QPdfWriter or a QPrinter
_app: QGuiApplication | None = None
FONT_FAMILY = "DejaVu Sans"
BODY_PT = 9.5
POCKET_SIZES_PT = (9.0, 8.5, 8.0)  # never below 8 pt: the card must be readable in a pocket
e = html.escape


def _nowrap(text: str) -> str:
    """Text a line or a table cell never splits (a date with its word, "kontrollerad …")."""
    return f"<span style='white-space:nowrap'>{e(text)}</span>"


def free_text_html(text: str) -> str:
    """The card's own words (a step, a sign, a note), escaped, with each phone number in them
    kept on one line: "socialjouren på 021-39 20 66" broke after "021-39"."""
    return unbroken_numbers(text, _nowrap, e)


def email_html(address: str) -> str:
    """An e-mail address for a narrow column. It has no place to break, so Qt cut it anywhere
    ("skinnskatteber|g.se"); a long one is put on two lines after its "@", as print does."""
    local, at, domain = address.partition("@")
    if not at or len(address) <= 16:
        return _nowrap(address)
    return f"{_nowrap(local + at)}<br>{e(domain)}"  # a hyphenated domain may still break


def _num(text: str) -> str:
    """A phone number that never breaks across lines (kept as plain characters for copying)."""
    return f"<b>{_nowrap(text)}</b>"


def dialled_html(phone: str, dial_note: str = "") -> str:
    """A number as the cards print it, with its choice: "<b>021-39 00 00</b>, <b>knappval
    9</b>", each part whole (the verification sheet's rows)."""
    return _num(phone) + (f", {_num(dial_note)}" if dial_note else "")


def _dialled(c: Contact) -> str:
    """The number and the choice to make once it answers, bold: "021-39 00 00, knappval 9".
    Each stays whole; a narrow cell may put the choice on the next line, never cut it."""
    return dialled(c, _num, _num)


def _ensure_gui() -> None:
    """A QGuiApplication is needed for fonts; the command line has none, so make one offscreen."""
    global _app

    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["kvinnofrid-desktop", "-platform", "offscreen"])
    if FONT_FAMILY not in QFontDatabase.families():
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                     "DejaVuSans-BoldOblique.ttf"):
            QFontDatabase.addApplicationFont(str(font_dir() / name))


def with_pdf_suffix(path: Path) -> Path:
    """``path``, with ".pdf" added unless it has it: what the window's save dialog and ``card
    export`` write to ("kort.txt" becomes "kort.txt.pdf", never a PDF named .txt)."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_card_pdf(card: ActionCard, out_path: Path | str, *, subject: str | None,
                    municipality: str | None, format: str = "a4",
                    today: dt.date | None = None, source_label: str | None = None) -> int:
    """Write the card as a PDF (``format`` "a4" or "pocket"); returns the number of pages.

    The file is written beside the target and renamed into place, so a failed export never
    leaves a half-written card where a printed one is expected.
    """
    check_folder(Path(out_path))
    _ensure_gui()

    with atomic_path(Path(out_path)) as tmp:
        check_file(tmp)
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(_title(card, subject, municipality, format))
        writer.setCreator("Kvinnofrid Västmanland")
        margins = QMarginsF(0, 0, 0, 0) if format == "pocket" else QMarginsF(16, 14, 16, 12)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, margins,
                                         QPageLayout.Unit.Millimeter))
        pages = _render(writer, card, subject=subject, municipality=municipality, format=format,
                        today=today or dt.date.today(), source_label=source_label)
        del writer  # the file is complete only when the writer is gone
        if pages == 0:
            raise OSError("PDF-filen kunde inte skapas")
        _check_written(tmp, pages)
    return pages


def check_folder(target: Path) -> None:
    """OSError with an errno (worded by the window in its language, by the command line in
    Swedish) when ``target``'s folder is not there: Qt would only say that painting failed."""
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"mappen {folder} finns inte", str(folder))


def check_file(tmp: Path) -> None:
    """Make the empty file ``tmp`` that the PDF writer then fills. Where the folder takes no
    new file (/proc, a read-only share) this says why, with the system's errno; QPdfWriter
    would only print "QPainter::begin(): Returned false"."""
    try:
        with open(tmp, "xb"):
            pass
    except FileNotFoundError:  # the folder is there (checked before) but takes no file
        raise PermissionError(errno.EACCES, f"det går inte att skapa filer i mappen "
                              f"{tmp.parent}", str(tmp.parent)) from None


def _check_written(path: Path, pages: int) -> None:
    """QPdfWriter reports no write error: on a full disk it leaves an empty or cut-off file.
    Read the file back before it replaces an earlier export."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        if (document.load(str(path)) != QPdfDocument.Error.None_
                or document.pageCount() != pages):
            raise OSError("PDF-filen blev inte komplett (är disken full?); en tidigare fil med "
                          "samma namn är orörd")
    finally:
        document.close()


def print_card(card: ActionCard, printer: QPrinter, *, subject: str | None,
               municipality: str | None, format: str = "a4", today: dt.date | None = None,
               source_label: str | None = None) -> int:
    """Print the card on a QPrinter the user chose; returns the pages printed (0 on failure)."""
    _ensure_gui()

    # The paper the user chose is kept (the layout follows the page); A4 portrait is the
    # default offered in the dialog (see prepare_printer).
    printer.setDocName(_title(card, subject, municipality, format))
    if format == "pocket":
        printer.setFullPage(True)  # panels and cut lines are placed on the whole sheet
    else:
        printer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout.Unit.Millimeter)
    return _render(printer, card, subject=subject, municipality=municipality, format=format,
                   today=today or dt.date.today(), source_label=source_label)


def prepare_printer(printer: QPrinter) -> None:
    """Offer A4 portrait in the print dialog: the card is laid out for it."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def _title(card: ActionCard, subject: str | None, municipality: str | None, fmt: str) -> str:
    kind = "Fickkort" if fmt == "pocket" else "Åtgärdskort"
    what = card.subject(subject).title if subject else "barn, vuxna och djur"
    return f"{kind}: {what} – {municipality or 'Västmanlands län'}"


def _render(device: Device, card: ActionCard, *, subject: str | None,
            municipality: str | None, format: str, today: dt.date, source_label: str | None) -> int:

    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        if format == "pocket":
            return _paint_pocket(painter, device, card, subject, municipality, today)
        return _paint_a4(painter, device, card, subject, municipality, today, source_label)
    finally:
        painter.end()


def _mm(device: Device, mm: float) -> float:
    return mm * device.logicalDpiY() / 25.4


def text_document(device: Device, html_text: str, width: float, size_pt: float,
                  page_height: float | None = None) -> QTextDocument:
    """``html_text`` laid out for ``device`` (measured as it will be printed), ``width`` wide,
    in pages of ``page_height`` when given. QTextDocument's default wrapping breaks a word that
    fits no line anywhere (a web address in a narrow column)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size_pt)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    # Lengths in the document are in 96-dpi pixels, scaled to the device by the layout.
    doc.setIndentWidth(4 * 96 / 25.4)
    doc.setHtml(html_text)
    doc.setTextWidth(width)
    if page_height is not None:
        doc.setPageSize(QSizeF(width, page_height))
    return doc


# --- A4 ------------------------------------------------------------------------------------------

def _status_text(c: Contact, today: dt.date, card: ActionCard) -> str:
    if c.status == "missing":
        text = missing_text(c, card, _num, e)
        return text.replace("Uppgift saknas.", "<b>Uppgift saknas.</b>", 1)
    text = _nowrap(f"kontrollerad {c.verified}")
    if c.status == "unverified":
        text = f"<b>Ej bekräftad – kontrollera innan du ringer</b> ({text})"
    if is_stale(c, today):
        text += "; <b>äldre än ett år – kontrollera innan du ringer</b>"
    return text


def card_html(card: ActionCard, subject: str | None, municipality: str | None,
              today: dt.date, breaks: frozenset[int] = frozenset()) -> str:
    """The A4 card as HTML for QTextDocument (its own, limited HTML subset); a page break
    before each contact row in ``breaks`` (ui/common/paged.py)."""
    subjects = [subject] if subject else list(SUBJECTS)
    place = (municipality_name(municipality) if municipality
             else "Västmanlands län, alla kommuner")
    what = card.subject(subject).title if subject else "barn, vuxna och djur"
    out = [f"<h1 style='font-size:17pt; margin-bottom:2pt'>Åtgärdskort – {e(what)}</h1>",
           f"<p style='margin-top:0'><b>{e(place)}</b> · utskrivet {today.isoformat()} · "
           f"uppgifterna kontrollerades {e(checked_text_sv(card))}</p>"]
    for sid in subjects:
        s = card.subject(sid)
        if len(subjects) > 1:
            out.append(f"<h2 style='font-size:14pt; margin-top:10pt'>{e(s.title)}</h2>")
        urgent = next((t for t in s.steps if t.urgent), None)
        if urgent is not None:
            out.append("<table width='100%' cellspacing='0' cellpadding='6' border='2' "
                       "style='border-color:#b71c1c; border-style:solid; border-collapse:collapse;"
                       " margin-top:4pt'><tr><td>"
                       f"<b>⚠ {e(urgent_title(urgent.title))}</b><br>"
                       f"{free_text_html(urgent.text)}"
                       "</td></tr></table>")
        out.append("<h3 style='font-size:12pt'>Tecken att vara uppmärksam på</h3>")
        for group in s.sign_groups:
            out.append(f"<p style='margin:4pt 0 0 0'><b>{e(group.title)}</b></p><ul "
                       "style='margin-top:0; margin-bottom:0'>")
            for sign in group.signs:
                mark = " <b>(ej bekräftad)</b>" if sign.status == "unverified" else ""
                out.append(f"<li>{free_text_html(sign.text)}{mark}</li>")
            out.append("</ul>")
        out.append("<h3 style='font-size:12pt'>Gör så här</h3><ol style='margin-top:0'>")
        for step in s.steps:
            title = f"⚠ {urgent_title(step.title)}" if step.urgent else step.title
            ring = [_ring_text(c) for c in step_contacts(card, step, municipality)]
            extra = f"<br><i>Ring:</i> {'; '.join(ring)}" if ring else ""
            out.append(f"<li style='margin-bottom:3pt'><b>{e(as_sentence(title))}</b> "
                       f"{free_text_html(step.text)}{extra}</li>")
        out.append("</ol>")
    out.append(_contacts_html(card, subject, municipality, today, breaks))
    out.append(_sources_html(card, subject, municipality, breaks))
    return "".join(out)


def _sources_html(card: ActionCard, subject: str | None, municipality: str | None,
                  breaks: frozenset[int]) -> str:
    """Where each contact in the table comes from and when it was checked, as the window says
    it ("kontrollerad 2026-11-26 · källa: …"): the paper alone lets a colleague check an "Ej
    bekräftad" number. Small type at the end, after everything a caller needs first. Each
    entry is a unit numbered after the table's rows, kept on one page; the heading goes with
    the first."""
    contacts = ordered_contacts(card, municipality, subject)
    first = len(contacts)  # the units after the table's

    def page_break(index: int) -> str:
        return "page-break-before:always; " if index in breaks else ""

    out = [f"<h3 style='{page_break(first)}font-size:10pt; margin-top:10pt'>"
           f"{unit_anchor(first)}Källor för kontaktuppgifterna</h3>"
           f"<p style='margin-top:0; font-size:8pt'>{unit_anchor(first)}Sammanställt ur "
           "offentliga källor; kontrollera en uppgift mot sin källa innan du litar på den.</p>"]
    for index, c in enumerate(contacts, first):
        said = f"sökt {c.verified} utan resultat" if c.status == "missing" \
            else f"kontrollerad {c.verified}"
        addresses = [a for a in (c.source or "").split(" ; ") if a.strip()]
        source = (" · källa: " + " · ".join(e(a.strip()) for a in addresses)
                  if addresses else " · ingen källa angiven")
        brk = page_break(index) if index > first else ""
        name = f"{c.name} ({c.municipality})" if c.municipality else c.name
        out.append(f"<p style='{brk}margin:0 0 1pt 0; font-size:8pt'>{unit_anchor(index)}"
                   f"<b>{e(name)}:</b> {_nowrap(said)}{source}</p>")
    return "".join(out)


def _ring_text(c: Contact) -> str:
    if c.status == "missing":
        return f"{e(c.name)}: uppgift saknas"
    text = named_number(c, " ", e, _num)
    return text + (" (ej bekräftad)" if c.status == "unverified" else "")


def _contacts_html(card: ActionCard, subject: str | None, municipality: str | None,
                   today: dt.date, breaks: frozenset[int]) -> str:
    """The contacts table. Each row is a unit kept on one page, a group's heading row with its
    first contact; a row in ``breaks`` starts a new page and a new table, with the header and
    its group's heading again."""
    where = municipality or "hela länet"

    def table(continued: bool) -> str:
        page_break = "page-break-before:always; " if continued else ""
        return ("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                f"style='{page_break}border-collapse:collapse; border-color:#777'><thead>"
                "<tr><th align='left' width='14%'>Vad</th><th align='left' width='22%'>Vem</th>"
                "<th align='left' width='17%'>Nummer</th><th align='left' width='19%'>Tider"
                "</th><th align='left' width='28%'>Status</th></tr></thead>")

    # The heading is part of the first unit: never alone at the foot of a page.
    first_break = "page-break-before:always; " if 0 in breaks else ""
    out = [f"<h2 style='{first_break}font-size:14pt; margin-top:12pt'>{unit_anchor(0)}"
           f"Kontakter – {e(where)}</h2>", table(False)]
    heading = None
    for n, (group, c) in enumerate(_grouped_contacts(card, subject, municipality)):
        if n in breaks and n > 0:
            out.append("</table>" + table(True))
        if group != heading or (n in breaks and n > 0):
            more = " (forts.)" if group == heading else ""
            out.append(f"<tr><td colspan='5' style='background-color:#eeeeee'>{unit_anchor(n)}"
                       f"<b>{e(group)}</b>{more}</td></tr>")
            heading = group
        number = _num(c.phone) if c.phone else "–"
        if c.phone and c.dial_note:  # under the number: the column is narrow for both
            number += f",<br>{_num(c.dial_note)}"
        email = (f"<br><span style='font-size:8pt'>e-post: {email_html(c.email)}</span>"
                 if c.email else "")
        status = _status_text(c, today, card)
        covered = jour_coverage(card, c) if c.scope == "county" and c.role == "out_of_hours" \
            else []
        if covered and municipality not in covered:
            status += f"; <b>bekräftad bara för {e(', '.join(covered))}</b>"
        out.append(f"<tr><td>{unit_anchor(n)}{e(ROLE_LABELS_SV[c.role])}</td><td>{e(c.name)}"
                   f"{email}</td><td>{number}</td><td>{e(c.hours_text or '–')}</td>"
                   f"<td>{status}</td></tr>")
        if c.note:  # a second number, why a menu choice may be wrong: on its own
            # row of the same unit, as wide as the table, so the two stay on one page
            out.append(f"<tr><td>{unit_anchor(n)}</td><td colspan='4' style='font-size:8pt'>"
                       f"<i>Att veta:</i> {free_text_html(c.note)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _grouped_contacts(card: ActionCard, subject: str | None,
                      municipality: str | None) -> list[tuple[str, Contact]]:
    """The contacts table's rows in order, each with the heading of its group."""
    return [(c.municipality or SCOPE_HEADINGS_SV[c.scope], c)
            for c in ordered_contacts(card, municipality, subject)]


def _footer_text(card: ActionCard, source_label: str | None) -> str:
    source = source_label or "programmets innehållspaket"
    return (f"Källa: {source} (Kvinnofrid Västmanland), sammanställt ur offentliga källor, "
            f"kontrollerat {checked_text_sv(card)}. Varje kontakt anger när den kontrollerades. "
            "Detta är inte ett officiellt dokument från Länsstyrelsen Västmanland.")


A4_LINE_MM = 210 - 16 - 16  # the A4 card's line between its margins (export_card_pdf)


def _paint_a4(painter: QPainter, device: Device, card: ActionCard, subject: str | None,
              municipality: str | None, today: dt.date, source_label: str | None) -> int:

    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    # On paper narrower than A4 (A5) the table's columns could not hold a number or a date
    # ("021-39 2" / "0 66"): the card is laid out on A4's line and drawn smaller to fit.
    scale = min(1.0, rect.width() / _mm(device, A4_LINE_MM))
    painter.scale(scale, scale)
    width, height = rect.width() / scale, rect.height() / scale
    footer_font = QFont(FONT_FAMILY)
    footer_font.setPointSizeF(8)
    footer = _footer_text(card, source_label)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap)
    # The footer takes the lines its text needs, measured as it is drawn: a fixed 9 mm held two
    # lines and cut off the third ("… Sida 1 av 3."), and the source label's length varies.
    # Measured with a page number wider than any card has, so it fits on every page.
    painter.setFont(footer_font)
    footer_text_h = painter.boundingRect(QRectF(0, 0, width, height), flags,
                                         f"{footer} Sida 999 av 999.").height()
    gap = _mm(device, 2)
    body_h = height - gap - footer_text_h
    groups = [group for group, _c in _grouped_contacts(card, subject, municipality)]
    doc = paginate(lambda breaks: card_html(card, subject, municipality, today, breaks),
                   lambda text: text_document(device, text, width, BODY_PT, body_h),
                   lambda n: 0 < n < len(groups) and groups[n] == groups[n - 1])

    def paint_footer(painter: QPainter, page: int, pages: int) -> None:
        painter.setFont(footer_font)
        painter.drawText(QRectF(0, body_h + gap, width, footer_text_h), flags,
                         f"{footer} Sida {page + 1} av {pages}.")

    return paint_pages(painter, doc, paint_footer, device.newPage)


# --- pocket cards ------------------------------------------------------------------------------

# An office line's hours in the pocket card's narrow column: "kontorstid" said more than the
# sources (Sala's reception is closed on Wednesday mornings): where the days differ, their
# hours are on the A4 card.
OFFICE_HOURS_SHORT = "vardagar, vissa tider"
WEEKDAYS = (0, 1, 2, 3, 4)


def office_hours_short(c: Contact) -> str:
    """An office line's hours for the pocket card: "vardagar 09.00–11.00" where every day it
    answers has the same hours (the djurskydd line's two hours must not read as office
    hours), "vardagar, vissa tider" where they differ, "tider okända" without hours."""
    if c.hours == "always":
        return "dygnet runt"
    if not isinstance(c.hours, tuple) or not c.hours:
        return "tider okända"  # the source gives none (the window says so too)
    days = {interval.days for interval in c.hours}
    if len(days) == 1 and all(i.season is None for i in c.hours):
        [open_days] = days
        when = "vardagar" if tuple(sorted(open_days)) == WEEKDAYS else days_sv(open_days)
        spans = sorted((i.open, i.close) for i in c.hours)
        return f"{when} " + ", ".join(f"{clock_sv(a)}–{clock_sv(b)}" for a, b in spans)
    if all(set(i.days) <= set(WEEKDAYS) for i in c.hours):
        return OFFICE_HOURS_SHORT
    return "vissa tider"


def _with_note(hours: str, note: str) -> str:
    """The hours and the note together: neither hides the other."""
    return f"{hours}; {note}" if note else hours


def _key_numbers(card: ActionCard, sid: str, municipality: str | None,
                 today: dt.date) -> list[tuple[str, str, str]]:
    """(what, number, note) rows for the pocket card, most important first; ``number`` is
    HTML: the number bold, with the choice to make once it answers ("knappval 9")."""
    rows: list[tuple[str, str, str]] = []

    def note(c: Contact) -> str:
        parts = []
        if c.status == "unverified":
            parts.append("ej bekräftad")
        if is_stale(c, today):
            parts.append(f"kontrollerad {c.verified}")
        return ", ".join(parts)

    rows.append(("Akut fara", _num("112"), "dygnet runt"))
    role = "report_adult" if sid == "vuxna" else "report_child"
    label = "Orosanmälan vuxna" if sid == "vuxna" else "Orosanmälan barn"
    if municipality is None:
        rows.append((label, _num("–"), "din kommuns socialtjänst, se A4-kortet"))
    else:
        report = next((c for c in card.contacts if c.scope == "municipality"
                       and c.municipality == municipality and c.role == role), None)
        if report is not None and report.status != "missing" and report.phone:
            rows.append((label, _dialled(report),
                         _with_note(office_hours_short(report), note(report))))
        else:
            switch = next((c for c in card.contacts if c.scope == "municipality"
                           and c.municipality == municipality and c.role == "switchboard"
                           and c.status != "missing" and c.phone), None)
            rows.append((label, _dialled(switch) if switch else _num("–"),
                         "nummer saknas – ring växeln" if switch else
                         "nummer saknas – vid akut fara 112"))
    jour = out_of_hours_for(card, municipality)
    county = next((c for c in card.contacts if c.scope == "county"
                   and c.role == "out_of_hours"), None)
    # When the jour answers, from its hours: a worker with the card at 03.00 must not read
    # "nätter" and ring a closed line.
    if jour is not None and jour.phone:
        rows.append(("Socialjour", _dialled(jour), _with_note(jour_hours_sv(jour), note(jour))))
    elif municipality is None and county is not None and county.phone:
        rows.append(("Socialjour", _dialled(county),
                     "bara " + ", ".join(jour_coverage(card, county)) + "; "
                     + _with_note(jour_hours_sv(county), note(county))))
    else:
        rows.append(("Socialjour", _num("–"), "ej bekräftad – vid akut fara 112"))
    # The card's own choice of contacts for the subject, as on screen (a line for adults is
    # no number to give a child).
    relevant = ordered_contacts(card, municipality, sid)
    police = next((c for c in relevant if c.role == "police" and c.phone), None)
    djurskydd = next((c for c in relevant if c.role == "animal_welfare" and c.phone), None)
    animal: list[tuple[str, str, str]] = []
    if sid == "djur" and djurskydd is not None and djurskydd.phone:
        animal.append(("Länsstyrelsen djurskydd", _dialled(djurskydd),
                       _with_note(office_hours_short(djurskydd), note(djurskydd))))
    if police is not None and police.phone:
        if sid == "djur":
            animal.append(("Polisen, djurplågeri", _dialled(police), note(police)))
        else:
            rows.append(("Polisen, ej akut", _dialled(police), note(police)))
    rows[1:1] = animal  # for animals, the animal-welfare route comes right after 112
    # One support line that answers at any hour: Bris for children, Kvinnofridslinjen for
    # adults and for animals in a home with violence.
    line = next((c for c in relevant if c.scope == "national" and c.role == "support"
                 and c.status == "verified" and c.hours == "always" and c.phone), None)
    if line is not None and line.phone:
        stale = note(line)
        rows.append((line.name, _dialled(line),
                     f"dygnet runt, {stale}" if stale else "dygnet runt"))
    return rows


def _panel_front(card: ActionCard, sid: str, municipality: str | None, today: dt.date,
                 detail: int) -> str:
    s = card.subject(sid)
    urgent = next((t for t in s.steps if t.urgent), None)
    place = municipality_name(municipality) if municipality else "Västmanlands län"
    out = ["<p style='margin:0'><b>ÅTGÄRDSKORT</b></p>",
           f"<p style='margin:0; font-size:15pt'><b>{e(s.title)}</b></p>",
           f"<p style='margin:0 0 4pt 0'>{e(place)}</p>"]
    if urgent is not None:
        text = f"<br>{free_text_html(urgent.text)}" if detail == 0 else ""
        out.append("<table width='100%' cellspacing='0' cellpadding='4' border='2' "
                   "style='border-color:#b71c1c; border-style:solid; border-collapse:collapse'>"
                   "<tr><td>"
                   f"<b>⚠ {e(urgent_title(urgent.title))}</b>{text}</td></tr></table>")
    out.append(f"<p style='margin-top:4pt'>Kontrollerat {checked_text_sv(card, _nowrap)}, "
               f"utskrivet {today.isoformat()}. Sammanställt ur offentliga källor – inte ett "
               "officiellt dokument från Länsstyrelsen.</p>")
    return "".join(out)


def _panel_numbers(card: ActionCard, sid: str, municipality: str | None, today: dt.date,
                   detail: int) -> str:
    rows = _key_numbers(card, sid, municipality, today)
    table = "<table width='100%' cellspacing='0' cellpadding='1'>"
    out = ["<p style='margin:0 0 2pt 0'><b>RING</b></p>", table]
    for what, number, note in rows:
        # When the jour answers is kept when space is short; an unconfirmed number's note
        # too. Each note is given the panel's width between two tables: in the name's column
        # (or a cell spanning both) it widened that column and pushed "knappval 9" off its
        # number's line.
        shown = detail == 0 or (detail == 1 and ("bekräftad" in note or what == "Socialjour"))
        out.append(f"<tr><td>{e(what)}</td><td align='right'>{number}</td></tr>")
        if note and shown:
            out.append(f"</table><p style='margin:0 0 0 1px'>{e(note)}</p>{table}")
    out.append("</table>")
    return "".join(out)


def _panel_signs(card: ActionCard, sid: str, count: int) -> str:
    s = card.subject(sid)
    # Round-robin over the groups: the first sign of every group before any second one.
    ordered = [g.signs[i] for i in range(max(len(g.signs) for g in s.sign_groups))
               for g in s.sign_groups if i < len(g.signs)]
    out = ["<p style='margin:0 0 2pt 0'><b>TECKEN</b></p><ul style='margin:0'>"]
    for sign in ordered[:count]:
        mark = " (ej bekräftad)" if sign.status == "unverified" else ""
        out.append(f"<li>{free_text_html(sign.text)}{mark}</li>")
    out.append("</ul>")
    return "".join(out)


def _panel_steps(card: ActionCard, sid: str, municipality: str | None, detail: int) -> str:
    s = card.subject(sid)
    out = ["<p style='margin:0 0 2pt 0'><b>GÖR SÅ HÄR</b></p><ol style='margin:0'>"]
    for step in s.steps:
        title = e(urgent_title(step.title) if step.urgent else step.title)
        out.append(f"<li><b>{title}</b></li>" if step.urgent else f"<li>{title}</li>")
    out.append("</ol>")
    if detail == 0:
        out.append("<p style='margin-top:3pt'>Hela kortet med alla nummer, tider och källor: "
                   "Åtgärdskort i programmet Kvinnofrid Västmanland.</p>")
    return "".join(out)


def _fit(device: Device, variants: list[str], width: float, height: float) -> QTextDocument:
    """The most detailed variant that fits at the largest size ≥ 8 pt."""
    doc: QTextDocument | None = None
    for html_text in variants:
        for size in POCKET_SIZES_PT:
            doc = text_document(device, html_text, width, size)
            if doc.size().height() <= height:
                return doc
    assert doc is not None
    return doc


def _paint_pocket(painter: QPainter, device: Device, card: ActionCard,
                  subject: str | None, municipality: str | None, today: dt.date) -> int:

    full = device.pageLayout().fullRectPixels(device.logicalDpiY())
    width, height = float(full.width()), float(full.height())
    pad = _mm(device, 6)
    pw, ph = width / 2, height / 4
    # One subject fills half a sheet (four panels); a single subject is printed twice, one card
    # to keep and one to give to a colleague.
    slots = [subject, subject] if subject else list(SUBJECTS)
    pages = (len(slots) + 1) // 2
    for page in range(pages):
        if page and not device.newPage():
            return page
        halves = slots[page * 2: page * 2 + 2]
        for half, sid in enumerate(halves):
            top = half * height / 2
            sign_count = sum(len(g.signs) for g in card.subject(sid).sign_groups)
            panels = [
                [_panel_front(card, sid, municipality, today, d) for d in (0, 1)],
                [_panel_numbers(card, sid, municipality, today, d) for d in (0, 1, 2)],
                [_panel_signs(card, sid, n) for n in range(sign_count, 2, -1)],
                [_panel_steps(card, sid, municipality, d) for d in (0, 1)],
            ]
            for i, variants in enumerate(panels):
                x, y = (i % 2) * pw, top + (i // 2) * ph
                doc = _fit(device, variants, pw - 2 * pad, ph - 2 * pad)
                painter.save()
                painter.translate(x + pad, y + pad)
                draw_on_paper(painter, doc, QRectF(0, 0, pw - 2 * pad, ph - 2 * pad))
                painter.restore()
            _fold_lines(painter, device, top, width, height / 2, pw, ph)
        # A card is half a sheet, also where the sheet holds one (the last subject of three):
        # the cut line is drawn on every page its label is.
        cut_y = height / 2
        pen = QPen(QColor(60, 60, 60), _mm(device, 0.3), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, cut_y), QPointF(width, cut_y))
        painter.setPen(QColor(60, 60, 60))
        # One instruction in each half, inside the panels' padding: across the whole width
        # the label ran over the vertical fold line on A5.
        top, inner = cut_y - _mm(device, 4.5), pw - 2 * pad
        for x, text, align in ((pad, FOLD_ORDER, Qt.AlignmentFlag.AlignLeft),
                               (pw + pad, CUT_HERE, Qt.AlignmentFlag.AlignRight)):
            painter.setFont(_label_font(device, text, inner))
            painter.drawText(QRectF(x, top, inner, _mm(device, 4)),
                             int(align | Qt.AlignmentFlag.AlignBottom), text)
    return pages


CUT_HERE = "✂ Klipp längs den streckade linjen."
# Folded the other way, the RING panel ends up inside: horizontal first, printed side out,
# leaves the card's front outside and its numbers on the back.
FOLD_ORDER = "Vik först vågrätt, sedan lodrätt: RING på baksidan."


def _label_font(device: Device, text: str, width: float) -> QFont:
    """The pocket sheet's small print at 8 pt, down to 6 pt where half the paper is narrower
    (A5, 6.5 pt): an instruction for cutting and folding, not the card's content."""
    font = QFont(FONT_FAMILY)
    for size in (8.0, 7.5, 7.0, 6.5, 6.0):
        font.setPointSizeF(size)
        if QFontMetricsF(font, device).horizontalAdvance(text) <= width:
            break
    return font


def _fold_lines(painter: QPainter, device: Device, top: float, width: float, half_h: float,
                pw: float, ph: float) -> None:

    pen = QPen(QColor(120, 120, 120), _mm(device, 0.25), Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(pw, top), QPointF(pw, top + half_h))
    painter.drawLine(QPointF(0, top + ph), QPointF(width, top + ph))
