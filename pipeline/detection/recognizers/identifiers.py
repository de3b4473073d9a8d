"""Values whose shape is common and whose meaning comes from the words before them: a date of
birth (a date after "DOB", "Date of birth", "born"), a bank account number (digits after
"account", also in prose: "My customer account number is 12345678") and a UK sort code
(12-34-56 after "sort code", or right before an account number).

A date or a run of digits alone is left alone: dates, sizes, ids and counters fill technical
screens. Form labels above or beside a field, and table columns, are found with the screen's
geometry by the label pass (models/detection.yaml `labels`) and the structure pass; these
recognizers add the prose and the one-line forms that Presidio's text holds.
"""

from __future__ import annotations

import datetime
from typing import Any

import regex

from pipeline.detection.context_words import ContextWords
from pipeline.detection.recognizers.base import CodeRecognizer

# ------------------------------------------------------------------------------ dates --

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_END = r"(?![\w/]|[.,-]\d)"  # not inside a longer number, path or version
# OCR reads a gap beside a separator as a space: "14/ 03/1987", "1987 -03-14". A form's date
# written with spaces for separators ("14 03 1987", as a paper form's boxes are filled in) has a
# year of four digits: two-digit groups with spaces are sort codes and reference numbers.
_DATE = regex.compile(
    rf"""(?<![\w/.:-])(?:
        (?P<a>\d{{1,2}})[ ]?(?P<s>[/.-])[ ]?(?P<b>\d{{1,2}})[ ]?(?P=s)[ ]?(?P<y>\d{{4}}|\d{{2}}){_END}
      | (?<!\d[ ]{{1,2}})(?P<a>\d{{1,2}})[ ]{{1,2}}(?P<b>\d{{1,2}})[ ]{{1,2}}(?P<y>(?:19|20)\d\d){_END}(?![ ]\d)
      | (?P<iy>\d{{4}})[ ]?(?P<is>[/.-])[ ]?(?P<im>\d{{1,2}})[ ]?(?P=is)[ ]?(?P<id>\d{{1,2}}){_END}
      | (?P<dd>\d{{1,2}}){_ORD}(?:[ ]of)?[ -]?(?P<dm>{_MONTH})\.?,?[ -]?(?P<dy>\d{{4}}){_END}
      | (?P<mm>{_MONTH})\.?[ ](?P<md>\d{{1,2}}){_ORD},?[ ]?(?P<my>\d{{4}}){_END}
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
# a national insurance number (as Presidio's UK_NINO reads it) or an SSN on the date's line
_ID_ON_LINE = regex.compile(
    r"(?<![\w-])(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]|\d{3}-\d{2}-\d{4})(?![\w-])"
)
MIN_AGE = 10  # a date of birth on a record row lies at least this many years back
BIRTH_WORDS = ContextWords(
    [
        "dob",
        "d.o.b",
        "d.o.b.",
        "birth",
        "born",
        "birthday",
        "birthdate",
        "b-day",
        "geburtsdatum",
        "geboren",
        "née",
        "né",
    ]
)


# an age requirement on the date's line: the date is the answer to "date of birth" it refuses
# or accepts ("You must be 18 or over to apply. You entered <date>", "aged 16 or older")
_AGE_RULE = regex.compile(
    r"\b(?:1[2-9]|2[015])[ ]+or[ ]+(?:over|older|above|under|younger)\b|\b(?:over|under|aged|at[ ]+least)[ ]+"
    r"(?:the[ ]+age[ ]+of[ ]+)?(?:1[2-9]|2[015])\b|\bold[ ]+enough\b|\bminimum[ ]+age\b",
    regex.IGNORECASE,
)


def _plausible(day: int, month: int, year: str) -> bool:
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return len(year) == 2 or 1900 <= int(year) <= 2099


def is_date(m: Any) -> bool:
    """Whether a match of `_DATE` is a calendar date (day-first or month-first)."""
    if m.group("a"):
        a, b = int(m.group("a")), int(m.group("b"))
        return _plausible(a, b, m.group("y")) or _plausible(b, a, m.group("y"))
    if m.group("iy"):
        return _plausible(int(m.group("id")), int(m.group("im")), m.group("iy"))
    if m.group("dd"):
        return _plausible(int(m.group("dd")), _MONTHS[m.group("dm").lower()], m.group("dy"))
    return _plausible(int(m.group("md")), _MONTHS[m.group("mm").lower()], m.group("my"))


class DateOfBirthRecognizer(CodeRecognizer):
    """A date with a birth word before it on its line or at the end of the line above:
    "DOB 14/03/1987", "Date of birth: 1987-03-14", "born on 14 Mar 1987", "March 14, 1987";
    and a past date on the line of a national insurance or social security number (a row of a
    personal record whose header scrolled away)."""

    ENTITIES = ("DATE_OF_BIRTH",)
    SCORE = 0.85
    ROW_SCORE = 0.6

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:  # noqa: D102 - Presidio's docs
        found = []
        oldest_recent = datetime.date.today().year - MIN_AGE
        for m in _DATE.finditer(text):
            if not is_date(m):
                continue
            if BIRTH_WORDS.before(text, m.start()):
                found.append(self.result("DATE_OF_BIRTH", m.start(), m.end(), self.SCORE))
                continue
            line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            line = text[line_start : len(text) if line_end < 0 else line_end]
            year = next(y for y in (m.group("y"), m.group("iy"), m.group("dy"), m.group("my")) if y)
            if _AGE_RULE.search(line) and (len(year) == 2 or int(year) <= datetime.date.today().year):
                # a form's refusal quoting the answer: "You must be 18 or over. You entered <date>"
                found.append(self.result("DATE_OF_BIRTH", m.start(), m.end(), self.SCORE))
                continue
            if _ID_ON_LINE.search(line) and (len(year) == 2 or int(year) <= oldest_recent):
                found.append(self.result("DATE_OF_BIRTH", m.start(), m.end(), self.ROW_SCORE))
        return found


# ---------------------------------------------------------------------- bank accounts --

# 6-17 digits, whole or in groups of three or more ("1727 2957" as people write them, and as a
# chat bubble wraps them: the wrapped line is read again with its break as a space); groups of
# two are sort codes and dates ("20 45 77", "2024 01 05")
_ACCOUNT = regex.compile(r"(?<![\w.,/+:#-]|\d[ ])#?(?P<n>\d{3,17}(?:[ ]\d{3,14}){0,3})(?![\w/+-]|[.,:]\d|[ ]\d)")
_ACCOUNT_DIGITS = range(6, 18)
REGISTER_CAPTION_WORDS = 4  # a register number's caption right before it on its line
# the number glued to the prose word before it: a low-bitrate frame's space read as none
# ("account number is12345678" while the pointer stood beside it); an account word must still
# come before that word
_GLUED_ACCOUNT = regex.compile(
    r"(?<![\w.,/+:#-])(?:is|was|no|number|nr)(?P<n>\d{6,17})(?![\w/+-]|[.,:]\d|[ ]\d)", regex.IGNORECASE
)
_SORT_CODE = regex.compile(r"(?<![\w.,/+:-])\d{2}(?P<s>[ -])\d{2}(?P=s)\d{2}(?![\w/+-]|[.,:]\d)")
# a sort code followed by an account number on the same line: bank details without labels
_SORT_THEN_ACCOUNT = regex.compile(r"[ ,;]{1,3}(?:\D{0,24}?[ ])?(?P<account>\d{8})(?![\w/+-]|[.,:]\d)")
ACCOUNT_WORDS = ContextWords(
    [
        "account",
        "accounts",
        "acct",
        "acc no",
        "a/c",
        "account no",
        "customer number",
        "customer no",
        "member number",
        "membership number",
        "policy number",
        "bank details",
    ]
)
SORT_CODE_WORDS = ContextWords(["sort code", "sort-code", "sortcode", "s/c"])
# a company's or a body's public number captioned right before it on its line: no account, even
# under a "Bank details" heading on the row above (a customer record's "Company" and "Bank
# details" cards side by side: "Company number   <8 digits>")
REGISTER_NUMBER_WORDS = ContextWords(
    [
        "company number",
        "company no",
        "company reg",
        "company registration number",
        "registration number",
        "registered number",
        "reg no",
        "crn",
        "charity number",
        "registered charity",
        "sra number",
        "vat number",
        "vat no",
        "vat reg no",
    ]
)
# a path's or a URL's token ("/account/reset/sent", "https://<site>/account"): its words are no
# label of the number after it (an access log's "GET /account/reset/sent HTTP/1.1" 200 5120)
_PATH_TOKEN = regex.compile(r"[^\s\"'()\[\]]*/[^\s\"'()\[\]]*")
_PATH_MIN_CHARS = 5  # "a/c", "s/c" are account words


def _account_word_before(text: str, start: int) -> bool:
    """Whether an account word stands before `start` (ACCOUNT_WORDS), not counting the words of
    whole path or URL tokens before the number's own."""
    if not ACCOUNT_WORDS.before(text, start):
        return False
    line_start = text.rfind("\n", 0, start)
    above = text.rfind("\n", 0, line_start) + 1 if line_start > 0 else 0
    own = max(text.rfind(" ", above, start), text.rfind("\n", above, start))  # the number's token starts after
    if own <= above:
        return True

    def blank(m: regex.Match[str]) -> str:
        return " " * len(m.group()) if len(m.group()) >= _PATH_MIN_CHARS else m.group()

    head = _PATH_TOKEN.sub(blank, text[above:own])
    return ACCOUNT_WORDS.before(text[:above] + head + text[own:], start)


class BankAccountRecognizer(CodeRecognizer):
    """Account numbers (6-17 digits) after an account word, and UK sort codes (12-34-56)
    after "sort code"; a sort code just before an 8-digit number are both (a payee's bank
    details, a payroll row)."""

    ENTITIES = ("ACCOUNT_NUMBER", "SORT_CODE")
    SCORE = 0.8

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:  # noqa: D102 - Presidio's docs
        found = []
        if "ACCOUNT_NUMBER" in entities:
            for m in _ACCOUNT.finditer(text):
                digits = sum(ch.isdigit() for ch in m.group("n"))
                if digits in _ACCOUNT_DIGITS and _account_word_before(text, m.start()):
                    if REGISTER_NUMBER_WORDS.before(text, m.start(), words=REGISTER_CAPTION_WORDS, above=0):
                        continue  # "Company number <n>": a public register's number
                    found.append(self.result("ACCOUNT_NUMBER", m.start("n"), m.end("n"), self.SCORE))
            for m in _GLUED_ACCOUNT.finditer(text):
                if _account_word_before(text, m.start()):
                    found.append(self.result("ACCOUNT_NUMBER", m.start("n"), m.end("n"), self.SCORE))
        for m in _SORT_CODE.finditer(text):
            line_end = text.find("\n", m.end())
            beside = _SORT_THEN_ACCOUNT.match(text, m.end(), len(text) if line_end < 0 else line_end)
            if "SORT_CODE" in entities and (beside or SORT_CODE_WORDS.before(text, m.start())):
                found.append(self.result("SORT_CODE", m.start(), m.end(), self.SCORE))
            if "ACCOUNT_NUMBER" in entities and beside:
                found.append(self.result("ACCOUNT_NUMBER", beside.start("account"), beside.end("account"), self.SCORE))
        return found
