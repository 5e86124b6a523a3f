"""The widgets (PySide6). Importing this package applies the early Qt work-arounds."""

from kvinnofrid_desktop.ui.common import earlyinit as _earlyinit  # noqa: F401

