"""A value the page itself prints masked: where it shows no more than "card ending 4242".

Shops, banks and wallets print a card or an account masked so that its holder can tell it from
another: "•••• •••• •••• 4242", "XXXX-XXXX-XXXX-1234", a card's first six and last four
("4111 11•• •••• 1111"), an IBAN's country, check digits and last six ("DE09 •••• •••• •••• 7049
08" on a checkout's review page). That print tells nobody the number, as a receipt's last four
do not, and the policy's types (CREDIT_CARD, IBAN_CODE, ACCOUNT_NUMBER) are the numbers, not
what a page shows of them. One rule for the analysis and the gate:

- the analysis reports no label's value that is such a print (labels.py, as it reports no value
  made of masking characters alone: models/detection.yaml `label_search.reject_values`), and no
  recognizer takes one for a number: it leaves the print readable;
- the gate counts no piece of a value the analysis saw whole (analysis/values.py) inside such a
  print on the output (redact/verify.py): the IBAN's last six digits after its masked middle are
  what the page shows of it, not a piece left by a window or a short box.

The rule holds for the numbers pages print so (`NUMBER_TYPES`) only: a password "xxxx2024" or a
secret is no print of anything.

A print is masked by the page when it holds a run of at least `MASK_RUN` masking characters
(OCR reads some bullets of a run as dots: ".·..··.7049"),
each part of it between masking characters shows at most `CLEAR_RUN` letters and digits, all of
them together at most `CLEAR_MAX` (a card's first six and last four; an IBAN's country, check
digits and last six), and it holds nothing but masking characters, digits, separators and a
leading country code. Our own masks are no masking characters: the gate reads a masked cell as
a full block (verify.MASKED_CELL), so a number whose rest a box or a window covers is still a
piece of it.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

MASKING = frozenset("•●·∙*◦⚫xX")  # as pages print a hidden digit (and OCR reads a bullet: "·")
MASK_RUN = 4  # masking characters in a row, at least: a group of a card's or an IBAN's digits
CLEAR_RUN = 6  # letters and digits of one clear part, at most: a card's first six, an IBAN's last six
CLEAR_MAX = 10  # of all clear parts together, at most
SEPARATORS = frozenset(" -._/")
NUMBER_TYPES = frozenset({"CREDIT_CARD", "IBAN_CODE", "ACCOUNT_NUMBER", "US_BANK_NUMBER"})
_COUNTRY = regex.compile(r"[A-Z]{2}\d{2}")  # an IBAN's country code and check digits
# a run of masking characters as OCR reads them: bullets now and then read as dots (".·..··.")
_MASK_RUN = regex.compile("[" + regex.escape("".join(sorted(MASKING | {"."}))) + "]{2,}")


def masked_by_page(value: str, entity_type: str) -> bool:
    """Whether `value`, found as `entity_type`, is a number as a page prints it masked (see the
    module)."""
    if entity_type not in NUMBER_TYPES:
        return False
    text = value.strip()
    if not text or not any(ch.isdigit() for ch in text):
        return False
    runs = _MASK_RUN.findall(text)
    if not any(len(r) >= MASK_RUN and any(ch in MASKING for ch in r) for r in runs):
        return False
    parts = ["".join(ch for ch in p if ch not in SEPARATORS) for p in _MASK_RUN.split(text)]
    leading = bool(parts) and parts[0] != ""  # the print starts with a clear part
    parts = [p for p in parts if p]
    for i, part in enumerate(parts):
        if len(part) > CLEAR_RUN:
            return False
        if not part.isdigit() and not (i == 0 and leading and _COUNTRY.fullmatch(part)):
            return False  # letters are a country code's, before the rest
    return sum(len(p) for p in parts) <= CLEAR_MAX


def _value_word(word: str) -> bool:
    """A word that can be part of a printed number: digits, masking characters, separators, a
    country code's capitals, and a digit or a masking character among them (no label, no word:
    "IBAN DE89 ••••" is the print after its caption)."""
    return any(ch.isdigit() or ch in MASKING for ch in word) and all(
        ch.isdigit() or ch in MASKING or ch in SEPARATORS or ch.isupper() for ch in word
    )


def in_masked_print(words: Sequence[str], start: int, end: int, entity_type: str) -> bool:
    """Whether `words[start:end]` (a line's words, left to right) lie in a number the page
    printed masked: the run of words around them that can be part of one is such a print of an
    `entity_type` number (`masked_by_page`): "7049 08" of "DE09········ 7049 08"."""
    a = start
    while a > 0 and _value_word(words[a - 1]):
        a -= 1
    b = end
    while b < len(words) and _value_word(words[b]):
        b += 1
    return masked_by_page(" ".join(words[a:b]), entity_type)
