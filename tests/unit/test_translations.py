"""The English translation is complete and in step with the sources, and no interface string
escapes translation.

1. lupdate over today's sources finds nothing the committed kvinnofrid_en.ts lacks, and the
   committed file has no unfinished, empty, vanished or obsolete entry; every translation keeps
   its placeholders and its mnemonic.
2. No user-visible string literal in ui/ or app/start.py reaches a widget without tr()/translate().
3. kvinnofrid_en.qm is exactly what lrelease makes of the committed .ts, and it translates.
4. The Swedish words of core/ that the window shows (roles, headings, "open now" lines)
   are all marked for translation in ui/common/labels.py.

The maintainer's script is resources/translations/update.py (docs/i18n.md).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "src" / "kvinnofrid_desktop"
TRANSLATIONS = REPO / "resources" / "translations"
TS = TRANSLATIONS / "kvinnofrid_en.ts"
QM = TRANSLATIONS / "kvinnofrid_en.qm"
PLACEHOLDER = re.compile(r"%\d+|%[pn]|\{\w*\}")


def _update_script():
    spec = importlib.util.spec_from_file_location("kvinnofrid_translations_update",
                                                  TRANSLATIONS / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_script()


def messages(ts: Path) -> list[dict]:
    """Every message; ``forms`` holds its translation, or each plural form of a ``%n`` one."""
    rows = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else (
                [f.text or "" for f in translation.iter("numerusform")]
                if message.get("numerus") == "yes" else [translation.text or ""])
            rows.append({"context": context.findtext("name"),
                         "source": message.findtext("source"),
                         "comment": message.findtext("comment"),
                         "forms": forms,
                         "type": None if translation is None else translation.get("type")})
    return rows


def key(row: dict[str, str | None]) -> tuple[str | None, ...]:
    return row["context"], row["source"], row["comment"]


# --- 1: the .ts is complete and current -------------------------------------------------------


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate extracts from the sources as they are now (a new file, no translations)."""
    if not update.tool("lupdate"):
        pytest.skip("lupdate is not available")
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    update.lupdate(ts)
    return ts


def test_every_source_string_is_in_the_committed_translation(fresh_ts: Path) -> None:
    committed = {key(r) for r in messages(TS)}
    fresh = [key(r) for r in messages(fresh_ts)]
    assert len(fresh) > 300, "lupdate found almost nothing: is it reading the Python sources?"
    missing = [k for k in fresh if k not in committed]
    assert not missing, ("strings not yet in kvinnofrid_en.ts – run "
                         "python resources/translations/update.py and translate them:\n"
                         + "\n".join(f"  [{c}] {s!r}" for c, s, _ in missing))


def test_the_committed_translation_has_nothing_stale_or_unfinished(fresh_ts: Path) -> None:
    fresh = {key(r) for r in messages(fresh_ts)}
    rows = messages(TS)
    obsolete = [r for r in rows if key(r) not in fresh or r["type"] in ("vanished", "obsolete")]
    unfinished = [r for r in rows if r["type"] == "unfinished"]
    empty = [r for r in rows if not r["forms"] or not all(f.strip() for f in r["forms"])]
    assert not obsolete, "entries no source has any more: " + repr([key(r) for r in obsolete])
    assert not unfinished, "unfinished: " + repr([key(r) for r in unfinished])
    assert not empty, "empty translations: " + repr([key(r) for r in empty])
    duplicated = [k for k, n in Counter(key(r) for r in rows).items() if n > 1]
    assert not duplicated


def test_translations_keep_placeholders_and_mnemonics() -> None:
    problems = []
    for row in messages(TS):
        source = row["source"] or ""
        for translation in row["forms"]:
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
                problems.append(f"placeholders differ: {source!r} → {translation!r}")
            marks = [len(re.findall(r"&(?!&)", t.replace("&&", "")))
                     for t in (source, translation)]
            if marks[0] != marks[1] or marks[1] > 1:
                problems.append(f"mnemonic differs: {source!r} → {translation!r}")
    assert not problems, "\n".join(problems)


def test_the_translation_file_names_its_languages() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("sourcelanguage") == "sv_SE"
    assert root.get("language", "").startswith("en")


# --- 2: nothing user-visible escapes translation -----------------------------------------------

# Calls that put text in front of the user, and which of their arguments is that text
# (None: every argument). Widget constructors take the text first; our own helpers take a
# kind or key first ("warning", "info", "fit_width") and the text second.
VISIBLE: dict[str, tuple[int, ...] | None] = {
    "setText": None, "setToolTip": None, "setPlaceholderText": None, "setWindowTitle": None,
    "setAccessibleName": None, "setAccessibleDescription": None, "setStatusTip": None,
    "setWhatsThis": None, "setTitle": None, "setTabText": (1,), "setTabToolTip": (1,),
    "setLabelText": None, "setHorizontalHeaderLabels": None, "setHeaderLabels": None,
    "setItemText": (1,), "showMessage": (0,), "addMenu": None, "addTab": (1,),
    "insertTab": (2,), "addItem": (0,), "addAction": None, "addRow": (0,),
    "QLabel": (0,), "QPushButton": (0,), "QAction": None, "QCheckBox": (0,),
    "QGroupBox": (0,), "QRadioButton": (0,), "QToolBar": (0,), "QDockWidget": (0,),
    "QMenu": (0,), "QProgressDialog": (0, 1), "QTreeWidgetItem": None,
    "QTableWidgetItem": (0,), "QStandardItem": (0,),
    # the program's own helpers
    "show_message": (1,), "show_notice": (0, 1), "text_label": (0,), "icon_label": (1,),
    "NoticeRow": (1,),
}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Literal texts that are not words, so nothing to translate. Checked after placeholders are
# removed: "%p %" (a progress bar's percent) and "✕" (a close button, named for screen readers
# separately) have no letters left and pass on their own; nothing else is allowed.
NOT_WORDS: frozenset[str] = frozenset()


def source_files() -> list[Path]:
    return [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app" / "start.py"]


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _has_words(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]{2,}", PLACEHOLDER.sub("", text))) and text not in NOT_WORDS


def untranslated_literals(node: ast.AST) -> list[ast.Constant]:
    """String literals with words under ``node`` that no translating call wraps. A subscript
    (``actions["act_print"]``) and a dict's keys (``{"error": tr("Fel")}``) are keys, not text."""
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
        return []
    if isinstance(node, ast.Subscript):
        return untranslated_literals(node.value)
    if isinstance(node, ast.Dict):
        return [c for value in node.values for c in untranslated_literals(value)]
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and _has_words(node.value) else []
    found = []
    for child in ast.iter_child_nodes(node):
        found += untranslated_literals(child)
    return found


def scan(code: str, where: str) -> list[str]:
    """Every untranslated user-visible literal in ``code`` (a module called ``where``)."""
    problems = []
    tree = ast.parse(code, where)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        message_box = isinstance(node.func, ast.Attribute) and \
            isinstance(node.func.value, ast.Name) and node.func.value.id == "QMessageBox"
        if name in VISIBLE or message_box:
            positions = None if message_box else VISIBLE[name]
            args = list(node.args) + ([k.value for k in node.keywords] if positions is None
                                      else [])
            for i, arg in enumerate(args):
                if positions is not None and i not in positions:
                    continue
                for literal in untranslated_literals(arg):
                    problems.append(f"{where}:{literal.lineno}: {name}({literal.value!r}) "
                                    "is not translated")
        # What lupdate cannot read: tr() of anything but a plain literal (a variable has to be
        # marked with QT_TRANSLATE_NOOP and translated with an explicit context instead).
        if name == "tr" and isinstance(node.func, ast.Attribute) and node.args and not (
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            problems.append(f"{where}:{node.lineno}: tr() of {ast.unparse(node.args[0])!r}: "
                            "lupdate cannot see it")
        if name == "translate" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant) \
                and not isinstance(node.args[0], ast.Constant):
            problems.append(f"{where}:{node.lineno}: translate() with the context "
                            f"{ast.unparse(node.args[0])!r}: lupdate needs it written out")
        if name in ("tr", "translate") and any(isinstance(a, ast.JoinedStr) for a in node.args):
            problems.append(f"{where}:{node.lineno}: an f-string cannot be translated")
    return problems


def test_user_visible_strings_are_translated() -> None:
    problems = [p for path in source_files()
                for p in scan(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))]
    assert not problems, "\n".join(problems)


def test_the_scan_finds_what_it_should() -> None:
    code = (
        "label.setText('Hej världen')\n"                          # caught
        "QPushButton('&Spara', self)\n"                           # caught
        "QMessageBox.warning(self, 'Fel', 'Något gick fel')\n"     # caught twice
        "bar.show_message('info', 'Klart nu')\n"                   # caught: the text, not the kind
        "self.tr(text)\n"                                          # caught: lupdate cannot see it
        "QCoreApplication.translate(CONTEXT, 'Hej')\n"             # caught: nor this
        "label.setText(self.tr('Hej världen'))\n"                 # fine
        "combo.addItem(self.tr('Bredd'), 'fit_width')\n"          # fine: the data is a key
        "menu.addAction(actions['act_print'])\n"                   # fine: a key
        "button.setText('✕')\n"                                    # fine: not a word
    )
    found = scan(code, "sample.py")
    assert len(found) == 7, "\n".join(found)


# --- 3: the .qm is the compiled .ts --------------------------------------------------------------


def test_the_compiled_translation_matches_the_ts(tmp_path: Path) -> None:
    if not update.tool("lrelease"):
        pytest.skip("lrelease is not available")
    fresh = tmp_path / "fresh.qm"
    update.lrelease(TS, fresh)
    assert QM.is_file(), "kvinnofrid_en.qm is missing: run resources/translations/update.py"
    assert fresh.read_bytes() == QM.read_bytes(), (
        "kvinnofrid_en.qm is older than kvinnofrid_en.ts: run resources/translations/update.py")


def test_the_compiled_translation_translates() -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.language() == "en_GB"
    assert translator.translate("Commands", "&Arkiv") == "&File"
    assert translator.translate("CopyRow", "Kopiera") == "Copy"
    assert translator.translate("Labels", "Växel") == "Switchboard"
    assert translator.translate("PdfViewer", "Sida %1 av %2") == "Page %1 of %2"
    assert translator.translate("PdfViewer", "inte en sträng i filen") == ""
    # Plural forms: Qt picks the form by the number and fills in %n.
    assert translator.translate("PublicationsTab", "%n dokument", "", 1) == "%n document"
    assert translator.translate("PublicationsTab", "%n dokument", "", 8) == "%n documents"


def test_the_program_finds_the_compiled_translation() -> None:
    from kvinnofrid_desktop.core.bundled import resource_dir

    assert (resource_dir("translations") / "kvinnofrid_en.qm").read_bytes() == QM.read_bytes()


# --- 4: core's Swedish interface words are marked in ui/common/labels.py -----------------------


def test_labels_cover_what_content_defines() -> None:
    from kvinnofrid_desktop.core.card.now import MONTHS_SHORT_SV, WEEKDAYS_SV
    from kvinnofrid_desktop.core.card.text import (
        ROLE_LABELS_SV,
        SCOPE_HEADINGS_SV,
        STATUS_LABELS_SV,
    )
    from kvinnofrid_desktop.core.pack.manifest import TAB_TITLES_SV
    from kvinnofrid_desktop.ui.common import labels

    assert labels.ROLE_LABELS == ROLE_LABELS_SV
    assert labels.SCOPE_HEADINGS == SCOPE_HEADINGS_SV
    assert labels.STATUS_LABELS == STATUS_LABELS_SV
    assert labels.TAB_TITLES == TAB_TITLES_SV
    assert labels.WEEKDAYS == WEEKDAYS_SV
    assert labels.MONTHS == MONTHS_SHORT_SV
    # The holidays and eves the card names ("Det är julafton: …"): every one, in any year.
    from kvinnofrid_desktop.core.card.holidays import EVE_NAMES, eves, public_holidays

    names = {*public_holidays(2027).values(), *eves(2027).values()}
    assert set(EVE_NAMES) <= names
    assert set(labels.HOLIDAY_NAMES) == names


def test_every_phrase_of_card_now_is_marked_for_translation() -> None:
    from kvinnofrid_desktop.ui.common import labels

    tree = ast.parse((PACKAGE / "core" / "card" / "now.py").read_text(encoding="utf-8"))
    phrases = {node.args[0].value for node in ast.walk(tree)
               if isinstance(node, ast.Call) and _name(node.func) == "tr" and node.args
               and isinstance(node.args[0], ast.Constant)}
    # The open and closed lines are looked up in tables, then passed to tr().
    from kvinnofrid_desktop.core.card import now

    phrases |= {text for table in (now._OPEN_TEXTS, now._CLOSED_TEXTS)
                for texts in table.values() for text in texts}
    assert len(phrases) > 10
    assert phrases <= set(labels.CARD_NOW_PHRASES), phrases - set(labels.CARD_NOW_PHRASES)


# --- contexts -----------------------------------------------------------------------------------


def test_each_context_is_a_class_or_a_named_context() -> None:
    """self.tr() looks up the class's name at run time; lupdate writes the name of the class
    the call is written in. Both agree when every class context is a class of ui/ with a name
    no other ui/ class has. (tests/ui/test_languages.py proves the run time side.)"""
    classes: Counter[str] = Counter()
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] += 1
    # translate("…", …) contexts
    named = {"PdfViewer", "Labels", "CardNow", "Problems", "app", "Commands"}
    contexts = {row["context"] for row in messages(TS)}
    unknown = sorted(c for c in contexts if c not in classes and c not in named)
    assert not unknown, f"contexts that are no class of ui/: {unknown}"
    twice = sorted(c for c in contexts if classes[c] > 1)
    assert not twice, f"two ui/ classes share a translation context: {twice}"


def test_update_script_finds_the_tools() -> None:
    for name in ("lupdate", "lrelease"):
        command = update.tool(name)
        assert command and (shutil.which(command[0]) or Path(command[0]).is_file())
