"""Inställningar as a user meets it: choices are saved on OK, locked ones cannot be changed, and
the previous content pack can be restored."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from drawn import off_screen_problems, settled_problems
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTreeWidget, QWidget
from test_import_dialog import V1, V2, kvpack

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.card.model import MUNICIPALITIES
from kvinnofrid_desktop.core.install.active import resolve_active
from kvinnofrid_desktop.core.install.policy import Policy, load_policy
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.dialogs.settings import SettingsDialog

LOCKED = "Låst av administratören"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    data, policy = tmp_path / "data", tmp_path / "policy.json"
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(data))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(policy))
    return SimpleNamespace(tmp=tmp_path, data=data, policy=policy,
                           settings=Settings(tmp_path / "config" / "settings.ini"))


def open_dialog(qtbot, env: SimpleNamespace, policy: Policy | None = None,
                store: PackStore | None = None, parent: QWidget | None = None) -> SettingsDialog:
    dialog = SettingsDialog(env.settings, policy or load_policy(), municipalities=MUNICIPALITIES,
                            store=store, parent=parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_ok_saves_language_and_municipality(qtbot, env: SimpleNamespace) -> None:
    dialog = open_dialog(qtbot, env)
    assert dialog.language_combo.currentText() == "Svenska"
    assert dialog.municipality_combo.currentText() == "Hela länet"
    assert "Gäller när programmet startas om" in dialog.language_combo.accessibleDescription()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # Svenska → English
    qtbot.keyClicks(dialog.municipality_combo, "Sala")  # type-ahead, as on a keyboard
    assert dialog.municipality_combo.currentText() == "Sala"
    with qtbot.waitSignal(dialog.settingsChanged) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == [["ui/language", "card/municipality"]]
    on_disk = env.settings.path.read_text(encoding="utf-8")  # at once, not when Qt gets to it
    assert "language=en" in on_disk and "municipality=Sala" in on_disk


def test_cancel_and_unchanged_choices_write_nothing(qtbot, env: SimpleNamespace) -> None:
    env.settings.set_value("card/municipality", "Köping")
    dialog = open_dialog(qtbot, env)
    assert dialog.municipality_combo.currentText() == "Köping"
    qtbot.keyClicks(dialog.municipality_combo, "Hela")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert env.settings.value("card/municipality") == "Köping"
    dialog = open_dialog(qtbot, env)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert env.settings.value("ui/language") is None  # still follows the system language
    dialog = open_dialog(qtbot, env)
    qtbot.keyClicks(dialog.municipality_combo, "Hela")  # "Hela länet" is stored as ""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert env.settings.value("card/municipality") == ""


def test_locked_settings_are_disabled_and_say_so(qtbot, env: SimpleNamespace) -> None:
    env.policy.write_text(json.dumps({"default_municipality": "Sala", "allow_export": False}),
                          encoding="utf-8")
    env.settings.set_value("card/municipality", "Västerås")
    dialog = open_dialog(qtbot, env)
    combo = dialog.municipality_combo
    assert not combo.isEnabled() and combo.currentText() == "Sala"  # the administrator's value
    assert combo.accessibleDescription() == LOCKED and str(env.policy) in combo.toolTip()
    lock = dialog.findChild(QWidget, "lock_default_municipality")
    assert lock.isVisible() and [w.text() for w in lock.findChildren(QLabel) if w.text()] == [
        LOCKED]
    assert not dialog.export_check.isEnabled() and not dialog.export_check.isChecked()
    assert dialog.findChild(QWidget, "lock_allow_export").isVisible()
    assert dialog.language_combo.isEnabled()  # not a policy setting
    qtbot.keyClicks(combo, "Arboga")  # a disabled control ignores the keyboard
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert env.settings.value("card/municipality") == "Västerås"


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_the_lock_grows_with_the_text(qtbot, env: SimpleNamespace, text_scale) -> None:
    """At 200 % text the lock beside "Låst av administratören" was still 16 px."""
    env.policy.write_text(json.dumps({"allow_export": False}), encoding="utf-8")
    dialog = open_dialog(qtbot, env)
    lock = dialog.findChild(QWidget, "lock_allow_export")
    icon = next(w for w in lock.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull())
    words = next(w for w in lock.findChildren(QLabel) if w.text())
    line = words.fontMetrics().height()
    assert icon.pixmap().deviceIndependentSize().height() >= line * 0.9, (
        icon.pixmap().deviceIndependentSize(), line)


@pytest.mark.parametrize(("policy", "mine", "shown"), [
    ('{"default_municipality": "Koping"}', "Köping", "Köping"),  # not a municipality
    ("{ inte json", "Köping", "Köping"),  # unreadable: the safest values, no municipality
    ('{"default_municipality": "Västerås "}', "Köping", "Västerås"),  # spaces around it
])
def test_the_card_and_the_dialog_agree_on_the_municipality(qtbot, env: SimpleNamespace,
                                                           policy: str, mine: str,
                                                           shown: str) -> None:
    """A policy municipality that is not one ("Koping") locked "Hela länet" in Inställningar
    while the card showed the user's own Köping. Only a municipality is locked; otherwise the
    user's choice applies in both, unlocked, and the problem is listed."""
    from test_bookmarks_panel import open_window

    env.policy.write_text(policy, encoding="utf-8")
    env.settings.set_value("card/municipality", mine)
    env.settings.sync()
    window = open_window(qtbot, None, env.settings.path)
    window.show_tab("action_card")
    assert window.action_card_tab.current_municipality() == shown
    dialog = open_dialog(qtbot, env, policy=window.policy)
    combo = dialog.municipality_combo
    assert combo.currentText() == shown
    locked = shown != mine
    assert combo.isEnabled() is not locked
    assert (dialog.findChild(QWidget, "lock_default_municipality") is not None) is locked
    problems = [p.field for p in window.policy.problems]
    assert ("default_municipality" in problems) is (policy == '{"default_municipality": '
                                                    '"Koping"}')
    window.close()


def test_without_a_policy_export_is_shown_allowed_but_not_editable(qtbot,
                                                                   env: SimpleNamespace) -> None:
    dialog = open_dialog(qtbot, env)
    assert dialog.export_check.isChecked() and not dialog.export_check.isEnabled()
    assert dialog.municipality_combo.isEnabled()
    assert dialog.findChild(QWidget, "lock_allow_export") is None
    assert dialog.findChild(QTreeWidget) is None  # no store given: no pack list


def test_rollback_from_the_settings_dialog_switches_the_active_pack(
        qtbot, env: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True)
    store.import_pack(kvpack(env.tmp, V2), allow_unsigned=True)
    dialog = open_dialog(qtbot, env, store=store)
    rows = [[dialog.packs_list.topLevelItem(i).text(c) for c in (0, 2, 3)]
            for i in range(dialog.packs_list.topLevelItemCount())]
    assert rows == [[V2, "Osignerat", "Aktivt"], [V1, "Osignerat", ""],
                    ["2026-11-26", "Inbyggt standardinnehåll", ""]]

    asked: list[str] = []
    titles: list[str] = []

    def answer(reply: QMessageBox.StandardButton):
        def question(parent: QWidget, title: str, text: str, *args: object) -> object:
            asked.append(text)
            titles.append(title)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.rollback_button, Qt.MouseButton.LeftButton)
    assert V2 in asked[0] and resolve_active()[0] == env.data / "packs" / V2
    # One name for the way back: the button, its question and the window's banner say it alike.
    term = "Återställ föregående innehållspaket"
    assert dialog.rollback_button.text().replace("&", "") == term and titles[0] == term
    assert asked[0].endswith("Vill du återställa föregående innehållspaket?")

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.packChanged):
        qtbot.mouseClick(dialog.rollback_button, Qt.MouseButton.LeftButton)
    assert resolve_active() == (env.data / "packs" / V1, None)
    assert dialog.packs_status.text() == f"Paketet {V1} visas nu."
    assert dialog.packs_list.topLevelItem(0).text(0) == V1  # V2 was removed by the rollback
    assert dialog.packs_list.topLevelItem(0).text(3) == "Aktivt"

    with qtbot.waitSignal(dialog.packChanged):
        qtbot.mouseClick(dialog.rollback_button, Qt.MouseButton.LeftButton)
    assert resolve_active() == (default_pack_dir(), None)
    assert not dialog.rollback_button.isEnabled()  # nothing before the embedded default


def test_the_packs_signatures_are_in_the_window_s_language(qtbot, env: SimpleNamespace) -> None:
    """The store's verdict is Swedish: "Osignerat" and "verifierat av …" stood in the English
    list."""
    from language import interface_language
    from test_import_dialog import PUBLISHER

    from kvinnofrid_desktop.core.install.signing import generate_keypair

    key = env.tmp / "lan.key"
    generate_keypair(key, publisher=PUBLISHER)
    env.policy.write_text(json.dumps({"trusted_keys": ["lan.key.pub"]}), encoding="utf-8")
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True)
    store.import_pack(kvpack(env.tmp, V2, key=key))
    with interface_language("en"):
        dialog = open_dialog(qtbot, env, store=store)
        rows = [[dialog.packs_list.topLevelItem(i).text(c) for c in (0, 2)]
                for i in range(2)]
        dialog.close()
    assert rows == [[V2, f"Verified: signed by {PUBLISHER}"], [V1, "Unsigned"]]
    sv = open_dialog(qtbot, env, store=store)
    assert sv.packs_list.topLevelItem(1).text(2) == "Osignerat"
    assert sv.packs_list.topLevelItem(0).text(2) == f"Verifierat av {PUBLISHER}"


def test_the_publisher_is_shown_whole_where_the_signature_leaves_room(
        qtbot, env: SimpleNamespace) -> None:
    """Publisher and signature stretched alike: "Kvinnofrid Västmanland (sammanstä…" beside a
    signature column with room to spare."""
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True)
    dialog = open_dialog(qtbot, env, store=store)
    listed, header = dialog.packs_list, dialog.packs_list.header()
    builtin = listed.topLevelItem(1)
    assert builtin.text(1) == "Kvinnofrid Västmanland (sammanställning i programmet)"
    needed = {col: listed.fontMetrics().horizontalAdvance(builtin.text(col)) for col in (1, 2)}
    qtbot.waitUntil(lambda: all(header.sectionSize(col) > needed[col] for col in (1, 2)))


def test_only_declared_settings_can_be_read_or_written(env: SimpleNamespace) -> None:
    """core/options.py declares every key; a typo fails at once instead of storing a new one."""
    from kvinnofrid_desktop.core import options

    with pytest.raises(KeyError):
        env.settings.value("card/kommun")
    with pytest.raises(KeyError):
        env.settings.set_value("ui/sprak", "en")
    with pytest.raises(KeyError):
        env.settings.set_value(options.OLD_EXPORT_FOLDER, "/tmp")  # read, never written
    assert env.settings.value(options.CARD_SUBJECT) == "barn"  # the declared default


def test_rollback_from_a_damaged_pack_names_and_removes_that_pack(
        qtbot, env: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    """V2 is installed as active but its manifest is damaged, so V1 is shown. The question must
    name V2, the pack that goes, not the V1 on screen."""
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True)
    store.import_pack(kvpack(env.tmp, V2), allow_unsigned=True)
    (env.data / "packs" / V2 / "manifest.json").write_bytes(b"\x00 trasig")
    dialog = open_dialog(qtbot, env, store=store)
    first = dialog.packs_list.topLevelItem(0)
    assert first.text(0) == V2 and first.text(2).startswith("Kan inte användas: manifest.json")
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    with qtbot.waitSignal(dialog.packChanged):
        qtbot.mouseClick(dialog.rollback_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith(f"Paketet {V2} tas bort")
    assert not (env.data / "packs" / V2).exists()
    assert resolve_active() == (env.data / "packs" / V1, None)
    assert dialog.packs_status.text() == f"Paketet {V1} visas nu."


def test_a_damaged_active_pack_is_explained_in_the_window_s_language(
        qtbot, env: SimpleNamespace) -> None:
    """The banner and the pack list said it in Swedish only, with the code kept for scripts
    ("[file.missing]") in the sentence; in English each part is English, the precise Swedish
    detail after it, and no code in either language."""
    from language import interface_language

    from kvinnofrid_desktop.app.start import create_main_window

    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True)
    store.import_pack(kvpack(env.tmp, V2), allow_unsigned=True)
    (env.data / "packs" / V2 / "action_card.json").unlink()
    texts = {}
    for language in ("en", "sv"):
        with interface_language(language):
            window = create_main_window(None, settings_path=env.tmp / f"{language}.ini")
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(window.banner.isVisible)
            dialog = open_dialog(qtbot, env, store=store)
            texts[language] = (window.banner.text(), dialog.packs_list.topLevelItem(0).text(2))
            dialog.close()
            window.close()
    banner, row = texts["en"]
    assert banner.startswith(f"Pack {V2} could not be used: A file")
    assert "(in detail, in Swedish: action_card.json: filen saknas" in banner
    assert banner.endswith(f"The program shows pack {V1} instead.")
    assert row.startswith("Cannot be used: A file") and "in detail, in Swedish" in row
    banner, row = texts["sv"]
    assert banner == f"Paketet {V2} kunde inte användas (action_card.json: filen saknas i " \
                     f"paketet). Programmet visar i stället paketet {V1}."
    assert row == "Kan inte användas: action_card.json: filen saknas i paketet"
    assert "[" not in banner + row + "".join(texts["en"])


def test_a_damaged_pack_over_the_default_can_still_be_rolled_back(
        qtbot, env: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1), allow_unsigned=True)
    (env.data / "packs" / V1 / "manifest.json").unlink()
    dialog = open_dialog(qtbot, env, store=store)
    assert store.active().builtin  # the default is shown in its place
    assert dialog.rollback_button.isEnabled()  # and the damaged pack can be taken away
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.packChanged):
        qtbot.mouseClick(dialog.rollback_button, Qt.MouseButton.LeftButton)
    assert not (env.data / "packs" / V1).exists()
    assert dialog.packs_status.text() == "Standardinnehållet visas nu."
    assert not dialog.rollback_button.isEnabled()



@pytest.mark.parametrize("text_scale", [2.5], indirect=True)
def test_on_a_low_screen_the_settings_scroll_and_ok_stays_in_view(
        qtbot, env: SimpleNamespace, text_scale) -> None:
    """At 200 % on a 1280 × 720 screen (360 px of free height) the dialog was 407 px high
    and could not be made lower: OK and Avbryt were below the screen's edge. The settings
    scroll; the button row stays in view, and the keyboard reaches the last of them."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    dialog = open_dialog(qtbot, env, store=PackStore(), parent=window)
    problems = settled_problems(qtbot, dialog, also=lambda: off_screen_problems(dialog))
    assert not problems, "\n".join(problems)
    bar = dialog.body.verticalScrollBar()
    assert bar.maximum() > 0  # lower than its content: it scrolls
    dialog.language_combo.setFocus()
    for _ in range(6):  # Tab to the list of packs brings it into view
        if QApplication.focusWidget() is dialog.packs_list:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.packs_list
    assert bar.value() > 0
    top = dialog.packs_list.mapTo(dialog.body.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < dialog.body.viewport().height()


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_at_200_percent_text_the_dialog_fits_the_screen_and_nothing_is_cut(
        qtbot, env: SimpleNamespace, language, text_scale) -> None:
    """At 200 % text the dialog was 1200 px wide (OK and Avbryt off a 1024 px screen) and the
    Integritet note was drawn over its check box, its last line cut."""
    window = QWidget()  # the main window it opens over, as large as the screen
    qtbot.addWidget(window)
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    dialog = open_dialog(qtbot, env, store=PackStore(), parent=window)
    problems = settled_problems(qtbot, dialog, also=lambda: off_screen_problems(dialog))
    assert not problems, "\n".join(problems)
    note = next(label for label in dialog.findChildren(QLabel)
                if label.text().startswith(("Av: inget sparas", "Off: nothing is saved")))
    check = dialog.remember_check
    below_check = check.mapTo(dialog, QPoint(0, check.height())).y()
    assert note.mapTo(dialog, QPoint(0, 0)).y() >= below_check


def test_an_older_pack_can_be_removed_and_each_says_when_to_renew_it(
        qtbot, env: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inställningar could only roll back; `pack remove` and the renew-by date of `pack list`
    had no place in the window."""
    store = PackStore()
    store.import_pack(kvpack(env.tmp, V1, review_by="2020-01-01"), allow_unsigned=True)
    store.import_pack(kvpack(env.tmp, V2, review_by="2099-06-30"), allow_unsigned=True)
    dialog = open_dialog(qtbot, env, store=store)
    listed = dialog.packs_list
    rows = {listed.topLevelItem(i).text(0): listed.topLevelItem(i)
            for i in range(listed.topLevelItemCount())}
    assert not dialog.remove_button.isEnabled()  # nothing chosen yet
    said = {V2: f"Paketet {V2} förnyas senast 2099-06-30.",
            V1: f"Paketet {V1} skulle ha förnyats senast 2020-01-01. Fråga samordnaren efter "
                "ett nytt."}
    for version, removable in ((V2, False), (V1, True)):  # the active one stays
        listed.setFocus()
        listed.setCurrentItem(rows[version])
        assert dialog.remove_button.isEnabled() is removable, version
        assert dialog.packs_status.text() == said[version]
        assert said[version] in rows[version].toolTip(0)
    builtin = listed.topLevelItem(listed.topLevelItemCount() - 1)
    listed.setCurrentItem(builtin)
    assert not dialog.remove_button.isEnabled()  # the default ships with the program
    listed.setCurrentItem(rows[V1])
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith(f"Paketet {V1} tas bort från den här datorn")
    assert not (env.data / "packs" / V1).exists() and (env.data / "packs" / V2).is_dir()
    versions = [listed.topLevelItem(i).text(0) for i in range(listed.topLevelItemCount())]
    assert versions[0] == V2 and V1 not in versions
    assert dialog.packs_status.text() == f"Paketet {V1} togs bort."
    assert resolve_active() == (env.data / "packs" / V2, None)
    assert not settled_problems(qtbot, dialog)
