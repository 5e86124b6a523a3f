"""The window's and the viewer's commands as QActions, menus and Hjälp → Kortkommandon, from
the one registry in ``ui/commands.py`` (label, keys, icon, scope). The class that carries a
command out marks its handler with ``@command("name")``, and ``ActionSet(owner, names)`` makes
the owner's QActions (the idea of MusicBrainz Picard's ``ui/mainwindow/actions.py``).

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
from typing import Any, TypeVar

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from kvinnofrid_desktop.ui.commands import (
    COMMANDS,
    CONTEXT_OF_SCOPE,
    MENUS,
    VIEWER_COMMANDS,
    VIEWER_GROUP,
    WINDOW_SHORTCUT,
    Command,
    plain,
    translated,
)

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


def shortcut_rows(*, allow_export: bool = True,
                  without: Iterable[str] = ()) -> list[tuple[str, str, str]]:
    """(group, command, keys) for Hjälp → Kortkommandon: the menus in order, then what only
    the viewer has. ``without``: commands the policy turned off."""
    left_out = set(without)

    def shown(name: str | None) -> bool:
        return name is not None and name not in left_out and \
            bool(COMMANDS[name].keys or COMMANDS[name].gesture) and \
            (allow_export or not COMMANDS[name].export)

    groups = [(plain(translated(title)),
               [COMMANDS[n] for n in names if shown(n) and n is not None])
              for title, names in MENUS]
    in_menus = {n for _title, names in MENUS for n in names}
    groups.append((translated(VIEWER_GROUP),
                   [COMMANDS[n] for n in VIEWER_COMMANDS if n not in in_menus and shown(n)]))
    return [(group, spec.plain_label(), ", ".join(native_keys(spec) + (
        [translated(spec.gesture)] if spec.gesture else [])))
        for group, commands in groups for spec in commands]


def shortcut_notes(*, without: Iterable[str] = ()) -> list[str]:
    """The sentences under the shortcut list (``Command.note``) of the commands shown."""
    left_out = set(without)
    return [translated(c.note) for c in COMMANDS.values() if c.note and c.name not in left_out]
