"""One field of the editor's forms: an input, the reason it was refused, and how it is applied.

A value is applied to the source folder when the field is left (or Enter is pressed), through
the model's own setter; a ``FieldError`` leaves the model as it was, keeps what was typed in the
field, marks it red and says why in a line under it (also the field's accessible description,
so a screen reader says it too). ``check`` runs on every keystroke for values whose form can be
told at once (a phone number): the mark appears while typing, before anything is applied.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kvinnofrid_desktop.core.authoring.checks import ERROR, EditorProblem, Location
from kvinnofrid_desktop.core.authoring.source_folder import FieldError
from kvinnofrid_desktop.core.pack.problems import Problem
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import chars
from kvinnofrid_desktop.ui.common.colours import NON_TEXT_CONTRAST, TEXT_CONTRAST, readable
from kvinnofrid_desktop.ui.common.i18n import SOURCE_LANGUAGE, interface_language
from kvinnofrid_desktop.ui.common.labels import core_words

# The editor's marks, everywhere in it: a border round the field, the reason in colour under it
# (always words too, never colour alone). "info" has no colour of its own. These shades are for
# a light background; on a dark one or in high contrast a lighter shade of each is used
# (#c62828 was 2.5:1 on a dark grey).
BORDER_COLOURS = {"error": "#c62828", "warning": "#a15c00"}
TEXT_COLOURS = {"error": "#c62828", "warning": "#8a4f00", "ok": "#2e7d32"}
_MARK = "editorMark"  # the property that says which mark a widget shows, for recolour_marks


def mark_colour(kind: str, *, border: bool = False) -> QColor | None:
    """The colour of a mark of ``kind`` (None: plain), shaded to stand out against the
    window's background: 4.5:1 for words, 3:1 for a border."""
    colours = BORDER_COLOURS if border else TEXT_COLOURS
    if kind not in colours:
        return None
    background = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return readable(QColor(colours[kind]), background,
                    NON_TEXT_CONTRAST if border else TEXT_CONTRAST)


def border_style(selector: str, kind: str = "error") -> str:
    """A style sheet marking widgets of ``selector`` (e.g. "QLineEdit") as ``kind``."""
    colour = mark_colour(kind, border=True) or mark_colour("error", border=True)
    assert colour is not None
    return f"{selector} {{ border: 2px solid {colour.name()}; }}"


def text_style(kind: str) -> str:
    """A style sheet for a message of ``kind`` (error, warning, ok; anything else: plain)."""
    colour = mark_colour(kind)
    return f"color: {colour.name()};" if colour else ""


def mark_text(label: QWidget, kind: str) -> None:
    """Colour ``label``'s words as a message of ``kind``; ``recolour_marks`` redoes it."""
    label.setProperty(_MARK, f"text {kind}")
    label.setStyleSheet(text_style(kind))


def mark_border(widget: QWidget, selector: str, kind: str | None = "error") -> None:
    """A border of ``kind`` round ``widget`` (None: none); ``recolour_marks`` redoes it."""
    widget.setProperty(_MARK, f"border {kind} {selector}" if kind else "")
    widget.setStyleSheet(border_style(selector, kind) if kind else "")


def recolour_marks(root: QWidget) -> None:
    """The marks under ``root`` in shades for the palette now (after a palette change)."""
    for widget in root.findChildren(QWidget):
        mark = widget.property(_MARK)
        if not mark:
            continue
        what, kind, *selector = str(mark).split(" ")
        if what == "text":
            mark_text(widget, kind)
        else:
            mark_border(widget, selector[0], kind)

# The code of a value a field refused: typed, shown, and not in the model. Not a code of the
# build's checks (they never see it); its message is already in the interface's language.
REFUSED = "editor.refused"


class ShownFieldError(FieldError):
    """A refusal the interface words itself (``tr``): shown as it is in every language."""


def refusal_words(reason: FieldError | str) -> str:
    """A refusal as the field says it: the core's Swedish reason in Swedish; in another
    language a plain sentence with the Swedish reason after it."""
    if isinstance(reason, ShownFieldError):
        return str(reason)
    return core_words(str(reason), QCoreApplication.translate(
        "FieldBox", "Värdet kan inte användas, och det som fanns förut gäller"))


def form_words(message: str) -> str:
    """The core's Swedish words on a value's form (while it is typed), as the field says
    them."""
    return core_words(message, QCoreApplication.translate(
        "FieldBox", "Värdet har inte den form det ska ha"))


def refusal_problem(location: Location, file: str, name: str,
                    reason: FieldError | str) -> EditorProblem:
    """A refused value as a problem of the editor's list: an error, since publishing would
    leave out what the field shows. ``name`` is the field's, ``reason`` the refusal's."""
    translate = QCoreApplication.translate
    if isinstance(reason, ShownFieldError) or interface_language() == SOURCE_LANGUAGE:
        message = arg(translate(
            "FieldBox", "%1: värdet i fältet godtogs inte och är inte med i paketet – %2"),
            name, str(reason))
    else:
        message = core_words(str(reason), arg(translate(
            "FieldBox", "%1: värdet i fältet godtogs inte och är inte med i paketet"), name))
    return EditorProblem(ERROR, Problem(REFUSED, file, location.field, message), location)


def _call_alive(ref: weakref.ref[FieldBox], method: Callable[..., object],
                *args: object) -> None:
    box = ref()
    if box is not None and shiboken6.isValid(box):
        method(box, *args)


class FieldBox(QWidget):
    """A line edit with a message under it; ``applied`` after the model took a new value."""

    applied = Signal()
    refusal_changed = Signal()  # a value was refused, or a refusal ended

    def __init__(self, name: str, apply: Callable[[str], None], *,
                 check: Callable[[str], str | None] | None = None, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply, self._check = apply, check
        self.name = name
        self._shown = ""  # the value last shown or applied: leaving unchanged applies nothing
        self._refused: str | None = None  # the reason, as the field shows it
        self._reason: FieldError | None = None  # the reason, as the model gave it
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(chars(self.edit, 24))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Selectable (to copy a reason), so it takes focus: named apart from its field.
        self.message.setAccessibleName(arg(self.tr("Meddelande om %1"), name))
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        # Functions holding a weak reference, not bound methods: the line edit of a form being
        # deleted still says editingFinished as its focus goes, and PySide then looked for the
        # slot on a FieldBox half destroyed ("Slot 'FieldBox::' not found", a flaky test).
        alive = weakref.ref(self)
        self.edit.editingFinished.connect(lambda: _call_alive(alive, FieldBox.commit))
        self.edit.textEdited.connect(lambda text: _call_alive(alive, FieldBox._typed, text))

    # --- what the form does -------------------------------------------------------------------

    def set_value(self, text: str | None) -> None:
        """Show the model's value (no apply); clears a refusal."""
        self._shown = text or ""
        self.edit.setText(self._shown)
        self.edit.setCursorPosition(0)
        self._set_refused(None)
        self.mark(None)

    def value(self) -> str:
        return self.edit.text()

    @property
    def refused(self) -> str | None:
        """The reason the value in the field was not taken, as shown under it, or None."""
        return self._refused

    @property
    def reason(self) -> FieldError | None:
        """The model's refusal of the value in the field (its Swedish words), or None."""
        return self._reason

    def commit(self) -> bool:
        """Apply the field's text unless it is what the model holds; True when taken."""
        text = self.edit.text()
        if text == self._shown and self._refused is None:
            return True
        try:
            self._apply(text)
        except FieldError as exc:
            self._set_refused(exc)
            self.mark(self._refused)
            return False
        self._shown = text
        self._set_refused(None)
        self.mark(None)
        self.applied.emit()
        return True

    def _set_refused(self, reason: FieldError | None) -> None:
        shown = None if reason is None else refusal_words(reason)
        changed = shown != self._refused
        self._refused, self._reason = shown, reason
        if changed:
            self.refusal_changed.emit()

    def mark(self, message: str | None, kind: str = "error") -> None:
        """Show ``message`` under the field (None: no mark)."""
        if not message:
            mark_border(self.edit, "QLineEdit", None)
            self.message.hide()
            self.message.clear()
            self.edit.setAccessibleDescription("")
            return
        mark_border(self.edit, "QLineEdit", kind)
        mark_text(self.message, kind)
        self.message.setText(message)
        self.message.show()
        self.edit.setAccessibleDescription(message)

    def _typed(self, text: str) -> None:
        if self._check is None:
            return
        message = self._check(text.strip()) if text.strip() else None
        self.mark(form_words(message) if message else None)
