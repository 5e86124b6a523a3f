"""Python's cycle collector, run on the GUI thread between events instead of anywhere.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is
crossed: a worker reading a pack, indexing or checking a file, or the GUI thread in the middle of
delivering an event. A collection there frees every unreachable cycle, and a cycle may hold the
last reference to a window, a dialog or a PDF document. Qt then deletes that object from the
wrong thread, or while it is handling an event, and the program crashes at random. Seen here:
an import dialog freed by a collection in its reading worker left its busy progress bar's
animation registered with the GUI thread's animation timer, which crashed on its next tick.
Run from a GUI-thread timer, the same collections happen only on the thread that owns the
widgets and between two events.

The recipe is Erik Janssens' ``GarbageCollector`` ("Should Python garbage collector be disabled
in Qt applications?", pydev.blogspot.com, March 2014), as pyqtgraph keeps it in
``pyqtgraph/util/garbage_collector.py``: ``gc.disable()`` and a ``QTimer`` that collects each
generation whose threshold is crossed. Ours collects only the oldest generation that is due
(that collects the younger ones too) and checks every 500 ms instead of every second.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage never piles up for long; the check itself costs microseconds.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects from a timer, generation by generation.

    The thresholds are the interpreter's own (``gc.get_threshold()``): a generation is collected
    when the automatic collector would have collected it, only later and on this thread.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)
        gc.disable()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is crossed; the number freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in range(3) if counts[g] > thresholds[g]]
        return gc.collect(due[-1]) if due else 0


_installed: GuiThreadCollector | None = None


def install(app: QObject) -> GuiThreadCollector:
    """The one collector of this process, created on ``app``; call from the GUI thread."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
    return _installed
