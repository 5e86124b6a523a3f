"""content.external.printable escapes exactly the control and bidi characters, one by one.

It runs over every string of a manifest before the first frame, so it finds them with one
regular expression instead of a loop in Python (issue 17); this pins its output to the rule.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kvinnofrid_desktop.core.pack.external import _BIDI, printable


def by_the_rule(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20 or 0x7F <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif code in _BIDI or 0xD800 <= code < 0xE000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def test_every_character_of_the_basic_plane_and_some_beyond() -> None:
    for code in [*range(0x10000), 0x1F600, 0x10FFFF]:
        assert printable(chr(code)) == by_the_rule(chr(code)), hex(code)


@given(st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x2100)))
def test_any_text(text: str) -> None:
    assert printable(text) == by_the_rule(text)


def test_ordinary_text_is_the_same_object() -> None:
    text = "Länsstyrelsen i Västmanlands län – åtgärdskort"
    assert printable(text) is text
