"""The log (app/logs.py): a file in the user's log folder with the program's and Qt's messages,
the administrator's policy problems in it and in Inställningar, and nothing personal."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from drawn import settled_problems
from PySide6.QtCore import Qt, QTimer, qWarning
from PySide6.QtWidgets import QApplication

from kvinnofrid_desktop.app import logs
from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.ui.dialogs.settings import SettingsDialog


@pytest.fixture
def log_env(env: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(env.tmp / "logg"))
    logs.start()
    yield env
    logs.stop()


def log_text(env: SimpleNamespace) -> str:
    path = logs.open_file()
    assert path == env.tmp / "logg" / logs.LOG_FILE
    logs.flush()
    return path.read_text(encoding="utf-8")


def test_a_policy_typo_is_shown_in_installningar_and_logged(qtbot, log_env) -> None:
    log_env.tmp.joinpath("policy.json").write_text(
        json.dumps({"allow_unsinged": True, "allow_export": "nej"}), encoding="utf-8")
    window = create_main_window(settings_path=log_env.settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: list[list[str]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        problems = dialog.policy_problems
        assert problems.isVisible() and problems.accessibleName()
        seen.append([problems.item(i).text() for i in range(problems.count())])
        assert not settled_problems(qtbot, dialog)  # nothing clipped or overlapping
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+,
    assert len(seen) == 1
    lines = seen[0]
    assert any("allow_unsinged" in line and "okänd inställning" in line for line in lines)
    assert any("allow_export" in line and "true eller false" in line for line in lines)
    assert not window.allow_export  # the safest value applies meanwhile
    text = log_text(log_env)
    assert "WARNING kvinnofrid_desktop.core.install.policy: policy:" in text
    assert "allow_unsinged" in text and "allow_export" in text
    window.close()


def test_without_problems_installningar_has_no_problem_list(qtbot, env) -> None:
    from kvinnofrid_desktop.core.card.model import MUNICIPALITIES
    from kvinnofrid_desktop.core.install.policy import load_policy
    from kvinnofrid_desktop.ui.common.settings import Settings

    dialog = SettingsDialog(Settings(env.settings), load_policy(), municipalities=MUNICIPALITIES)
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "policy_problems")


@pytest.mark.qt_log_ignore("QPdfDocument: kan inte läsa")
def test_qt_messages_go_to_the_log_without_external_file_names(qtbot, log_env, pdfs) -> None:
    window = create_main_window(settings_path=log_env.settings)
    qtbot.addWidget(window)
    window.show()
    private = log_env.tmp / "Anna Andersson orosanmälan.pdf"
    private.write_bytes(pdfs.sample.read_bytes())
    viewer = window.open_pdf_file(private)
    assert viewer is not None and viewer.page_count() == 6
    window.search_field.setText("orosanmälan Anna")  # what was searched is never logged
    qtbot.waitUntil(lambda: window.search_panel.tree.topLevelItemCount() > 0, timeout=10000)
    qWarning(f"QPdfDocument: kan inte läsa {private}")  # Qt quoting a file name, as it may
    text = log_text(log_env)
    assert "qt: default: QPdfDocument: kan inte läsa <extern fil>" in text
    assert "Anna" not in text and "orosanmälan" not in text
    window.close()
