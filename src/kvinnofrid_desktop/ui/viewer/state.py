"""The remembered view of one document: where in it the reader was, and the zoom.

Pure Python on purpose: settings code can store and read it without Qt, and bad data from a
hand-edited or older settings file must never stop a document from opening.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

ZOOM_MODES = ("custom", "fit_width", "fit_page")
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0
MAX_TOP = 14400.0  # PDF points: the largest page a PDF may have (200 inches)


@dataclass
class ViewState:
    """Where the reader was in a document: 1-based page, zoom mode and zoom factor, and the
    point of ``page`` at the view's top.

    ``zoom`` is the factor used in ``"custom"`` mode (1.0 = 100 %); in the fit modes it records
    the effective factor at the time, for information only. ``top``: PDF points below the top
    of ``page`` that were at the top of the view (0: the page's top). With it a restart shows
    the lower half of a page as it was left: from the page number alone it opened at the next
    page's top, the number the page box showed with the lower half in view.
    """

    page: int = 1
    zoom_mode: str = "fit_width"
    zoom: float = 1.0
    top: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON or QSettings."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> ViewState:
        """Build a state from stored data, replacing anything missing or malformed by defaults."""
        if not isinstance(data, dict):
            return cls()
        return cls(
            page=_positive_int(data.get("page"), 1),
            zoom_mode=str(data["zoom_mode"]) if data.get("zoom_mode") in ZOOM_MODES
            else "fit_width",
            zoom=_zoom(data.get("zoom")),
            top=_top(data.get("top")),  # older settings have none: the page's top
        )


def _positive_int(value: Any, default: int) -> int:
    # bool is an int in Python; a stored True must not become page 1 by accident of typing.
    if isinstance(value, bool):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return number if number >= 1 else default


def _zoom(value: Any) -> float:
    if isinstance(value, bool):
        return 1.0
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return 1.0
    if not math.isfinite(number) or number <= 0:
        return 1.0
    return min(max(number, MIN_ZOOM), MAX_ZOOM)


def _top(value: Any) -> float:
    if isinstance(value, bool):
        return 0.0
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return 0.0
    if not math.isfinite(number) or number <= 0:
        return 0.0
    return min(number, MAX_TOP)
