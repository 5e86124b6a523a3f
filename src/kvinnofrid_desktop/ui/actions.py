"""Every command of the window and the viewer, declared once: its label, keys, icon and where
its keys act. The menus, the toolbars and Hjälp → Kortkommandon are built from this registry;
the class that carries a command out marks its handler with ``@command("name")``, and
``ActionSet(owner, names)`` makes the owner's QActions (the idea of MusicBrainz Picard's
``ui/mainwindow/actions.py``).

Where a key acts is Qt's shortcut context, declared by scope, so that no two actions own the
same key at the same moment (Qt then triggers neither and warns):

- WINDOW commands belong to the main window (``WindowShortcut``).
- DOCUMENT commands belong to the document on screen: each viewer, the action card (find,
  print) and the start-up preview make their own actions, with ``WindowShortcut``. Qt ignores
  the shortcuts of a hidden widget, so only the visible tab's document answers, wherever the
  focus is in the window. The window's menus show these commands through entries with
  ``WidgetShortcut`` (the keys are shown beside the entry; they would only act in a focused menu
  bar) that run the visible document's action when chosen.
- VIEWER commands (page moves, the side panel) act only with the focus inside the viewer
  (``WidgetWithChildrenShortcut``): in a list or a text field Home and PgDown keep their meaning.

The first frame builds the window's actions: nothing here touches PySide's ``Qt`` namespace
(creating it costs ~15 ms). Shortcuts are set with ``setShortcuts`` (``setShortcut`` resolves
overloads through that namespace) and contexts through the ``shortcutContext`` property.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from kvinnofrid_desktop.ui.common.i18n import QT_TRANSLATE_NOOP

WINDOW, DOCUMENT, VIEWER = "window", "document", "viewer"
# Qt::ShortcutContext as plain numbers (see the module's docstring).
WIDGET_SHORTCUT, WINDOW_SHORTCUT, WIDGET_WITH_CHILDREN_SHORTCUT = 0, 1, 3
CONTEXT_OF_SCOPE = {WINDOW: WINDOW_SHORTCUT, DOCUMENT: WINDOW_SHORTCUT,
                    VIEWER: WIDGET_WITH_CHILDREN_SHORTCUT}
CONTEXT = "Commands"  # the translation context of every label here

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class Command:
    """One command. ``text`` is the Swedish label with its mnemonic (``&``); menus show it as it
    is, toolbars and the shortcut list without ``&`` and ``…``."""

    name: str
    text: str
    keys: tuple[Key, ...]
    scope: str
    icon: str = ""
    tip: str = ""  # a longer explanation for a toolbar button's tooltip
    checkable: bool = False
    export: bool = False  # hidden when the administrator's policy forbids copies

    def label(self) -> str:
        return translated(self.text)

    def plain_label(self) -> str:
        """The label without its mnemonic and trailing ellipsis ("Skriv ut")."""
        return plain(self.label())

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(key) for key in self.keys]


def translated(text: str) -> str:
    """A text of this registry (a label, a menu title) in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A label without its mnemonic and trailing ellipsis; "&&" is a real ampersand."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip(".…").strip()


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
            (QKeySequence.StandardKey.Open,), WINDOW),
    # A PDF opened in a tab of its own is closed with the keyboard too, not only with the
    # tab's close button.
    Command("close_tab", QT_TRANSLATE_NOOP("Commands", "S&täng fliken"), ("Ctrl+W", "Ctrl+F4"),
            WINDOW),
    Command("import_pack", QT_TRANSLATE_NOOP("Commands", "&Importera innehållspaket…"),
            ("Ctrl+I",), WINDOW),
    Command("settings", QT_TRANSLATE_NOOP("Commands", "I&nställningar…"), ("Ctrl+,",), WINDOW),
    Command("quit", QT_TRANSLATE_NOOP("Commands", "&Avsluta"), ("Ctrl+Q",), WINDOW),
    Command("fullscreen", QT_TRANSLATE_NOOP("Commands", "Hel&skärm"), ("F11",), WINDOW,
            checkable=True),
    Command("search", QT_TRANSLATE_NOOP("Commands", "Sök i &alla dokument…"),
            ("Ctrl+K", "Ctrl+Shift+F"), WINDOW),
    Command("results", QT_TRANSLATE_NOOP("Commands", "Visa sök&resultat"), (), WINDOW,
            checkable=True),
    Command("shortcuts", QT_TRANSLATE_NOOP("Commands", "&Kortkommandon"),
            (QKeySequence.StandardKey.HelpContents,), WINDOW),
    Command("about", QT_TRANSLATE_NOOP("Commands", "&Om Kvinnofrid Västmanland"), (), WINDOW),
    # --- the document on screen (a viewer; find and print also the action card) ---
    Command("find", QT_TRANSLATE_NOOP("Commands", "&Sök i dokumentet…"),
            (QKeySequence.StandardKey.Find,), DOCUMENT, icon="find"),
    Command("find_next", QT_TRANSLATE_NOOP("Commands", "Nästa träff"),
            (QKeySequence.StandardKey.FindNext,), DOCUMENT, icon="next"),
    Command("find_previous", QT_TRANSLATE_NOOP("Commands", "Föregående träff"),
            (QKeySequence.StandardKey.FindPrevious,), DOCUMENT, icon="previous"),
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
    Command("print", QT_TRANSLATE_NOOP("Commands", "Skriv &ut…"),
            (QKeySequence.StandardKey.Print,), DOCUMENT, icon="print"),
    Command("save_copy", QT_TRANSLATE_NOOP("Commands", "&Spara kopia…"), ("Ctrl+Shift+S",),
            DOCUMENT, icon="save_copy", export=True),
    Command("open_external", QT_TRANSLATE_NOOP("Commands", "Öppna i e&xtern läsare"),
            ("Ctrl+Shift+O",), DOCUMENT, icon="open_external", export=True,
            tip=QT_TRANSLATE_NOOP("Commands", "Öppna dokumentet i datorns PDF-läsare")),
    # --- the viewer with the focus ---
    Command("first_page", QT_TRANSLATE_NOOP("Commands", "Första sidan"), ("Home", "Ctrl+Home"),
            VIEWER, icon="first"),
    Command("previous_page", QT_TRANSLATE_NOOP("Commands", "Föregående sida"), ("PgUp",),
            VIEWER, icon="previous"),
    Command("next_page", QT_TRANSLATE_NOOP("Commands", "Nästa sida"), ("PgDown",), VIEWER,
            icon="next"),
    Command("last_page", QT_TRANSLATE_NOOP("Commands", "Sista sidan"), ("End", "Ctrl+End"),
            VIEWER, icon="last"),
    Command("sidebar", QT_TRANSLATE_NOOP("Commands", "Sidopanel"), ("F9",), VIEWER,
            icon="sidebar", checkable=True,
            tip=QT_TRANSLATE_NOOP("Commands", "Visa eller dölj innehåll och miniatyrer")),
)}

DOCUMENT_COMMANDS = tuple(n for n, c in COMMANDS.items() if c.scope == DOCUMENT)
VIEWER_COMMANDS = tuple(n for n, c in COMMANDS.items() if c.scope in (DOCUMENT, VIEWER))
WINDOW_COMMANDS = tuple(n for n, c in COMMANDS.items() if c.scope == WINDOW)

# The window's menus, in order; None is a separator.
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Commands", "&Arkiv"), (
        "open_pdf", "close_tab", "import_pack", None, "save_copy", "open_external", None,
        "print", None, "settings", None, "quit")),
    (QT_TRANSLATE_NOOP("Commands", "&Visa"), (
        "tab_strategy", "tab_collaboration", "tab_action_card", "tab_publications", None,
        "zoom_in", "zoom_out", "zoom_reset", "fit_width", "fit_page", None, "back", "forward",
        None, "fullscreen")),
    (QT_TRANSLATE_NOOP("Commands", "S&ök"), (
        "search", "results", None, "find", "find_next", "find_previous")),
    (QT_TRANSLATE_NOOP("Commands", "&Hjälp"), ("shortcuts", None, "about")),
)
# The window's toolbar, before the search field.
WINDOW_TOOLBAR = ("open_pdf",)
# The viewer's toolbar; None is a separator, a name in capitals a widget the viewer supplies.
VIEWER_TOOLBAR: tuple[str | None, ...] = (
    "sidebar", None, "first_page", "previous_page", "PAGE_BOX", "PAGE_COUNT", "next_page",
    "last_page", None,
    "back", "forward", None, "zoom_out", "ZOOM_BOX", "zoom_in", "fit_width", "fit_page",
    "SPACER", "find", "print", "save_copy", "open_external")
VIEWER_GROUP = QT_TRANSLATE_NOOP("Commands", "Dokumentvisaren")  # Kortkommandon's last group

F = TypeVar("F", bound=Callable[..., Any])


def command(name: str) -> Callable[[F], F]:
    """Mark a method as the handler of command ``name`` for ``ActionSet``. A checkable
    command's handler is called with the new checked state, any other with no argument."""
    if name not in COMMANDS:
        raise KeyError(f"command {name!r} is not declared in ui/actions.py")

    def mark(function: F) -> F:
        function.__dict__.setdefault("_commands", []).append(name)
        return function

    return mark


def handlers_of(owner: object) -> dict[str, Callable[..., Any]]:
    """The ``@command`` handlers of ``owner``'s class and its Python base classes."""
    found: dict[str, Callable[..., Any]] = {}
    for klass in reversed(type(owner).__mro__):
        for attribute, value in vars(klass).items():
            for name in getattr(value, "_commands", ()):
                found[name] = getattr(owner, attribute)
    return found


class ActionSet(Mapping[str, QAction]):
    """The QActions of ``owner`` for the commands ``names``, by name.

    ``handlers`` add to (or replace) the owner's ``@command`` methods; every command must have
    one. ``context`` overrides the scope's shortcut context (the window's menu entries for
    document commands); ``attach=False`` leaves the actions off the owner, so that their keys
    act only where they are added (a menu). ``allow_export=False`` hides and disables the
    export commands; ``tooltips`` names the keys in each tooltip (toolbar buttons)."""

    def __init__(self, owner: QWidget, names: Iterable[str], *,
                 handlers: Mapping[str, Callable[..., Any]] | None = None,
                 context: int | None = None, icons: Callable[[str], QIcon] | None = None,
                 allow_export: bool = True, tooltips: bool = False,
                 attach: bool = True) -> None:
        bound = {**handlers_of(owner), **(handlers or {})}
        self._actions: dict[str, QAction] = {}
        for name in names:
            spec = COMMANDS[name]
            if name not in bound:
                raise LookupError(f"{type(owner).__name__} has no handler for {name!r}")
            action = QAction(spec.label(), owner)
            if icons is not None and spec.icon:
                action.setIcon(icons(spec.icon))
            if spec.keys:
                action.setShortcuts(spec.sequences())
                shortcut_context = CONTEXT_OF_SCOPE[spec.scope] if context is None else context
                if shortcut_context != WINDOW_SHORTCUT:  # Qt's default
                    action.setProperty("shortcutContext", shortcut_context)
            if tooltips:
                tip = translated(spec.tip) if spec.tip else spec.plain_label()
                action.setStatusTip(tip)
                if spec.keys:
                    tip = f"{tip} ({native_keys(spec)[0]})"
                action.setToolTip(tip)
            # triggered, not toggled: only the user's choice runs the handler, never a
            # setChecked() that shows the state.
            handler = bound[name]
            if spec.checkable:
                action.setCheckable(True)
                action.triggered.connect(handler)
            else:
                action.triggered.connect(lambda _checked=False, h=handler: h())
            if spec.export and not allow_export:  # the administrator's policy: no copies
                action.setVisible(False)
                action.setEnabled(False)
            if attach:
                owner.addAction(action)  # a widget's shortcuts act through its actions
            self._actions[name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def __len__(self) -> int:
        return len(self._actions)


def native_keys(spec: Command) -> list[str]:
    """The keys as the platform writes them ("Ctrl+Skift+S" in Swedish)."""
    return [s.toString(QKeySequence.SequenceFormat.NativeText) for s in spec.sequences()
            if not s.isEmpty()]


def shortcut_rows(*, allow_export: bool = True) -> list[tuple[str, str, str]]:
    """(group, command, keys) for Hjälp → Kortkommandon: the menus in order, then what only
    the viewer has."""
    def shown(name: str | None) -> bool:
        return name is not None and bool(COMMANDS[name].keys) and \
            (allow_export or not COMMANDS[name].export)

    groups = [(plain(translated(title)),
               [COMMANDS[n] for n in names if shown(n) and n is not None])
              for title, names in MENUS]
    in_menus = {n for _title, names in MENUS for n in names}
    groups.append((translated(VIEWER_GROUP),
                   [COMMANDS[n] for n in VIEWER_COMMANDS if n not in in_menus and shown(n)]))
    return [(group, spec.plain_label(), ", ".join(native_keys(spec)))
            for group, commands in groups for spec in commands]
