"""Screenshots of the Åtgärdskort after a sequence of choices (issue 12), offscreen.

    python docs/screenshots/card_walk.py docs/screenshots

Each picture is taken after the choices before it, as a person makes them, so a layout that
goes stale after a change shows here (a freshly built window would hide it).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WALKS = {
    # file name: (text scale, [(subject, municipality or None for Hela länet), ...])
    "sv-atgardskort-barn-arboga-efter-hela-lanet.png": (1.0, [("barn", None), ("barn", "Arboga")]),
    "sv-atgardskort-vuxna-sala-efter-djur-norberg.png": (
        1.0, [("djur", "Norberg"), ("vuxna", "Norberg"), ("vuxna", "Sala")]),
    "sv-200-procent-atgardskort-djur-koping.png": (
        2.0, [("barn", None), ("djur", None), ("djur", "Köping")]),
}


def main(out: Path) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="kvinnofrid-walk-"))
    os.environ["KVINNOFRID_DATA_DIR"] = str(tmp / "data")
    os.environ["KVINNOFRID_POLICY"] = str(tmp / "policy.json")
    from PySide6.QtGui import QFont

    from kvinnofrid_desktop.app.start import create_main_window, ensure_application

    app = ensure_application()
    normal = QFont(app.font())

    def settle() -> None:
        deadline = time.monotonic() + 0.4
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)

    for name, (scale, steps) in WALKS.items():
        font = QFont(normal)
        font.setPointSizeF(normal.pointSizeF() * scale)
        app.setFont(font)
        window = create_main_window(settings_path=tmp / f"{name}.ini", language="sv")
        window.resize(1280, 800)
        window.show()
        window.show_tab("action_card")
        settle()
        tab = window.action_card_tab
        for subject, municipality in steps:
            tab.set_subject(subject)
            tab.set_municipality(municipality)
            settle()
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / name))
        window.close()
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
