"""The machine-wide content folder while the program runs: a signed pack dropped in is installed.

``ContentFolderWatch`` with a real ``QFileSystemWatcher``, real signed packs and a real store in
temporary folders; a bad file is reported and the active pack stays.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from language import interface_language

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.active import resolve_active
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.content_folder import FolderReport
from kvinnofrid_desktop.core.install.policy import load_policy
from kvinnofrid_desktop.core.install.signing import generate_keypair, sign_pack
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.ui.packs.content_folder import ContentFolderWatch

LONG_AGO = 1_700_000_000


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    generate_keypair(tmp_path / "lan.key", publisher="Länsstyrelsen Västmanland")
    folder = tmp_path / "ProgramData" / "paket"
    folder.mkdir(parents=True)
    (tmp_path / "policy.json").write_text(json.dumps(
        {"trusted_keys": ["lan.key.pub"], "content_folder": str(folder)}), encoding="utf-8")
    return SimpleNamespace(tmp=tmp_path, folder=folder)


def signed_kvpack(env: SimpleNamespace, version: str) -> Path:
    """A signed .kvpack of ``version`` outside the folder (to be copied in)."""
    src = env.tmp / f"src-{version}"
    shutil.copytree(default_pack_dir(), src)
    manifest = json.loads((src / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    (src / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False),
                                       encoding="utf-8")
    sign_pack(src, env.tmp / "lan.key")
    out = write_archive(src, env.tmp / f"{version}.kvpack")
    os.utime(out, (LONG_AGO, LONG_AGO))
    return out


def test_a_pack_dropped_in_while_running_is_installed_and_said_once(qtbot, env: SimpleNamespace
                                                                   ) -> None:
    policy = load_policy()
    watch = ContentFolderWatch(policy, PackStore(policy=policy))
    reports: list[FolderReport] = []
    watch.checked.connect(reports.append)
    watch.start()
    assert watch.wait()
    qtbot.wait(50)
    assert reports == []  # an empty folder: nothing to say
    # IT's tool copies a bad file and then a good one (under another name, renamed at the end).
    (env.folder / "trasig.kvpack").write_bytes(b"PK\x03\x04 inget arkiv")
    os.utime(env.folder / "trasig.kvpack", (LONG_AGO, LONG_AGO))
    shutil.copy2(signed_kvpack(env, "2026-12-24"), env.folder / "nytt.tmp")
    os.replace(env.folder / "nytt.tmp", env.folder / "2026-12-24.kvpack")
    qtbot.waitUntil(lambda: any(r.installed for r in reports), timeout=15000)
    (report,) = [r for r in reports if r.installed]
    assert report.installed.version == "2026-12-24"
    assert resolve_active()[0].name == "2026-12-24"
    problems = [p for r in reports for p in r.problems]
    assert [Path(p.file).name for p in problems] == ["trasig.kvpack"]
    # Another change of the folder: nothing new to say.
    (env.folder / "readme.txt").write_text("x", encoding="utf-8")
    before = len(reports)
    qtbot.wait(1200)
    assert watch.wait()
    assert len(reports) == before
    watch.shutdown()


def test_after_shutdown_nothing_is_looked_at(qtbot, env: SimpleNamespace) -> None:
    policy = load_policy()
    watch = ContentFolderWatch(policy, PackStore(policy=policy))
    watch.shutdown()
    watch.start()
    shutil.copy2(signed_kvpack(env, "2026-12-24"), env.folder / "2026-12-24.kvpack")
    qtbot.wait(800)
    assert watch.wait() and PackStore().active().builtin  # still the embedded default


def test_the_program_shows_a_pack_it_put_in_from_the_folder(qtbot, env: SimpleNamespace
                                                            ) -> None:
    # The running program (app.WindowController): the look starts after the window completes;
    # a pack installed from the folder replaces the window, which says what came and whence.
    from kvinnofrid_desktop.app.start import WindowController

    shutil.copy(signed_kvpack(env, "2026-12-20"), env.folder / "paket.kvpack")
    controller = WindowController(None, "sv")
    first = controller.open()  # closed and deleted by the controller when it replaces it
    first.show()
    controller.watch_content_folder()
    qtbot.waitUntil(lambda: controller.window is not first, timeout=30_000)
    window = controller.window
    qtbot.addWidget(window)
    assert window.pack.manifest.version == "2026-12-20"
    assert "gemensamma mappen" in window.banner.text()
    assert resolve_active()[0].name == "2026-12-20"
    controller.content_folder.shutdown()
    window.close()


def test_the_english_window_says_in_english_what_came_from_the_folder(
        qtbot, env: SimpleNamespace) -> None:
    from kvinnofrid_desktop.app.start import WindowController

    shutil.copy(signed_kvpack(env, "2026-12-21"), env.folder / "paket.kvpack")
    (env.folder / "trasig.kvpack").write_bytes(b"PK\x03\x04 inte ett paket")
    with interface_language("en"):
        controller = WindowController(None, "en")
        first = controller.open()
        first.show()
        controller.watch_content_folder()
        qtbot.waitUntil(lambda: controller.window is not first, timeout=30_000)
        window = controller.window
        qtbot.addWidget(window)
        text = window.banner.text()
        controller.content_folder.shutdown()
        window.close()
    assert "2026-12-21 is installed from the shared folder" in text, text
    assert "restored under File → Settings → Content packs" in text, text  # the real menu path
    assert "The program skipped the file trasig.kvpack in the shared folder" in text, text
    assert "Innehållspaketet" not in text and "hoppade" not in text.split("(in detail")[0]


def test_the_english_window_says_in_english_why_the_folder_cannot_be_reached(
        env: SimpleNamespace) -> None:
    """The English notice gave the reason in Swedish: "(filen eller mappen finns inte)"."""
    from kvinnofrid_desktop.core.install.content_folder import ContentFolder
    from kvinnofrid_desktop.ui.packs.content_folder import report_text

    shutil.rmtree(env.folder)
    report = ContentFolder(load_policy(), PackStore()).check()
    with interface_language("en"):
        text = report_text(report)
    assert f"{env.folder} (the folder does not exist)" in text, text
    assert "finns inte" not in text
