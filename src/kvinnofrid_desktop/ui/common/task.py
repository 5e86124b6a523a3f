"""One call off the GUI thread that always reports back: a value, or its problems.

A silent worker would leave a dialog waiting forever, so every exception becomes a Problem:
a PackError keeps its own, an OSError is named by ``os_problem``, anything else is "unexpected".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from kvinnofrid_desktop.core.install.archive import os_problem
from kvinnofrid_desktop.core.pack.problems import PackError, Problem
from kvinnofrid_desktop.core.placeholders import arg


class Task(QThread):
    succeeded = Signal(object)
    failed = Signal(object)  # list[Problem]

    def __init__(self, call: Callable[[], object], source: str, parent: QObject) -> None:
        super().__init__(parent)
        self._call, self._source = call, source

    def run(self) -> None:
        try:
            value = self._call()
        except PackError as exc:
            self.failed.emit(exc.problems)
        except Exception as exc:
            self.failed.emit([os_problem(exc, self._source) if isinstance(exc, OSError) else
                              Problem("task.unexpected", self._source, None,
                                      arg(QCoreApplication.translate(
                                          "Task", "ett oväntat fel inträffade (%1)"),
                                          str(exc)))])
        else:
            self.succeeded.emit(value)
