"""The registry of every command of the window and the viewer: label, keys, icon, scope (where
its keys act), the menus and the toolbars. ``ui/actions.py`` turns it into QActions, menus and
Hjälp → Kortkommandon; see there for how the scopes become Qt shortcut contexts.

Pure Python, imported before PySide6 at start-up (app/start.py): PySide's import hook reads and
compiles the source of every module imported after PySide6, which doubled this registry's cost
of the first frame. Labels are marked with ``QT_TRANSLATE_NOOP("Commands", …)`` for lupdate and
translated when an action is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kvinnofrid_desktop.core.placeholders import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

WINDOW, DOCUMENT, VIEWER = "window", "document", "viewer"
# Qt::ShortcutContext as plain numbers (see the module's docstring).
WIDGET_SHORTCUT, WINDOW_SHORTCUT, WIDGET_WITH_CHILDREN_SHORTCUT = 0, 1, 3
CONTEXT_OF_SCOPE = {WINDOW: WINDOW_SHORTCUT, DOCUMENT: WINDOW_SHORTCUT,
                    VIEWER: WIDGET_WITH_CHILDREN_SHORTCUT}
CONTEXT = "Commands"  # the translation context of every label here



def translated(text: str) -> str:
    """A text of this registry (a label, a menu title) in the interface's language."""
    from PySide6.QtCore import QCoreApplication  # loaded by then; this module needs no Qt

    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A label without its mnemonic and trailing ellipsis; "&&" is a real ampersand."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip(".…").strip()


class StandardKey:
    """One of Qt's platform-dependent keys (``QKeySequence.StandardKey.Find``: Ctrl+F, F3 …),
    named here so that this module needs no Qt."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


Key = str | StandardKey


class Command:
    """One command. ``text`` is the Swedish label with its mnemonic (``&``); menus show it as it
    is, toolbars and the shortcut list without ``&`` and ``…``. ``tip``: a longer explanation
    for a toolbar button's tooltip; ``export``: hidden when the administrator's policy forbids
    copies; ``gesture``: a key gesture QKeySequence cannot hold ("Skift tre gånger"), for the
    shortcut list, run by whatever watches for it (ui/privacy.py); ``note``: a sentence under
    the shortcut list (why the gesture is what it is). A plain class, not a dataclass (≈ 0.4 ms
    less at every start)."""

    __slots__ = ("_sequences", "checkable", "export", "gesture", "icon", "keys", "name",
                 "note", "scope", "text", "tip")

    def __init__(self, name: str, text: str, keys: tuple[Key, ...], scope: str, *,
                 icon: str = "", tip: str = "", checkable: bool = False,
                 export: bool = False, gesture: str = "", note: str = "") -> None:
        self.name, self.text, self.keys, self.scope = name, text, keys, scope
        self.icon, self.tip, self.checkable, self.export = icon, tip, checkable, export
        self.gesture, self.note = gesture, note
        self._sequences: list[QKeySequence] | None = None  # made on first use

    def label(self) -> str:
        return translated(self.text)

    def plain_label(self) -> str:
        """The label without its mnemonic and trailing ellipsis ("Skriv ut")."""
        return plain(self.label())

    def sequences(self) -> list[QKeySequence]:
        """The keys as QKeySequences, made once (≈ 25 µs each; the window, its menus and the
        start-up preview all need them)."""
        if self._sequences is None:
            from PySide6.QtGui import QKeySequence

            self._sequences = [
                QKeySequence(getattr(QKeySequence.StandardKey, key.name))
                if isinstance(key, StandardKey) else QKeySequence(key) for key in self.keys]
        return self._sequences


# lupdate reads the labels from the literal QT_TRANSLATE_NOOP("Commands", …) calls.
COMMANDS: dict[str, Command] = {c.name: c for c in (
    # --- the window ---
    Command("tab_strategy", QT_TRANSLATE_NOOP("Commands", "Strategi"), ("Ctrl+1",), WINDOW),
    Command("tab_collaboration", QT_TRANSLATE_NOOP("Commands", "Samverkansplan"), ("Ctrl+2",),
            WINDOW),
    Command("tab_action_card", QT_TRANSLATE_NOOP("Commands", "Åtgärdskort"), ("Ctrl+3",),
            WINDOW),
    Command("tab_publications", QT_TRANSLATE_NOOP("Commands", "Publikationer"), ("Ctrl+4",),
            WINDOW),
    Command("open_pdf", QT_TRANSLATE_NOOP("Commands", "&Öppna PDF…"),
            (StandardKey("Open"),), WINDOW),
    # A PDF opened in a tab of its own is closed with the keyboard too, not only with the
    # tab's close button.
    Command("close_tab", QT_TRANSLATE_NOOP("Commands", "S&täng fliken"), ("Ctrl+W", "Ctrl+F4"),
            WINDOW),
    Command("import_pack", QT_TRANSLATE_NOOP("Commands", "&Importera innehållspaket…"),
            ("Ctrl+I",), WINDOW),
    # Shown only when the administrator's policy allows editing (allow_editing).
    Command("edit_pack", QT_TRANSLATE_NOOP("Commands", "&Redigera innehållspaket…"), (),
            WINDOW),
    Command("settings", QT_TRANSLATE_NOOP("Commands", "I&nställningar…"), ("Ctrl+,",), WINDOW),
    Command("quit", QT_TRANSLATE_NOOP("Commands", "&Avsluta"), ("Ctrl+Q",), WINDOW),
    Command("fullscreen", QT_TRANSLATE_NOOP("Commands", "Hel&skärm"), ("F11",), WINDOW,
            checkable=True),
    Command("search", QT_TRANSLATE_NOOP("Commands", "Sök i &alla dokument…"),
            ("Ctrl+K", "Ctrl+Shift+F"), WINDOW),
    Command("results", QT_TRANSLATE_NOOP("Commands", "Visa sök&resultat"), (), WINDOW,
            checkable=True),
    Command("shortcuts", QT_TRANSLATE_NOOP("Commands", "&Kortkommandon"),
            (StandardKey("HelpContents"),), WINDOW),
    Command("about", QT_TRANSLATE_NOOP("Commands", "&Om Kvinnofrid Västmanland"), (), WINDOW),
    # --- no traces, quick hide, Mina sidor, the page's text (issue 19) ---
    Command("quick_hide", QT_TRANSLATE_NOOP("Commands", "&Dölj snabbt"), (), WINDOW,
            tip=QT_TRANSLATE_NOOP("Commands", "Töm sökningen, stäng egna filer, visa "
                                  "strategins första sida och minimera fönstret (Skift tre "
                                  "gånger)"),
            gesture=QT_TRANSLATE_NOOP("Commands", "Skift tre gånger inom två sekunder"),
            note=QT_TRANSLATE_NOOP(
                "Commands", "Dölj snabbt nås med Skift tre gånger, inte med Esc: Esc stänger "
                "redan sökresultat, Sök i dokumentet och dialogrutor, och ett Esc som "
                "trycks av vana skulle dölja programmet mitt i arbetet. Tre tryck på Skift "
                "gör ingen av misstag när den skriver.")),
    Command("forget_all", QT_TRANSLATE_NOOP("Commands", "&Glöm allt…"), (), WINDOW),
    Command("page_text", QT_TRANSLATE_NOOP("Commands", "Visa sidans &text"), ("Ctrl+T",),
            WINDOW, checkable=True,
            tip=QT_TRANSLATE_NOOP("Commands", "Sidans text bredvid sidan, för skärmläsare "
                                  "och för att markera och kopiera")),
    Command("bookmark_add", QT_TRANSLATE_NOOP("Commands", "&Lägg till i Mina sidor"),
            ("Ctrl+D",), WINDOW),
    Command("bookmarks", QT_TRANSLATE_NOOP("Commands", "Visa &Mina sidor"), ("Ctrl+Shift+D",),
            WINDOW, checkable=True),
    Command("bookmarks_export", QT_TRANSLATE_NOOP("Commands", "&Exportera Mina sidor…"), (),
            WINDOW),
    Command("bookmarks_import", QT_TRANSLATE_NOOP("Commands", "I&mportera Mina sidor…"), (),
            WINDOW),
    # --- the document on screen (a viewer; find and print also the action card) ---
    Command("find", QT_TRANSLATE_NOOP("Commands", "&Sök i dokumentet…"),
            (StandardKey("Find"),), DOCUMENT, icon="find"),
    Command("find_next", QT_TRANSLATE_NOOP("Commands", "Nästa träff"),
            (StandardKey("FindNext"),), DOCUMENT, icon="next"),
    Command("find_previous", QT_TRANSLATE_NOOP("Commands", "Föregående träff"),
            (StandardKey("FindPrevious"),), DOCUMENT, icon="previous"),
    Command("zoom_in", QT_TRANSLATE_NOOP("Commands", "Zooma &in"), ("Ctrl++", "Ctrl+="),
            DOCUMENT, icon="zoom_in"),
    Command("zoom_out", QT_TRANSLATE_NOOP("Commands", "Zooma &ut"), ("Ctrl+-",), DOCUMENT,
            icon="zoom_out"),
    Command("zoom_reset", QT_TRANSLATE_NOOP("Commands", "&Verklig storlek (100 %)"),
            ("Ctrl+0",), DOCUMENT, icon="zoom_original"),
    # B for "bredd", H for "hela sidan"; Ctrl+digit is left to the window's tabs.
    Command("fit_width", QT_TRANSLATE_NOOP("Commands", "Anpassa till &bredd"),
            ("Ctrl+Shift+B",), DOCUMENT, icon="fit_width", checkable=True),
    Command("fit_page", QT_TRANSLATE_NOOP("Commands", "Anpassa till &hel sida"),
            ("Ctrl+Shift+H",), DOCUMENT, icon="fit_page", checkable=True),
    Command("back", QT_TRANSLATE_NOOP("Commands", "B&akåt"), ("Alt+Left",), DOCUMENT,
            icon="back", tip=QT_TRANSLATE_NOOP("Commands", "Tillbaka till förra platsen")),
    Command("forward", QT_TRANSLATE_NOOP("Commands", "&Framåt"), ("Alt+Right",), DOCUMENT,
            icon="forward"),
    # A page at a time, wherever the focus is in the window (the toolbar's arrows); PgUp and
    # PgDown read on by the screen. Ctrl+PgUp/PgDown: no tab switching in the window uses them
    # (the tabs take Ctrl+1 … Ctrl+4 and Ctrl+Tab), and PDF readers (Evince, Okular) turn the
    # page with them.
    Command("previous_page", QT_TRANSLATE_NOOP("Commands", "Föregående sida"), ("Ctrl+PgUp",),
            DOCUMENT, icon="previous"),
    Command("next_page", QT_TRANSLATE_NOOP("Commands", "Nästa sida"), ("Ctrl+PgDown",),
            DOCUMENT, icon="next"),
    Command("print", QT_TRANSLATE_NOOP("Commands", "Skriv &ut…"),
            (StandardKey("Print"),), DOCUMENT, icon="print"),
    Command("save_copy", QT_TRANSLATE_NOOP("Commands", "&Spara kopia…"), ("Ctrl+Shift+S",),
            DOCUMENT, icon="save_copy", export=True),
    Command("open_external", QT_TRANSLATE_NOOP("Commands", "Öppna i e&xtern läsare"),
            ("Ctrl+Shift+O",), DOCUMENT, icon="open_external", export=True,
            tip=QT_TRANSLATE_NOOP("Commands", "Öppna dokumentet i datorns PDF-läsare")),
    # --- the viewer with the focus ---
    Command("first_page", QT_TRANSLATE_NOOP("Commands", "Första sidan"), ("Home", "Ctrl+Home"),
            VIEWER, icon="first"),
    # One screen on, a strip of the last one kept in view, across the pages' edges as any
    # reader or browser does: a page turned by PgDown hid the lower half of every page taller
    # than the view. Space as in a browser; its actions give way to a focused button or list
    # (PdfViewer.event).
    Command("screen_up", QT_TRANSLATE_NOOP("Commands", "En skärm uppåt"),
            ("PgUp", "Shift+Space"), VIEWER),
    Command("screen_down", QT_TRANSLATE_NOOP("Commands", "En skärm nedåt"),
            ("PgDown", "Space"), VIEWER),
    Command("last_page", QT_TRANSLATE_NOOP("Commands", "Sista sidan"), ("End", "Ctrl+End"),
            VIEWER, icon="last"),
    # The document's, not only the focused viewer's: F9 from the search field (where the
    # window starts) did nothing. No text field has a use for F9.
    Command("sidebar", QT_TRANSLATE_NOOP("Commands", "Sido&panel"), ("F9",), DOCUMENT,
            icon="sidebar", checkable=True,
            tip=QT_TRANSLATE_NOOP("Commands", "Visa eller dölj innehåll och miniatyrer")),
)}

DOCUMENT_COMMANDS = tuple(n for n, c in COMMANDS.items() if c.scope == DOCUMENT)
VIEWER_COMMANDS = tuple(n for n, c in COMMANDS.items() if c.scope in (DOCUMENT, VIEWER))
WINDOW_COMMANDS = tuple(n for n, c in COMMANDS.items() if c.scope == WINDOW)

# The window's menus, in order; None is a separator.
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Commands", "&Arkiv"), (
        "open_pdf", "close_tab", "import_pack", "edit_pack", None, "save_copy", "open_external",
        None,
        "print", None, "bookmarks_export", "bookmarks_import", None, "settings", "forget_all",
        None, "quick_hide", "quit")),
    (QT_TRANSLATE_NOOP("Commands", "&Visa"), (
        "tab_strategy", "tab_collaboration", "tab_action_card", "tab_publications", None,
        "sidebar", "page_text", "bookmark_add", "bookmarks", None,
        "zoom_in", "zoom_out", "zoom_reset", "fit_width", "fit_page", None, "previous_page",
        "next_page", "back", "forward", None, "fullscreen")),
    (QT_TRANSLATE_NOOP("Commands", "S&ök"), (
        "search", "results", None, "find", "find_next", "find_previous")),
    (QT_TRANSLATE_NOOP("Commands", "&Hjälp"), ("shortcuts", None, "about")),
)
# The window's toolbar, before the search field; Dölj snabbt is added by the window (at the
# far end, or first when the policy asks for it prominent).
WINDOW_TOOLBAR = ("open_pdf",)
# The viewer's toolbar; None is a separator, a name in capitals a widget the viewer supplies.
VIEWER_TOOLBAR: tuple[str | None, ...] = (
    "sidebar", None, "first_page", "previous_page", "PAGE_BOX", "PAGE_COUNT", "next_page",
    "last_page", None,
    "back", "forward", None, "zoom_out", "ZOOM_BOX", "zoom_in", "fit_width", "fit_page",
    "SPACER", "find", "print", "save_copy", "open_external")
VIEWER_GROUP = QT_TRANSLATE_NOOP("Commands", "Dokumentvisaren")  # Kortkommandon's last group
