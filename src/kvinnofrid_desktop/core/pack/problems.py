"""Problems found in a content pack: a stable code, the file and field, and a Swedish message.

Every check in ``core/`` reports through these, so the command line, the window and the tests
all see the same precise reason ("manifest.json: documents[2].tab: okänd flik 'start'").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack.

    ``code`` is stable (tests and scripts match on it); ``message`` is Swedish, for people.
    ``values``: numbers the message names (sizes in bytes), for an interface that words the
    problem itself (the import dialog says a zip bomb's sizes in MB).
    """

    code: str
    file: str
    field: str | None
    message: str
    values: tuple[int, ...] = ()

    def __str__(self) -> str:
        where = self.file if not self.field else f"{self.file}: {self.field}"
        return f"{where}: {self.message} [{self.code}]"


class PackError(Exception):
    """A pack (or a file meant to become one) cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        if not self.problems:
            raise ValueError("PackError needs at least one problem")
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def first(self) -> Problem:
        return self.problems[0]

    @property
    def code(self) -> str:
        return self.first.code


class ProblemList:
    """Collects problems while a checker walks a document, so it can report all of them."""

    def __init__(self, file: str, *, tolerate_unknown: bool = False) -> None:
        self.file = file
        self.items: list[Problem] = []
        # With ``tolerate_unknown``, keys the checker does not know are listed here instead of
        # being problems: to tell a file from a newer program (core/pack/schema.strict_or_newer).
        self.unknown: list[Problem] | None = [] if tolerate_unknown else None

    def add(self, code: str, field: str | None, message: str, *, file: str | None = None) -> None:
        self.items.append(Problem(code, file or self.file, field, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise PackError(self.items)


def as_named_problem(code: str, file: str, parse: Callable[[], T]) -> T:
    """``parse()``; any exception but a PackError becomes one problem ``code`` in ``file``.

    For parsers of files from outside: whatever a file holds (a list where a name belongs, a
    number where an id belongs) must end as the file's named problem, never a traceback."""
    try:
        return parse()
    except PackError:
        raise
    except Exception as exc:
        raise PackError(Problem(code, file, None,
                                f"filen har ett oväntat innehåll ({type(exc).__name__})")
                        ) from None
