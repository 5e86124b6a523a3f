"""Web addresses that wrap onto the next line in a PDF's text are joined (ui/viewer/web_links)."""

from __future__ import annotations

from kvinnofrid_desktop.ui.viewer.web_links import find_wrapped_links

WIDTH = 60  # characters on a full line of the fake page
CHAR = 5.0  # points per character


def _measure(text: str):
    """A monospace page: every line starts at x = 0, each character is CHAR points wide."""

    def measure(start: int, length: int) -> tuple[float, float]:
        line_start = max(text.rfind("\n", 0, start) + 1, 0)
        column = start - line_start
        return column * CHAR, (column + length) * CHAR

    return measure


def _page(*lines: str) -> str:
    assert all(len(line) <= WIDTH for line in lines)
    assert any(len(line) == WIDTH for line in lines)  # the right edge of the text
    return "\r\n".join(lines)


def _urls(text: str) -> list[str]:
    return [link.url for link in find_wrapped_links(text, _measure(text))]


FULL = "https://www.lansstyrelsen.se/vastmanland/tjanster/publikationer/2019/ett-verktyg.html"


def test_address_broken_inside_a_word_is_joined() -> None:
    first = "(" + FULL[:WIDTH - 1]  # breaks mid-word, as "…/201" + "9/ett-…" does
    text = _page(first, FULL[WIDTH - 1:] + ")", "kontrollerad 2026-11-26")
    links = find_wrapped_links(text, _measure(text))
    assert [link.url for link in links] == [FULL]
    # Both line parts are the link, without the brackets.
    (start1, len1), (start2, len2) = links[0].parts
    assert text[start1:start1 + len1] + text[start2:start2 + len2] == FULL


def test_address_broken_before_a_hyphen_is_joined() -> None:
    first = "https://www.lansstyrelsen.se/vastmanland/publikationer-men"
    tail = "-ingen/2019/rapport.html"
    assert len(first) + len(tail) > WIDTH  # the rest did not fit
    text = _page("x" * WIDTH, first, tail, "kontrollerad 2026-11-26")
    assert _urls(text) == [first + tail]


def test_address_over_three_lines_after_dots_and_slashes() -> None:
    first = "Mottagning: http://www.surahammar.se/vardomsorg/nyisverige/"
    first += "a" * (WIDTH - len(first))
    text = _page(first, "ensamkommandebarn.4.36d011a012469573ae28000109266.se/a/b/c.",
                 "html, kontrollerad 2026-11-26")
    assert _urls(text) == [first[len("Mottagning: "):]
                           + "ensamkommandebarn.4.36d011a012469573ae28000109266.se/a/b/c.html"]


def test_www_address_gets_a_scheme() -> None:
    text = _page("Läs på www.lansstyrelsen.se/vastmanland/publikationer/20/xy/",
                 "2019/rapport.html och i rapporten.")
    assert _urls(text) == ["http://www.lansstyrelsen.se/vastmanland/publikationer/20/xy/"
                           "2019/rapport.html"]


def test_short_line_is_not_joined_with_the_next() -> None:
    # The address ends a short line: the next word would have fitted, so no wrap happened.
    text = _page("x" * WIDTH, "https://www.valdinararelationer.se/om-vald/",
                 "-kontroll/")
    assert _urls(text) == []


def test_plain_word_after_an_address_at_the_margin_is_not_joined() -> None:
    url = "https://www.vardfokus.se/webbnyheter/2012/december/mer-an-60/"
    url = url[:WIDTH]
    text = _page(url, "kontrollerad 2026-11-26")
    assert _urls(text) == []
    text = _page(url[:-1] + ",", "kontrollerad/2026")  # a comma ends the address
    assert _urls(text) == []
    text = _page(url[:-1] + "x", "Kontrollerad")  # a capitalised word is text
    assert _urls(text) == []


def test_address_on_one_line_is_left_to_pdfium() -> None:
    text = _page("x" * WIDTH, "Se https://www.sala.se/info/4603/ ; https://www.sala.se/")
    assert _urls(text) == []
