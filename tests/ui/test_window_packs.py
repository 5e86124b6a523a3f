"""Content packs from the window: drop or choose a .kvpack, the shared folder, the new window."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog

from kvinnofrid_desktop.app.start import WindowController, create_main_window
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.active import resolve_active
from kvinnofrid_desktop.core.install.archive_write import write_archive


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def newer_pack(tmp_path: Path, version: str = "2026-12-01") -> Path:
    folder = tmp_path / f"pack-{version}"
    shutil.copytree(default_pack_dir(), folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    manifest["publisher"] = "Testlänet"
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False),
                                          encoding="utf-8")
    return write_archive(folder, tmp_path / f"ny-{version}.kvpack")


def drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropping_a_pack_opens_the_import_and_installs_it(qtbot, env: Path) -> None:
    (env / "policy.json").write_text('{"allow_unsigned": true}', encoding="utf-8")
    archive = newer_pack(env)
    controller = WindowController(None, None)
    window = controller.open()
    qtbot.addWidget(window)
    window.show()

    def drive_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), dialog
        qtbot.waitUntil(lambda: dialog.phase() == "ready", timeout=10000)
        for check in dialog.findChildren(QCheckBox):  # "I trust this unsigned pack"
            if check.isVisible():
                check.setChecked(True)
        qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive_dialog)
    with qtbot.waitSignal(window.packChanged, timeout=20000):
        drop(window, archive)
    assert resolve_active()[0].name == "2026-12-01"
    new_window = controller.window
    assert new_window is not None and new_window is not window
    qtbot.addWidget(new_window)
    assert new_window.pack.manifest.version == "2026-12-01"
    assert "är installerat" in new_window.banner.text()
    assert "version 2026-12-01" in new_window.pack_label.text()
    new_window.close()


def test_a_cancelled_import_leaves_no_dialog_behind(qtbot, env: Path) -> None:
    """Esc in the import dialog: nothing installed, and the dialog does not live on as the
    window's child (with its worker and busy progress bar) until the window closes."""
    archive = newer_pack(env)
    window = create_main_window(settings_path=env / "s.ini")
    qtbot.addWidget(window)
    window.show()
    seen: list[QDialog] = []

    def cancel_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), dialog
        seen.append(dialog)
        qtbot.waitUntil(lambda: dialog.phase() in ("ready", "refused"), timeout=10000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel_dialog)
    assert window.import_pack(archive) is False
    assert len(seen) == 1
    qtbot.waitUntil(lambda: not window.findChildren(QDialog), timeout=2000)
    assert resolve_active()[0].name != "2026-12-01"  # nothing installed


def test_dropping_a_pdf_opens_it_and_web_addresses_are_ignored(qtbot, env: Path) -> None:
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    pdf = default_pack_dir() / "docs" / "pub-skyddat-boende.pdf"
    count = window.tabs.count()
    drop(window, pdf)
    assert window.tabs.count() == count + 1
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/x.pdf")])
    window.dropEvent(QDropEvent(QPointF(1, 1), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert window.tabs.count() == count + 1
    window.close()


def test_a_newer_pack_in_the_shared_folder_is_offered(qtbot, env: Path) -> None:
    share = env / "share"
    share.mkdir()
    shutil.move(newer_pack(env, "2027-01-15"), share / "nytt.kvpack")
    (env / "policy.json").write_text(json.dumps({"watch_folder": str(share)}),
                                     encoding="utf-8")
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    window.packs.check_watch_folder()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    assert "Testlänet, version 2027-01-15" in window.banner.text()
    assert window.banner.action_button.text().startswith("Visa och installera")
    window.close()


def test_a_shared_folder_that_cannot_be_reached_is_said(qtbot, env: Path) -> None:
    """An unreachable watch folder was silent, while the content folder is reported."""
    gone = env / "nonexistent" / "share"
    (env / "policy.json").write_text(json.dumps({"watch_folder": str(gone)}), encoding="utf-8")
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    window.packs.check_watch_folder()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    assert window.banner.text() == (
        f"Den delade mappen för nya innehållspaket kan inte nås: {gone} (filen eller mappen "
        "finns inte). Inga nya paket erbjuds därifrån förrän den går att läsa; säg till "
        "IT-avdelningen om det fortsätter.")
    window.close()


def test_the_english_window_gives_the_shared_folders_reason_in_english(qtbot, env: Path) -> None:
    """In English the notice said why in Swedish: "(filen eller mappen finns inte)"."""
    from language import interface_language

    gone = env / "nonexistent" / "share"
    (env / "policy.json").write_text(json.dumps({"watch_folder": str(gone)}), encoding="utf-8")
    with interface_language("en"):
        window = create_main_window()
        qtbot.addWidget(window)
        window.show()
        window.packs.check_watch_folder()
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
        text = window.banner.text()
        assert "filen eller mappen finns inte" not in text
        assert f"{gone} (the folder does not exist)" in text
        window.close()


def test_a_share_that_does_not_answer_never_holds_the_window(qtbot, env: Path,
                                                             monkeypatch) -> None:
    import threading
    import time

    from kvinnofrid_desktop.core.install import watch as watch_module

    share = env / "share"
    share.mkdir()
    shutil.move(newer_pack(env, "2027-01-15"), share / "nytt.kvpack")
    (env / "policy.json").write_text(json.dumps({"watch_folder": str(share)}),
                                     encoding="utf-8")
    entered, answer = threading.Event(), threading.Event()
    real = watch_module.look_in_watch_folder

    def slow_share(policy, store):  # a network share that answers only when told to
        entered.set()
        answer.wait(30)
        return real(policy, store)

    monkeypatch.setattr("kvinnofrid_desktop.ui.packs.watch.look_in_watch_folder", slow_share)
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    window.packs.check_watch_folder()
    qtbot.waitUntil(entered.is_set, timeout=5000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0
    answer.set()  # the share answers after the window closed: nothing is offered, no crash
    assert window.packs._watch.wait(10_000)
    QApplication.processEvents()
    assert window.banner.isHidden()  # nothing offered to a closed window


# --- a pack changed outside the window (issue 17) -------------------------------------------------


def test_an_import_on_the_command_line_is_noticed_and_shown(qtbot, env: Path) -> None:
    from kvinnofrid_desktop.__main__ import main

    controller = WindowController(None, None)
    window = controller.open()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.pack.manifest.version == "2026-11-26"  # the embedded default
    archive = newer_pack(env)
    assert main(["pack", "import", str(archive), "--allow-unsigned"]) == 0  # another program
    qtbot.waitUntil(lambda: window.banner.isVisible()
                    and "Ett annat innehållspaket är aktivt nu" in window.banner.text(),
                    timeout=5000)
    assert "Testlänet 2026-12-01" in window.banner.text()
    assert window.banner.action_button.text() == "Visa det aktiva paketet"
    with qtbot.waitSignal(window.packChanged):
        qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    new_window = controller.window
    assert new_window is not window
    qtbot.addWidget(new_window)
    assert "version 2026-12-01" in new_window.pack_label.text()
    new_window.close()


def test_a_removed_pack_is_not_reported_as_tampered(qtbot, env: Path) -> None:
    from kvinnofrid_desktop.__main__ import main

    (env / "policy.json").write_text('{"allow_unsigned": true}', encoding="utf-8")
    assert main(["pack", "import", str(newer_pack(env, "2026-12-01"))]) == 0
    window = create_main_window(settings_path=env / "s.ini")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.pack.manifest.version == "2026-12-01"
    # While the window is open, the command line installs a newer pack and removes this one.
    assert main(["pack", "import", str(newer_pack(env, "2026-12-02"))]) == 0
    assert main(["pack", "remove", "2026-12-01"]) == 0
    window.show_tab("collaboration")  # a document of the removed pack
    qtbot.waitUntil(lambda: "Ett annat innehållspaket är aktivt nu" in window.banner.text(),
                    timeout=5000)
    window.integrity.wait()  # the check of the missing file has reported (queued): deliver it
    QApplication.processEvents()
    assert "har ändrats sedan paketet installerades" not in window.banner.text()
    assert "2026-12-02" in window.banner.text()
    window.close()
