"""Every setting the program stores and every key of the administrator's policy, declared
once: name, type, default, and which policy key can lock a setting (the idea of MusicBrainz
Picard's ``options.py`` and qutebrowser's ``configdata.yml``).

Read by the settings wrapper (``ui/common/settings.py``: an undeclared key raises), the policy
reader (``core/install/policy.py``), the Group Policy templates
(``packaging/windows/policy/generate.py``), the settings dialog (which control a policy locks)
and the documentation (``docs/settings.md`` is generated from ``markdown()`` and a test keeps it
so). Pure Python: the command line and the policy reader use it without Qt.
"""

from __future__ import annotations

from typing import Any

# --- the user's settings (an INI file per user; ui/common/settings.py) ----------------------


class Setting:
    """One value the program stores for the user. ``key`` is its INI key (``group/name``); a key
    ending in ``/*`` is a group with one value per item (a document's page and zoom).
    ``locked_by``: the policy key that fixes it, if the administrator can; ``read_only``: only
    read (a key an older version wrote), never written.

    Plain classes here, not dataclasses: this module is imported at every start, and creating a
    frozen dataclass costs ≈ 0.4 ms (benchmarks/bench_window.py)."""

    __slots__ = ("default", "doc", "key", "locked_by", "read_only", "type")

    def __init__(self, key: str, type: type, default: Any, doc: str, *,
                 locked_by: str | None = None, read_only: bool = False) -> None:
        self.key, self.type, self.default, self.doc = key, type, default, doc
        self.locked_by, self.read_only = locked_by, read_only

    def __repr__(self) -> str:
        return f"Setting({self.key!r})"


SETTINGS_VERSION_KEY = Setting(
    "meta/version", int, None, "The file's format version; a newer one is moved aside.")
SETTINGS_RESCUED = Setting(
    "meta/rescued", str, None,
    "Written when the file was found damaged while the program ran and was written again "
    "whole: the copy of the damaged file (\"\" when none was kept). Said at the next start, "
    "then removed.")
WINDOW_GEOMETRY = Setting(
    "window/geometry", bytes, None, "The window's size and place (Qt's saveGeometry).")
WINDOW_STATE = Setting(
    "window/state", bytes, None, "Toolbars and the search dock (Qt's saveState).")
WINDOW_MAXIMIZED = Setting(
    "window/maximized", bool, False,
    "The window was maximized at the last close: it opens maximized on any screen (Qt's saved "
    "geometry forgets it on a screen of another size).")
EDITOR_GEOMETRY = Setting(
    "editor/geometry", bytes, None, "The editor window's size and place (Qt's saveGeometry).")
PAGE_MARGINS = Setting(
    "window/pageMargins", list, None,
    "Where a document tab's pages sat at the last close (left, top, right, bottom): the "
    "start-up preview draws the first page there.")
ACTIVE_TAB = Setting(
    "window/tab", str, "strategy",
    "The tab shown at the last close: strategy, collaboration, action_card or publications; "
    "doc: and a document id for a publication in a tab of its own (Glöm allt forgets which).")
EXPORT_FOLDER = Setting(
    "files/exportFolder", str, None,
    "The folder last chosen in any dialog that writes a file (copy, card export, print to "
    "file).")
OLD_EXPORT_FOLDER = Setting(
    "card/export_dir", str, None, "The card export's folder before one folder served all.",
    read_only=True)
LANGUAGE = Setting(
    "ui/language", str, None, "The interface language (sv, en); applies after a restart.")
CARD_MUNICIPALITY = Setting(
    "card/municipality", str, None,
    "The municipality the action card shows (\"\" is the whole county; none: ask).",
    locked_by="default_municipality")
CARD_SUBJECT = Setting(
    "card/subject", str, "barn", "The action card's subject (barn, vuxna, djur).")
DOCUMENT_STATE = Setting(
    "documents/*", str, None,
    "Per document (pack id and document id): the page, the point at the view's top (PDF "
    "points below the page's top) and the zoom, as JSON.")
# No traces (issue 19): nothing about a PDF from outside the pack, unless the user asks.
REMEMBER_EXTERNAL = Setting(
    "privacy/rememberExternalFiles", bool, False,
    "Kom ihåg externa filer: remember the page and zoom of PDFs opened from outside the pack "
    "(off: nothing about them is stored).", locked_by="remember_external_files")
EXTERNAL_STATE = Setting(
    "external/*", str, None,
    "Only while rememberExternalFiles is on: per PDF from outside the pack, keyed by a "
    "fingerprint of its contents (never its path or name), the page and zoom, as JSON.")
BOOKMARKS = Setting(
    "bookmarks/list", str, None,
    "Mina sidor, as the bookmarks JSON file (core/bookmarks.py): name, pack id, document id, "
    "page, heading and a fingerprint of the page's text; no note.")
PAGE_TEXT = Setting(
    "viewer/pageText", bool, False, "Visa sidans text: the page's text beside the page.")

SETTINGS: tuple[Setting, ...] = (
    SETTINGS_VERSION_KEY, SETTINGS_RESCUED, WINDOW_GEOMETRY, WINDOW_STATE, WINDOW_MAXIMIZED,
    PAGE_MARGINS, ACTIVE_TAB, EXPORT_FOLDER, OLD_EXPORT_FOLDER, LANGUAGE, CARD_MUNICIPALITY,
    CARD_SUBJECT, DOCUMENT_STATE, REMEMBER_EXTERNAL, EXTERNAL_STATE, BOOKMARKS, PAGE_TEXT,
    EDITOR_GEOMETRY)


def setting(key: str) -> Setting:
    """The declaration of ``key`` (``documents/…`` finds ``documents/*``); KeyError if none."""
    for spec in SETTINGS:
        if spec.key == key or (spec.key.endswith("/*") and key.startswith(spec.key[:-1])
                               and len(key) > len(spec.key) - 1):
            return spec
    raise KeyError(f"the setting {key!r} is not declared in core/options.py")


# --- the administrator's policy (core/install/policy.py) -----------------------------------


# The kinds of value a key can hold; each has its JSON type, registry type and ADMX element.
BOOL = "bool"                  # JSON true/false; REG_DWORD 1/0; ADMX enabled/disabled
MUNICIPALITY = "municipality"  # JSON one of the ten or null; REG_SZ; ADMX drop-down list
FOLDER = "folder"              # JSON text; REG_SZ or REG_EXPAND_SZ; ADMX text box
KEY_LIST = "key_list"          # JSON list of text; a subkey of REG_SZ values "1", "2", … (or
#                                REG_MULTI_SZ); ADMX list box


class PolicyKey:
    """One setting the administrator may fix: its ``default`` without a policy, its ``safest``
    value when the administrator set it but the value cannot be understood."""

    __slots__ = ("default", "explain_en", "explain_sv", "kind", "name", "safest", "title_en",
                 "title_sv")

    def __init__(self, name: str, kind: str, default: Any, safest: Any, title_sv: str,
                 title_en: str, explain_sv: str, explain_en: str) -> None:
        self.name, self.kind, self.default, self.safest = name, kind, default, safest
        self.title_sv, self.title_en = title_sv, title_en
        self.explain_sv, self.explain_en = explain_sv, explain_en

    def __repr__(self) -> str:
        return f"PolicyKey({self.name!r})"


POLICY_KEYS: tuple[PolicyKey, ...] = (
    PolicyKey(
        "default_municipality", MUNICIPALITY, None, None,
        "Kommun i åtgärdskortet", "Municipality in the action card",
        "Kommunen som åtgärdskortet visar först. Är inställningen aktiverad kan användaren "
        "inte välja en annan kommun som förval i Inställningar.",
        "The municipality the action card shows first. When enabled, users cannot choose "
        "another municipality as their default in Settings."),
    PolicyKey(
        "trusted_keys", KEY_LIST, (), (),
        "Betrodda nycklar för innehållspaket", "Trusted keys for content packs",
        "Publika nycklar vars signerade innehållspaket programmet godtar, utöver programmets "
        "inbyggda nyckel. Varje rad är en nyckel i base64 (44 tecken) eller den fullständiga "
        "sökvägen till en .pub-fil. En felaktig rad hoppas över och rapporteras.",
        "Public keys whose signed content packs the program accepts, in addition to its "
        "built-in key. Each line is a key in base64 (44 characters) or the full path of a "
        ".pub file. A bad line is skipped and reported."),
    PolicyKey(
        "allow_unsigned", BOOL, False, False,
        "Tillåt osignerade innehållspaket", "Allow unsigned content packs",
        "Aktiverad: användare får installera innehållspaket utan signatur. Inaktiverad: "
        "osignerade paket vägras alltid. Ej konfigurerad: användaren får godkänna ett "
        "osignerat paket i importdialogen.",
        "Enabled: users may install content packs without a signature. Disabled: unsigned "
        "packs are always refused. Not configured: users may accept an unsigned pack in the "
        "import dialog."),
    PolicyKey(
        "watch_folder", FOLDER, None, None,
        "Mapp att leta efter nya paket i", "Folder to look for new packs in",
        "En mapp (t.ex. en nätverksdelning) där programmet vid start letar efter nyare "
        "innehållspaket och erbjuder användaren att installera dem.",
        "A folder (e.g. a network share) where the program looks for newer content packs at "
        "start and offers the user to install them."),
    PolicyKey(
        "content_folder", FOLDER, None, None,
        "Maskingemensam mapp med innehållspaket", "Machine-wide content pack folder",
        "En mapp som IT fyller med signerade .kvpack-filer, t.ex. "
        "C:\\ProgramData\\Kvinnofrid\\paket (skrivskyddad för användare). Vid start och när "
        "mappen ändras installerar programmet det nyaste giltiga paketet som är signerat med "
        "en betrodd nyckel, utan att fråga, och säger till en gång. En felaktig fil rapporteras "
        "och hoppas över; det aktiva paketet ligger kvar.",
        "A folder IT fills with signed .kvpack files, e.g. C:\\ProgramData\\Kvinnofrid\\paket "
        "(read-only for users). At start and when the folder changes the program installs the "
        "newest valid pack signed by a trusted key, without asking, and says so once. A bad "
        "file is reported and skipped; the active pack stays."),
    PolicyKey(
        "allow_export", BOOL, True, False,
        "Tillåt export av dokument", "Allow exporting documents",
        "Aktiverad eller ej konfigurerad: ”Spara kopia” och ”Öppna i extern läsare” finns. "
        "Inaktiverad: inga kopior lämnar programmet.",
        "Enabled or not configured: \"Save a copy\" and \"Open in an external reader\" are "
        "available. Disabled: no copies leave the program."),
    PolicyKey(
        "remember_external_files", BOOL, False, False,
        "Kom ihåg externa filer", "Remember external files",
        "Inaktiverad: programmet kommer aldrig ihåg något om PDF-filer som öppnas utanför "
        "innehållspaketet (sida, zoom), och användaren kan inte slå på det. Aktiverad: det "
        "kommer alltid ihåg sida och zoom, nycklat med ett fingeravtryck av filens innehåll, "
        "aldrig dess sökväg eller namn. Ej konfigurerad: av, men användaren får slå på det i "
        "Inställningar.",
        "Disabled: the program never remembers anything about PDF files opened from outside "
        "the content pack (page, zoom), and users cannot turn it on. Enabled: it always "
        "remembers page and zoom, keyed by a fingerprint of the file's contents, never its "
        "path or name. Not configured: off, but users may turn it on in Settings."),
    PolicyKey(
        "quick_hide", BOOL, True, True,
        "Dölj snabbt", "Quick hide",
        "Aktiverad eller ej konfigurerad: knappen ”Dölj snabbt” och tre tryck på Skift tömmer "
        "sökningen, stänger egna filer, visar strategins första sida och minimerar fönstret. "
        "Inaktiverad: ingen knapp och ingen tangentgest.",
        "Enabled or not configured: the \"Dölj snabbt\" (quick hide) button and pressing Shift "
        "three times clear the search, close the user's own files, show the strategy's first "
        "page and minimise the window. Disabled: no button and no key gesture."),
    PolicyKey(
        "quick_hide_prominent", BOOL, False, False,
        "Framträdande Dölj snabbt-knapp", "Prominent quick hide button",
        "Aktiverad: knappen ”Dölj snabbt” visas större, i rött med vit text, först i "
        "verktygsfältet (för hembesök). Inaktiverad eller ej konfigurerad: en vanlig knapp sist "
        "i verktygsfältet.",
        "Enabled: the \"Dölj snabbt\" button is shown larger, white on red, first in the "
        "toolbar (for home visits). Disabled or not configured: an ordinary button at the end "
        "of the toolbar."),
    PolicyKey(
        "allow_editing", BOOL, False, False,
        "Tillåt redaktörsläget", "Allow the editor",
        "Aktiverad: Arkiv → Redigera innehållspaket… visas, så att länets samordnare kan "
        "ändra dokument och kontakter och publicera ett nytt paket. Inaktiverad eller ej "
        "konfigurerad: menyvalet visas inte (kommandot kvinnofrid-desktop edit finns ändå "
        "för den som har källmappen).",
        "Enabled: File → Redigera innehållspaket… (edit content pack) is shown, so the county's "
        "coordinator can change documents and contacts and publish a new pack. Disabled or not "
        "configured: the menu item is hidden (the command kvinnofrid-desktop edit remains for "
        "whoever has the source folder)."),
)
POLICY_KEY_NAMES = tuple(k.name for k in POLICY_KEYS)
_POLICY_BY_NAME = {k.name: k for k in POLICY_KEYS}


def policy_key(name: str) -> PolicyKey:
    """The declaration of the policy key ``name``; KeyError if there is none."""
    try:
        return _POLICY_BY_NAME[name]
    except KeyError:
        raise KeyError(f"the policy key {name!r} is not declared in core/options.py") from None


def _check() -> None:
    """A setting can only be locked by a declared policy key (checked at import)."""
    for spec in SETTINGS:
        if spec.locked_by is not None:
            policy_key(spec.locked_by)


_check()


# --- the documentation -----------------------------------------------------------------------

_KIND_TEXT = {BOOL: "true / false", MUNICIPALITY: "one of the ten municipalities, or null",
              FOLDER: "a folder (text)", KEY_LIST: "a list of public keys"}


def markdown() -> str:
    """docs/settings.md: every setting and every policy key (tests/unit/test_options.py)."""
    lines = [
        "# Settings and policy keys",
        "",
        "Generated from `src/kvinnofrid_desktop/core/options.py` (the one declaration) by",
        "`python -m kvinnofrid_desktop.core.options > docs/settings.md`; a test fails when",
        "this page and the declaration differ.",
        "",
        "## The user's settings",
        "",
        "Stored per user in `kvinnofrid-desktop.ini` (see [deployment.md](deployment.md), "
        "section 4).",
        "",
        "| key | type | default | locked by the policy key | meaning |",
        "|---|---|---|---|---|",
    ]
    for spec in SETTINGS:
        default = "–" if spec.default is None else f"`{spec.default}`"
        lock = f"`{spec.locked_by}`" if spec.locked_by else "–"
        note = " (read only)" if spec.read_only else ""
        lines.append(f"| `{spec.key}` | {spec.type.__name__} | {default} | {lock} | "
                     f"{spec.doc}{note} |")
    lines += [
        "",
        "## The administrator's policy",
        "",
        "Read from the registry and the policy file (see [deployment.md](deployment.md), "
        "section 2). A key that is set is locked; a value that cannot be understood takes the "
        "safest value.",
        "",
        "| key | value | not set | safest | meaning |",
        "|---|---|---|---|---|",
    ]
    for key in POLICY_KEYS:
        lines.append(f"| `{key.name}` | {_KIND_TEXT[key.kind]} | `{_json(key.default)}` | "
                     f"`{_json(key.safest)}` | {key.explain_en} |")
    return "\n".join(lines) + "\n"


def _json(value: Any) -> str:
    import json

    return json.dumps(list(value) if isinstance(value, tuple) else value)


if __name__ == "__main__":
    print(markdown(), end="")
