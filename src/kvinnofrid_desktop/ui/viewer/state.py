"""The remembered view of one document: page and zoom.

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


@dataclass
class ViewState:
    """Where the reader was in a document: 1-based page, zoom mode and zoom factor.

    ``zoom`` is the factor used in ``"custom"`` mode (1.0 = 100 %); in the fit modes it records
    the effective factor at the time, for information only.
    """

    page: int = 1
    zoom_mode: str = "fit_width"
    zoom: float = 1.0

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
