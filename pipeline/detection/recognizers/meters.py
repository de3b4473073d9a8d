"""An electricity supply's number (the MPAN's 13-digit core) wherever an energy account shows it.

A supplier's or a network's screen and every bill print the MPAN as a boxed two-row "S" block:
the supply's profile class, meter time-switch code and line-loss class on the top row
("01 801 101"), the core under them, "<2> <4> <4> <3>": the distributor, the supply's own 8
digits and a check digit. The core names one home's supply (whoever reads it can switch or
query it); the top row is shared by millions and stays. Its row has no caption beside it, so the
label pass cannot find it: the core is taken by its shape and its check digit (the first 12
digits weighted by the primes 3..43, sum mod 11 mod 10). Spaced as printed, the shape and the
check together are enough; 13 digits glued together are also a barcode's shape, so they need a
supply word before them ("MPAN", "supply", "electricity", "meter"). Captioned forms (MPRN,
meter serials) are labels (models/detection.yaml `meter_point`).
"""

from __future__ import annotations

from typing import Any

import regex

from pipeline.detection.context_words import ContextWords
from pipeline.detection.recognizers.base import CodeRecognizer

_PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)
_CORE = regex.compile(r"(?<![\w.,/:-])\d{2}(?P<s>[ ]?)\d{4}(?P=s)\d{4}(?P=s)\d{3}(?![\w/-]|[.,:]\d)")
SUPPLY_WORDS = ContextWords(["mpan", "supply", "electricity", "meter", "core"])


def mpan_check_ok(digits: str) -> bool:
    """Whether 13 digits end in the MPAN core's check digit."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    return sum(int(d) * p for d, p in zip(digits, _PRIMES, strict=False)) % 11 % 10 == int(digits[12])


class MpanCoreRecognizer(CodeRecognizer):
    """An MPAN core: spaced "<2> <4> <4> <3>" with its check digit, or glued after a supply word."""

    ENTITIES = ("ACCOUNT_NUMBER",)
    SCORE = 0.85

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:  # noqa: D102 - Presidio's docs
        found = []
        for m in _CORE.finditer(text):
            if not mpan_check_ok(m.group().replace(" ", "")):
                continue
            if m.group("s") or SUPPLY_WORDS.before(text, m.start()):
                found.append(self.result("ACCOUNT_NUMBER", m.start(), m.end(), self.SCORE))
        return found
