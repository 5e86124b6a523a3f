"""Building blocks of the Åtgärdskort view: signs, steps and contact cards.

Every entry is a focusable frame with an accessible name, so a screen-reader user can tab
through signs, steps and contacts and hear each one whole; the search can also land on one.
Colours come from the palette (dark mode works); the few fixed colours are in the status icons,
which carry their own contrast, and never stand alone: each is paired with a word.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCollator, QLocale, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.card.model import (
    ActionCard,
    Contact,
    Sign,
    Step,
    dialled,
    named_number,
)
from kvinnofrid_desktop.core.card.now import (
    Instead,
    instead_now,
    is_stale,
    now_line,
    old_source_year,
    short_now,
    step_contacts,
)
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import announce
from kvinnofrid_desktop.ui.common.colours import contrast, is_dark
from kvinnofrid_desktop.ui.common.labels import ROLE_LABELS, card_now_tr, role_label

NOTICE_MS = 3000
ZWSP = "\u200b"
BREAK_RUN = 12  # characters an address may run without a place to break the line
_WITHOUT_DIACRITICS = str.maketrans("åäöéü", "aaoeu")
# Narrower than this beside the buttons, the footer's sentence moves to a row above them: squeezed,
# it stood as a column of single words that took the card's height (a small window, search open).
FOOTER_TEXT_MIN_CHARS = 32
URGENT_RED = QColor(198, 40, 40)
WARNING_AMBER = QColor(240, 170, 0)
FLASH_MS = 1600


def swedish_sorted(names: list[str]) -> list[str]:
    collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    return sorted(names, key=collator.sortKey)


def scaled_font(base: QFont, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """``base`` scaled relative to its own size, so a larger application font scales it too."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(x * (1 - amount) + y * amount for x, y in zip(
        (a.redF(), a.greenF(), a.blueF()), (b.redF(), b.greenF(), b.blueF()), strict=True)))


def focus_colour(palette: QPalette, against: QColor) -> QColor:
    """The palette's highlight, or a shade of it (else the text colour) that stands out 3:1
    against ``against``, as a focus indicator must (WCAG 2.4.13)."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    shade = highlight.lighter(160) if is_dark(palette) else highlight.darker(160)
    for colour in (highlight, shade):
        if contrast(colour, against) >= 3:
            return colour
    return palette.color(QPalette.ColorRole.ButtonText)


def status_pixmap(kind: str, size: int, ratio: float = 1.0) -> QPixmap:
    """A small status symbol: ``urgent`` (red disc), ``warning`` (amber triangle), ``done``."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    p.setPen(Qt.PenStyle.NoPen)
    mark = QColor(255, 255, 255)
    if kind == "warning":
        path = QPainterPath(QPointF(s / 2, s * 0.06))
        path.lineTo(s * 0.97, s * 0.92)
        path.lineTo(s * 0.03, s * 0.92)
        path.closeSubpath()
        p.setBrush(WARNING_AMBER)
        p.drawPath(path)
        mark, top = QColor(30, 25, 0), 0.36
    else:
        p.setBrush(URGENT_RED if kind == "urgent" else QColor(46, 125, 50))
        p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
        top = 0.24
    pen = QPen(mark, max(1.5, s * 0.13))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    if kind == "done":
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(s * 0.44, s * 0.68)
        path.lineTo(s * 0.73, s * 0.34)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    else:
        p.drawLine(QPointF(s / 2, s * top), QPointF(s / 2, s * (top + 0.30)))
        p.drawPoint(QPointF(s / 2, s * (top + 0.48)))
    p.end()
    return pixmap


def icon_label(kind: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    side = parent.fontMetrics().height()
    label.setPixmap(status_pixmap(kind, side, parent.devicePixelRatioF()))
    label.setFixedSize(side, side)
    label.setAccessibleName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


# (font, dpi) → how many px the dots of Å, Ä and Ö reach above the font's ascent
_OVERSHOOT: dict[tuple[str, int], int] = {}


def text_label(text: str, parent: QWidget, *, font: QFont | None = None,
               wrap: bool = True, selectable: bool = False,
               kind: type[QLabel] = QLabel) -> QLabel:
    """A plain-text label: card data is never interpreted as HTML."""
    label = kind(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if font is not None:
        label.setFont(font)
    # The dots of Å, Ä and Ö reach above the font's ascent (2 px of DejaVu Sans at 9 pt), and a
    # label draws its first line from its top edge: without room there they are cut off.
    # Measured once per font: the card makes a thousand labels in a handful of fonts.
    key = (label.font().key(), label.logicalDpiY())
    overshoot = _OVERSHOOT.get(key)
    if overshoot is None:
        metrics = label.fontMetrics()
        overshoot = _OVERSHOOT[key] = -metrics.tightBoundingRect("ÅÄÖ").top() - metrics.ascent()
    if overshoot > 0:
        label.setContentsMargins(0, overshoot, 0, 0)
    if selectable:
        # Selectable text takes focus on a click, so it needs a name of its own (its text).
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
    return label


class AddressLabel(QLabel):
    """An address (with ``breakable``'s breaks) that wraps only when its row is narrower than
    it: a wrapping QLabel asks for less than its one line, and beside its Kopiera button it
    broke "kommunen@ / surahammar.se" with room to spare."""

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.text()) + margins.left()
                 + margins.right() + 1)
        return QSize(max(width, super().sizeHint().width()), self.heightForWidth(width))


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab stops at, in the order they were made, which is the
    order they are shown in (the numbers to ring instead are made later, inside a holder that
    stands where they are shown)."""
    return [w for w in root.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def breakable(url: str) -> str:
    """``url`` (or an e-mail address) with a zero-width space after each separator, and inside
    any run longer than BREAK_RUN characters, so that a label can wrap it. Long addresses have
    no spaces: unbroken, "ensamkommandebarn.4.36d011a012469573ae28000109266.html" made the
    contacts column wider than its view (the label's least width is its longest word)."""
    for sep in ("/", "?", "&", "=", "-", "_", ".", "@"):
        url = url.replace(sep, sep + ZWSP)
    runs = re.split(f"([{ZWSP}\\s])", url)
    return "".join(ZWSP.join(run[i:i + BREAK_RUN] for i in range(0, len(run), BREAK_RUN))
                   if len(run) > BREAK_RUN else run for run in runs)


class EntryFrame(QFrame):
    """A focusable entry that paints its own tint, border, focus ring and a brief highlight."""

    copyRequested = Signal(str)

    def __init__(self, anchor: str, parent: QWidget | None = None, *, card: bool = False,
                 urgent: bool = False) -> None:
        super().__init__(parent)
        self.anchor = anchor
        self.search_text = ""
        self.copy_value: str | None = None  # what Ctrl+C copies while the entry has focus
        self._card = card
        self._urgent = urgent
        self._flash = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)

    def matches(self, needle: str) -> bool:
        if not needle:
            return True
        text = self.search_text
        if needle.isascii():  # typed without å, ä, ö, as the search field allows: "orosanmalan"
            text = text.translate(_WITHOUT_DIACRITICS)
        if needle in text:
            return True
        # A number typed without its spaces or hyphen still finds it ("0224749620").
        digits = "".join(c for c in needle if c.isdigit())
        if len(digits) >= 3 and all(c.isdigit() or c in " -" for c in needle):
            return digits in "".join(c for c in text if c.isdigit() or c == "|")
        # Several words: each of them, in any order ("skador blåmärken", "socialjour sala"),
        # as the search field takes them; as one string they had to stand side by side.
        words = needle.split()
        return len(words) > 1 and all(word in text for word in words)

    def flash(self) -> None:
        self._flash = True
        self.update()
        QTimer.singleShot(FLASH_MS, self, self._end_flash)

    def is_flashing(self) -> bool:
        return self._flash

    def _end_flash(self) -> None:
        self._flash = False
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.copy_value:
            self.copyRequested.emit(self.copy_value)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        fill: QColor | None = base if self._card else None
        border: QColor | None = pal.color(QPalette.ColorRole.Mid) if self._card else None
        if self._urgent:
            fill = blend(base, URGENT_RED, 0.22 if is_dark(pal) else 0.08)
            border = URGENT_RED
        if self._flash:
            fill = blend(fill or pal.color(QPalette.ColorRole.Window),
                         pal.color(QPalette.ColorRole.Highlight), 0.35)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        p.setPen(QPen(border, 2 if self._urgent else 1) if border is not None
                 else Qt.PenStyle.NoPen)
        p.drawRoundedRect(rect, 6, 6)
        if self._urgent:  # a solid bar on the left: the urgent step reads as different in greyscale
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(URGENT_RED)
            p.drawRoundedRect(QRectF(rect.left(), rect.top(), 6, rect.height()), 3, 3)
        if self.hasFocus():
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.5))
            p.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 6, 6)
        p.end()


class SubjectButton(QPushButton):
    """One of the subject choices (Barn, Vuxna, Djur). With the keyboard on it, a ring 2 px
    wide that stands out 3:1 against the button: the chosen one is tinted with the highlight
    colour (tab.py), and Fusion's own focus, a 1 px line in a shade of that colour, was lost
    on it."""

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isChecked():
            # Drawn as held down: Qt's Windows style fills a checked button that is not held
            # with a dither of the palette's Light, which in high contrast made the chosen
            # subject yellow words on a black-and-white checkerboard. Fusion draws both alike.
            option = QStyleOptionButton()
            self.initStyleOption(option)
            option.state |= QStyle.StateFlag.State_Sunken
            painter = QStylePainter(self)
            painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
            painter.end()
        else:
            super().paintEvent(event)
        if not self.hasFocus():
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(focus_colour(self.palette(), self.palette().color(
            QPalette.ColorRole.Button)), 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(3, 3, -3, -3), 2, 2)
        p.end()


class CopyRow(QWidget):
    """A number or address, and a "Kopiera" button next to it; right under the number, bold,
    the choice to make once it answers ("knappval 9"), which the number's name says with it.

    ``owner``: whose number it is. The button's name says it, "Kopiera 0221-250 00 (Köpings
    kommun, växel)", "Kopiera 112 – nödnummer" (the name holds the number): a card has many
    Kopiera buttons, and "Kopiera 112" alone left a screen reader's listener guessing whose."""

    copyRequested = Signal(str)

    def __init__(self, value: str, parent: QWidget, *, font: QFont | None = None,
                 what: str = "", owner: str = "", stretch: bool = True,
                 dial_note: str = "") -> None:
        super().__init__(parent)
        self.value = value
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(0)
        # A number stays on one line. An address may be too long for the column (at 200 % text
        # "kvinnohuset@kvinnohuset-vasteras.org" made it scroll sideways): it wraps, and is not
        # selectable, or the breaks would be copied with it; the button copies it whole.
        address = "@" in value
        self.value_label = text_label(breakable(value) if address else value, self, font=font,
                                      wrap=address, selectable=not address,
                                      kind=AddressLabel if address else QLabel)
        # Said as it is shown, "Telefon 021-39 00 00, knappval 9"; the button copies the number.
        spoken = f"{value}, {dial_note}" if dial_note else value
        self.value_label.setAccessibleName(f"{what} {spoken}".strip())
        self.dial_label: QLabel | None = None
        if dial_note:
            self.value_label.setAccessibleDescription(dial_note)
            self.dial_label = text_label(dial_note, self, wrap=False,
                                         font=scaled_font(self.font(), 1.1, bold=True))
            self.dial_label.setAccessibleName(dial_note)
            layout.addWidget(self.dial_label, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Kopiera"))
        whose = owner if value in owner else f"{value} ({owner})" if owner else value
        self.button.setAccessibleName(arg(self.tr("Kopiera %1"), whose))
        self.button.setToolTip(arg(self.tr("Kopiera %1 till urklipp"), value))
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(lambda: self.copyRequested.emit(self.value))
        layout.addWidget(self.value_label, 0, 0)
        layout.addWidget(self.button, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        if stretch:
            layout.setColumnStretch(2, 1)


class NoticeRow(QWidget):
    """An icon and a wrapped sentence: a warning the user must not miss."""

    def __init__(self, kind: str, text: str, parent: QWidget, *, name: str = "") -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon_label(kind, name or self.tr("Varning"), self), 0,
                         Qt.AlignmentFlag.AlignTop)
        self.label = text_label(text, self)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)


class SignEntry(EntryFrame):
    def __init__(self, sign: Sign, group_title: str, parent: QWidget) -> None:
        super().__init__(sign.id, parent)
        self.sign = sign
        unverified = sign.status == "unverified"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        if unverified:
            layout.addWidget(icon_label("warning", self.tr("Ej bekräftad"), self), 0,
                             Qt.AlignmentFlag.AlignTop)
        else:
            bullet = text_label("•", self, wrap=False)
            bullet.setFixedWidth(self.fontMetrics().height())
            bullet.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(0)
        self.text_label = text_label(sign.text, self)
        column.addWidget(self.text_label)
        if unverified:
            column.addWidget(text_label(self.tr("Ej bekräftad – kontrollera mot källan"), self,
                                        font=scaled_font(self.font(), 0.95, bold=True)))
        layout.addLayout(column, 1)
        mark = self.tr(", ej bekräftad") if unverified else ""
        self.setAccessibleName(sign.text + mark)
        self.search_text = f"{group_title} {sign.text}".casefold()


class StepContactLine(QWidget):
    """Under a step: whom to ring for it, with the number one click from the clipboard.

    Name and number sit side by side when there is room and stack when the column is narrow
    (large fonts), so the number is never pushed out of view.
    """

    copyRequested = Signal(str)

    def __init__(self, contact: Contact, card: ActionCard, parent: QWidget, *,
                 prefix: str = "", subject: str | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        self.card = card
        self.subject = subject  # the card's subject this line is shown for (its routes follow)
        self.lines: list[StepContactLine] = []
        self.state_text: str | None = None  # set by the line above: what applies to this route
        self._routes: tuple[tuple[str, str], ...] = ()
        # Ignored: the column decides the width; resizeEvent then picks side by side or stacked.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.name_label = text_label(prefix + contact.name, self)
        self._row.addWidget(self.name_label, 1)
        self.copy_row: CopyRow | None = None
        if contact.status != "missing" and contact.phone:
            self.copy_row = CopyRow(contact.phone, self, what=contact.name, owner=contact.name,
                                    stretch=False,
                                    font=scaled_font(self.font(), 1.1, bold=True),
                                    dial_note=contact.dial_note)
            self.copy_row.copyRequested.connect(self.copyRequested)
            self._row.addWidget(self.copy_row, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._row)
        # For a missing number: what applies now, a sentence of its own above the numbers to
        # ring instead (inside the name's brackets it read "(uppgift saknas. Fagersta kommun,
        # växel: stängt nu. Det här gäller nu:)").
        self.instead_heading: QLabel | None = None
        if contact.status == "missing":
            self.instead_heading = text_label("", self)
            layout.addWidget(self.instead_heading)
        self._layout = layout
        self._base = prefix + contact.name

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side, a gap of two spaces: the row inherits the line's spacing of 0, and
        # "växel010-224 90 00" read as one word. Stacked, the name sits right on its number.
        gap = self.fontMetrics().horizontalAdvance("  ")
        number = self.copy_row.sizeHint().width() if self.copy_row is not None else 0
        chars = self.fontMetrics().averageCharWidth()
        wide = self.width() >= max(chars * 48, number + gap + chars * 20)
        direction = QBoxLayout.Direction.LeftToRight if wide else \
            QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)
        self._row.setSpacing(gap if wide else 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def refresh(self, now: dt.datetime) -> bool:
        """Say what applies at ``now``; True when the numbers to ring instead were rebuilt
        (their buttons are new: the card puts them in the Tab order)."""
        rebuilt = False
        if self.contact.status == "missing":
            instead = instead_now(self.card, self.contact, now, card_now_tr, self.subject)
            state = self.tr("uppgift saknas")
            if self.instead_heading is not None:
                self.instead_heading.setText(instead.heading)
            rebuilt = self._show_routes(instead, now)
        else:
            state = self.state_text or short_now(self.contact, now, card_now_tr, self.card)
            if self.contact.status == "unverified":
                state += self.tr(", ej bekräftad")
        self.name_label.setText(f"{self._base} ({state})")
        return rebuilt

    def _show_routes(self, instead: Instead, now: dt.datetime) -> bool:
        wanted = tuple((r.contact.id, r.text) for r in instead.routes)
        rebuilt = wanted != self._routes
        if rebuilt:  # rebuilt only when what applies changes (every 30 s)
            self._routes = wanted
            for line in self.lines:
                self._layout.removeWidget(line)
                line.hide()  # not drawn over the new lines until it is deleted
                line.deleteLater()
            self.lines = []
            for route in instead.routes:
                line = StepContactLine(route.contact, self.card, self, prefix="→ ",
                                       subject=self.subject)
                line.state_text = route.text
                line.copyRequested.connect(self.copyRequested)
                self._layout.addWidget(line)
                self.lines.append(line)
        for line in self.lines:
            rebuilt |= line.refresh(now)
        return rebuilt


class StepEntry(EntryFrame):
    def __init__(self, number: int, step: Step, card: ActionCard, parent: QWidget, *,
                 subject: str | None = None) -> None:
        super().__init__(step.id, parent, urgent=step.urgent)
        self.step = step
        self.card = card
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14 if step.urgent else 6, 6, 8, 6)
        num = text_label(f"{number}.", self, wrap=False, font=scaled_font(self.font(), 1.1,
                                                                           bold=True))
        num.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        num.setMinimumWidth(self.fontMetrics().horizontalAdvance("00."))
        layout.addWidget(num, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(3)
        if step.urgent:
            badge = QHBoxLayout()
            badge.addWidget(icon_label("urgent", self.tr("Akut"), self))
            self.urgent_label = text_label(self.tr("Akut"), self, wrap=False,
                                           font=scaled_font(self.font(), 1.1, bold=True))
            badge.addWidget(self.urgent_label)
            badge.addStretch(1)
            column.addLayout(badge)
        column.addWidget(text_label(step.title, self, font=scaled_font(
            self.font(), 1.15 if step.urgent else 1.0, bold=True)))
        column.addWidget(text_label(step.text, self))
        self.contact_lines: list[StepContactLine] = []
        self.hint = text_label(self.tr("Välj kommun ovan för att se kommunens nummer."), self)
        self.hint.setFont(scaled_font(self.font(), 1.0))
        column.addWidget(self.hint)
        for ref in step.contacts:
            contact = card.contact(ref)
            if contact is None:
                continue
            line = StepContactLine(contact, card, self, subject=subject)
            line.copyRequested.connect(self.copyRequested)
            column.addWidget(line)
            self.contact_lines.append(line)
        layout.addLayout(column, 1)
        prefix = self.tr("Akut: ") if step.urgent else ""
        self.setAccessibleName(f"{number}. {prefix}{step.title}")
        self.setAccessibleDescription(step.text)
        self.search_text = f"{step.title} {step.text}".casefold()

    def set_municipality(self, municipality: str | None) -> None:
        """Show the lines that apply to ``municipality`` (None: the county-wide ones)."""
        wanted = {c.id for c in step_contacts(self.card, self.step, municipality,
                                              with_routes=True)}
        for line in self.contact_lines:
            line.setVisible(line.contact.id in wanted)
        has_local = any(line.contact.scope == "municipality" for line in self.contact_lines)
        self.hint.setVisible(has_local and municipality is None)
        self.copy_value = next((line.copy_row.value for line in self.contact_lines
                                if line.contact.id in wanted and line.copy_row), None)

    def refresh(self, now: dt.datetime) -> bool:
        """True when a line's numbers to ring instead were rebuilt (new buttons)."""
        rebuilt = False
        for line in self.contact_lines:
            rebuilt |= line.refresh(now)
        return rebuilt


class ContactCard(EntryFrame):
    """One contact: what and who, the number (large), what applies now, warnings, source."""

    def __init__(self, contact: Contact, card: ActionCard, parent: QWidget, *,
                 coverage: list[str] | None = None) -> None:
        super().__init__(contact.id, parent, card=True)
        self.contact = contact
        self.card = card
        self.coverage = coverage
        self.subject: str | None = None  # the subject shown: its routes follow it (tab.py)
        self.copy_value = contact.phone or contact.email
        self.copy_rows: list[CopyRow] = []
        self.fallback_rows: list[CopyRow] = []
        self._instead: tuple[object, ...] = ()
        self._instead_said = ""  # the numbers to ring instead, as the card's name says them
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        role = role_label(contact.role)
        layout.addWidget(text_label(role, self, font=scaled_font(self.font(), 1.0, bold=True)))
        layout.addWidget(text_label(contact.name, self))
        if contact.phone and contact.status != "missing":
            row = CopyRow(contact.phone, self, what=self.tr("Telefon"), owner=contact.name,
                          font=scaled_font(self.font(), 1.5, bold=True),
                          dial_note=contact.dial_note)
            layout.addWidget(row)
            self.copy_rows.append(row)
        # Read by its text ("Stängt nu · öppnar 09.00"): named "Just nu", the line hid it.
        self.now_label = text_label("", self, font=scaled_font(self.font(), 1.0, bold=True))
        layout.addWidget(self.now_label)
        self.notices: list[NoticeRow] = []
        if contact.status == "unverified":
            self._notice(layout, self.tr("Ej bekräftad – kontrollera innan du ringer"))
        elif contact.status == "missing":
            self._notice(layout, self.tr("Uppgift saknas"))
            self.instead_heading = text_label("", self, font=scaled_font(self.font(), 1.0,
                                                                         bold=True))
            layout.addWidget(self.instead_heading)
            # The routes are made when the card is first refreshed, and again when what applies
            # changes: in a holder made here, so that they come in the Tab order where they are
            # shown, before the source's Kopiera källa (a widget made later comes after it).
            self._instead_holder = QWidget(self)
            self._instead_box = QVBoxLayout(self._instead_holder)
            self._instead_box.setContentsMargins(0, 0, 0, 0)
            self._instead_box.setSpacing(4)
            layout.addWidget(self._instead_holder)
        self.old_source = NoticeRow("warning", "", self, name=self.tr("Varning"))
        self.old_source.hide()
        layout.addWidget(self.old_source)
        self.stale = NoticeRow("warning", "", self, name=self.tr("Varning"))
        layout.addWidget(self.stale)
        self.coverage_notice = NoticeRow("warning", "", self)
        layout.addWidget(self.coverage_notice)
        self.coverage_notice.hide()
        if contact.email and contact.status != "missing":
            row = CopyRow(contact.email, self, what=self.tr("E-post"), owner=contact.name)
            layout.addWidget(row)
            self.copy_rows.append(row)
        if contact.hours_text:
            hours = contact.hours_text
            if not hours.casefold().startswith(("tider", "öppettider")):
                hours = arg(self.tr("Tider: %1"), hours)
            layout.addWidget(text_label(hours, self))
        if contact.note:
            layout.addWidget(text_label(contact.note, self, selectable=True))
        self._source(layout)
        # refresh() adds what applies now, but only to the cards shown; hidden ones are named
        # here, so every card has a name from the start.
        self.setAccessibleName(". ".join(p for p in (role, contact.name, dialled(contact)) if p))
        for row in self.copy_rows:
            row.copyRequested.connect(self.copyRequested)
        place = contact.municipality or ""
        # The role in the interface language and in Swedish: the card's own text is Swedish.
        self.search_text = " | ".join(x for x in (
            place, role, ROLE_LABELS.get(contact.role, ""), contact.name, dialled(contact),
            contact.email or "", contact.hours_text, contact.note) if x).casefold()

    def _notice(self, layout: QVBoxLayout, text: str) -> None:
        row = NoticeRow("warning", text, self)
        layout.addWidget(row)
        self.notices.append(row)

    def _show_instead(self, instead: Instead) -> bool:
        """What to call instead of the missing number, as it applies now; rebuilt on change
        (True then)."""
        wanted = (instead.heading, *((r.contact.id, r.text) for r in instead.routes))
        if wanted == self._instead:
            return False
        self._instead = wanted
        self.instead_heading.setText(instead.heading)
        while self._instead_box.count():
            item = self._instead_box.takeAt(0)  # the layout item goes with it
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # not drawn over the new routes until it is deleted
                widget.deleteLater()
        self.fallback_rows = []
        said = []
        for route in instead.routes:
            target = route.contact
            mark = self.tr(", ej bekräftad") if target.status == "unverified" else ""
            self._instead_box.addWidget(text_label(f"{target.name} ({route.text}{mark})",
                                                   self._instead_holder))
            said.append(f"{named_number(target, ' ')} ({route.text}{mark})")
            row = CopyRow(target.phone or target.email or "", self._instead_holder,
                          what=target.name, owner=target.name,
                          font=scaled_font(self.font(), 1.3, bold=True),
                          dial_note=target.dial_note if target.phone else "")
            row.copyRequested.connect(self.copyRequested)
            self._instead_box.addWidget(row)
            self.fallback_rows.append(row)
        self._instead_said = f"{instead.heading} {'; '.join(said)}"
        return True

    def _source(self, layout: QVBoxLayout) -> None:
        c = self.contact
        if c.status == "missing":
            text = arg(self.tr("Sökt %1 utan resultat"), c.verified)
        else:
            text = arg(self.tr("Kontrollerad %1"), c.verified)
        row = QHBoxLayout()
        # Not selectable: the zero-width spaces would end up in a copied address; the button
        # copies it clean.
        self.source_label = text_label("", self)
        source = c.source or ""
        self.source_label.setText(text + (self.tr(" · Källa: ") + breakable(source)
                                          if source else ""))
        row.addWidget(self.source_label, 1)
        if source:
            button = QToolButton(self)
            button.setText(self.tr("Kopiera källa"))
            button.setAccessibleName(arg(self.tr("Kopiera källa för %1"), c.name))
            button.setToolTip(self.tr("Kopiera källans adress (programmet öppnar inga webbsidor)"))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda: self.copyRequested.emit(source))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.source_button: QToolButton | None = button
        else:
            self.source_button = None
        layout.addLayout(row)

    def set_municipality(self, municipality: str | None) -> None:
        """For the county jour: say plainly where it is (and is not) confirmed."""
        if not self.coverage:
            return
        names = ", ".join(self.coverage[:-1]) + self.tr(" och ") + self.coverage[-1] \
            if len(self.coverage) > 1 else self.coverage[0]
        if municipality is None:
            text = arg(self.tr("Bekräftad bara för %1."), names)
        elif municipality in self.coverage:
            self.coverage_notice.hide()
            return
        else:
            text = arg(self.tr("Bekräftad bara för %1 – inte för %2. Ring 112 vid akut fara."),
                       names, municipality)
        self.coverage_notice.set_text(text)
        self.coverage_notice.show()

    def refresh(self, now: dt.datetime, today: dt.date) -> bool:
        """Say what applies at ``now``; True when the numbers to ring instead were rebuilt
        (their buttons are new: the card puts them in the Tab order)."""
        line = now_line(self.card, self.contact, now, card_now_tr)
        self.now_label.setText(line.text)
        # A missing entry already says so, with its fallbacks; repeat it only with news.
        self.now_label.setVisible(line.state != "missing" or line.alternative is not None)
        rebuilt = False
        if self.contact.status == "missing":
            rebuilt = self._show_instead(instead_now(self.card, self.contact, now, card_now_tr,
                                                     self.subject))
        stale = self.contact.status != "missing" and is_stale(self.contact, today)
        self.stale.setVisible(stale)
        if stale:
            self.stale.set_text(arg(self.tr("Uppgiften kontrollerades %1; kontrollera innan du "
                                            "ringer"), self.contact.verified))
        year = old_source_year(self.contact, today)
        self.old_source.setVisible(year is not None)
        if year is not None:
            self.old_source.set_text(arg(self.tr("Källan är från %1; uppgiften kan ha ändrats "
                                                 "sedan dess."), str(year)))
        # Said in the order shown: "Uppgift saknas", then whom to ring instead, then the rest.
        notices = self.visible_notices()
        parts = [role_label(self.contact.role), self.contact.name,
                 dialled(self.contact), self.now_text()]
        parts += [n.text() for n in notices if n in self.notices]
        parts.append(self._instead_said)
        parts += [n.text() for n in notices if n not in self.notices]
        self.setAccessibleName(". ".join(p for p in parts if p))
        return rebuilt

    # --- what the user sees, for the accessibility name -------------------------------------------

    def now_text(self) -> str:
        return "" if self.now_label.isHidden() else self.now_label.text()

    def visible_notices(self) -> list[NoticeRow]:
        rows = [*self.notices, self.stale, self.old_source, self.coverage_notice]
        return [r for r in rows if not r.isHidden()]


class CardFooter(QWidget):
    """The bottom line: where the data comes from (or a brief confirmation), print and export."""

    printRequested = Signal(bool)  # pocket?
    exportRequested = Signal(bool)

    def __init__(self, checked: tuple[str, str], parent: QWidget, *,
                 allow_export: bool = True) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(0, 1)
        self.notice = QWidget(self)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_layout.addWidget(icon_label("done", self.tr("Klart"), self.notice))
        self.notice_label = text_label("", self.notice, wrap=False,
                                       font=scaled_font(self.font(), 1.0, bold=True))
        self.notice_label.setAccessibleName(self.tr("Bekräftelse"))
        notice_layout.addWidget(self.notice_label)
        notice_layout.addStretch(1)
        self.notice.hide()
        oldest, newest = checked
        if oldest == newest:
            info = arg(self.tr("Uppgifterna kontrollerades %1. Sammanställt ur offentliga "
                               "källor – inte ett officiellt dokument från Länsstyrelsen."),
                       newest)
        else:
            info = arg(self.tr("Uppgifterna kontrollerades mellan %1 och %2. Sammanställt ur "
                               "offentliga källor – inte ett officiellt dokument från "
                               "Länsstyrelsen."), oldest, newest)
        self.info_label = text_label(info, self)
        self.print_button = QPushButton(self.tr("Sk&riv ut åtgärdskort…"), self)
        self.print_button.setAccessibleName(self.tr("Skriv ut åtgärdskort"))
        self.print_button.clicked.connect(lambda: self.printRequested.emit(False))
        self.pocket_button = QPushButton(self.tr("F&ickkort…"), self)
        self.pocket_button.setAccessibleName(self.tr("Fickkort"))
        self.pocket_button.setAccessibleDescription(
            self.tr("Skriv ut eller spara ett fickkort att klippa ut och vika"))
        menu = QMenu(self.pocket_button)
        menu.addAction(self.tr("Skriv ut fickkort…"), lambda: self.printRequested.emit(True))
        save = menu.addAction(self.tr("Spara fickkort som PDF…"),
                              lambda: self.exportRequested.emit(True))
        save.setVisible(allow_export)
        self.pocket_button.setMenu(menu)
        self.export_button = QPushButton(self.tr("&Exportera PDF…"), self)
        self.export_button.setAccessibleName(self.tr("Exportera åtgärdskortet som PDF"))
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(False))
        self.export_button.setVisible(allow_export)
        self._text_above: bool | None = None
        self._per_row = 0
        self._arrange(text_above=False)
        self._timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._timer.timeout.connect(self._hide_notice)

    def text_above(self) -> bool:
        """Whether the sentence (or the notice) stands on a row above the buttons."""
        return bool(self._text_above)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest button: the buttons wrap onto more rows (``resizeEvent``).
        The layout's minimum, all three in a row, made the card 788 px wide at 200 % text and
        pushed the search panel off a 1024 px screen."""
        hint = super().minimumSizeHint()
        widest = max((b.sizeHint().width() for b in self._buttons() if not b.isHidden()),
                     default=0)
        return QSize(min(hint.width(), widest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = self.width()
        buttons = [b for b in self._buttons() if not b.isHidden()]
        spacing = max(self.layout().spacing(), 0)
        per_row = next((n for n in range(len(buttons), 0, -1)
                        if self._row_width(buttons, n, spacing) <= width), 1)
        above = per_row < len(buttons)
        if not above:
            beside = width - self._row_width(buttons, len(buttons), spacing) - spacing
            line = self.fontMetrics().lineSpacing()
            label = self.info_label if self.notice.isHidden() else self.notice
            button_height = max((b.sizeHint().height() for b in buttons), default=0)
            # Beside the buttons while that is the lower of the two: at 200 % text the sentence
            # beside them took six lines and left no room for the municipality's numbers.
            side_height = max(label.heightForWidth(max(beside, 1)), button_height)
            top_height = label.heightForWidth(width) + spacing + button_height
            above = (beside < self.fontMetrics().averageCharWidth() * FOOTER_TEXT_MIN_CHARS
                     or side_height > max(top_height, 2 * line))
        self._arrange(text_above=above, per_row=per_row)
        super().resizeEvent(event)
        # No lower than the wrapped sentence needs at this width: the card's layout counts a
        # wrapped label as one line, and with Mina sidor docked at 200 % the sentence was cut
        # to 35 of its 43 px. The card's columns scroll and give up the height instead.
        need = self.layout().totalHeightForWidth(width)
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    @staticmethod
    def _row_width(buttons: list[QPushButton], per_row: int, spacing: int) -> int:
        """The width ``buttons`` need ``per_row`` to a row, each column as wide as its widest."""
        columns = [max(b.sizeHint().width() for b in buttons[i::per_row])
                   for i in range(min(per_row, len(buttons)))]
        return sum(columns) + spacing * max(len(columns) - 1, 0)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return self.print_button, self.pocket_button, self.export_button

    def _arrange(self, *, text_above: bool, per_row: int = 3) -> None:
        if (text_above, per_row) == (self._text_above, self._per_row):
            return
        self._text_above, self._per_row = text_above, per_row
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        for widget in (self.notice, self.info_label, *self._buttons()):
            grid.removeWidget(widget)
        # The sentence and the notice share a cell: one of them is shown at a time.
        span = len(self._buttons()) + 1 if text_above else 1
        for widget in (self.notice, self.info_label):
            grid.addWidget(widget, 0, 0, 1, span)
        shown = [b for b in self._buttons() if not b.isHidden()]
        for i, button in enumerate(shown):
            row, column = divmod(i, per_row)
            grid.addWidget(button, row + 1 if text_above else 0, column + 1)

    def show_notice(self, text: str) -> None:
        """Show a confirmation for a few seconds (and announce it to screen readers)."""
        self.notice_label.setText(text)
        self.notice.show()
        self.info_label.hide()
        self._timer.start()
        announce(self.notice_label, text)

    def notice_text(self) -> str:
        return "" if self.notice.isHidden() else self.notice_label.text()

    def _hide_notice(self) -> None:
        self.notice.hide()
        self.info_label.show()
