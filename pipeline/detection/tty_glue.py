"""A login table's columns glued by OCR: `last`, `who` and `w` print a user, a terminal and a
remote host a few spaces apart ("<user>   pts/1    <ip>"); scaled to 66 % those spaces are two
or three pixels and OCR reads the row's first three columns as one word ("<user>pts/1<ip>").
No finder sees a login or an address inside it: an address glued to a terminal's number is
another number ("pts/1139.71.101.254"), so the user and the address stayed readable for 13 s
(linux_accounts). `without_tty_glue` cuts such a word before and after its terminal: "pts/<n>"
or "tty<n>", a one-digit number unless the rest then is no address and a two-digit one makes it
one. Other words are returned as they are.
"""

from __future__ import annotations

import ipaddress
import re

from pipeline.core.types import Layout, OcrWord
from pipeline.detection.word_cuts import with_words_cut

# a terminal inside a word, a login glued before it or an address after it
_TTY = re.compile(r"(?P<tty>pts/|tty)(?P<digits>\d{1,3})")
_LOGIN = re.compile(r"[a-z_][a-z0-9_.-]{0,31}")


def without_tty_glue(layout: Layout) -> Layout:
    """`layout` with the terminals of glued login rows cut off the words they touch."""
    return with_words_cut(layout, _cuts)


def _cuts(word: OcrWord) -> list[int]:
    text = word.text
    m = _TTY.search(text)
    if m is None or (m.start() == 0 and m.end() == len(text)):
        return []
    before, digits = text[: m.start()], m.group("digits")
    if before and _LOGIN.fullmatch(before) is None:
        return []
    for n in range(1, len(digits) + 1):  # the shortest terminal number after which an address follows
        end = m.start("digits") + n
        rest = text[end:]
        # (a word ending in "tty<n>" is a word: "pretty1"; "pts/" is no word's part)
        if _address(rest) or (not rest and m.group("tty") == "pts/"):
            return [m.start(), end]
    return []


def _address(text: str) -> bool:
    """Whether `text` is an IPv4 or IPv6 address (a remote host `last` prints as one)."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
