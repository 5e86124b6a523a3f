"""The window's tab bar: the main tabs keep their titles, opened files' tabs make room."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar, QWidget

# An opened file's tab is at most this many average characters of title wide: a 200-character
# title took 430 px and squeezed every other file's tab to "Sa…". The title is elided; the
# tab's text (read by screen readers) and its tooltip keep it whole.
FILE_TAB_CHARS = 30


def _cap(hints: list[int], room: int) -> int | None:
    """The widest any of ``hints`` may be for them all to fit in ``room``, the narrow ones
    kept whole (the widest give way first); None when they fit as they are."""
    if sum(hints) <= room:
        return None
    left, rest = room, len(hints)
    for hint in sorted(hints):
        share = left // rest
        if hint > share:
            return share
        left, rest = left - hint, rest - 1
    return None


class MainTabBar(QTabBar):
    """With a few PDFs open, the bar used to scroll the four main tabs out of sight. The
    tabs of opened files shrink first (their titles elided, whole in the tooltip). Where even
    the main tabs' titles do not fit (200 % on 1280 × 720 beside the search results:
    "Publikationer" was scrolled out of sight), the longest of them are shortened with "…",
    their whole titles in the tooltip; scroll buttons appear only when even that is not
    enough."""

    def __init__(self, kept: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kept = kept  # the first ``kept`` tabs are the main ones
        self.setProperty("elideMode", 1)  # Qt.ElideRight (the Qt namespace is not loaded yet)

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        if index < self.kept:
            return hint
        metrics = self.fontMetrics()
        title = self.tabText(index).replace("&&", "&")
        room = hint.width() - metrics.horizontalAdvance(title)  # margins, the close button
        return QSize(min(hint.width(), room + metrics.averageCharWidth() * FILE_TAB_CHARS),
                     hint.height())

    def minimumTabSizeHint(self, index: int) -> QSize:
        least = super().minimumTabSizeHint(index)  # the title elided to a few letters
        if index >= self.kept:
            return least
        hint = self.tabSizeHint(index)
        cap = self._main_cap()
        if cap is None:
            return hint
        return QSize(max(min(hint.width(), cap), least.width()), hint.height())

    def _main_cap(self) -> int | None:
        """How wide a main tab may be to leave the others and the files' least widths room."""
        if self.width() <= 0:
            return None
        main = min(self.kept, self.count())
        files = sum(super(MainTabBar, self).minimumTabSizeHint(i).width()
                    for i in range(main, self.count()))
        return _cap([self.tabSizeHint(i).width() for i in range(main)], self.width() - files)

    def tabLayoutChange(self) -> None:
        super().tabLayoutChange()
        for index in range(min(self.kept, self.count())):
            cut = self.tabRect(index).width() < self.tabSizeHint(index).width()
            self.setTabToolTip(index, self.tabText(index).replace("&&", "\0")
                               .replace("&", "").replace("\0", "&") if cut else "")
