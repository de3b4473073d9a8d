"""Whether a table cell holds a value of its column's type: shared by the grid finder (cells cut
by x position, tables.py) and the delimited-text finder (fields cut by a delimiter, delimited.py).
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from pipeline.detection.structure.people import COMMON_WORD_ZIPF
from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, Vocabulary, phrase_key
from pipeline.detection.text import LayoutText, SpanFinding

RECOGNIZER = "structure/table"
SCORE = 0.85
_EMPTY_CELLS = frozenset({"-", "--", "—", "n/a", "na", "none", "null", "unknown", "?"})
# Placeholder cells and cells shaped like no value of their column's type are left alone: a
# "Name" cell reading "—" is not a person, a "Date of birth" cell without a digit is no date.
NEEDS_DIGIT = frozenset(
    {
        "DATE_OF_BIRTH",
        "UK_NINO",
        "US_SSN",
        "NATIONAL_ID",
        "ACCOUNT_NUMBER",
        "SORT_CODE",
        "IBAN_CODE",
        "CREDIT_CARD",
        "PHONE_NUMBER",
        "IP_ADDRESS",
        "ZIP_CODE",
    }
)
# of these, a bare number of MAX_BARE_INDEX_DIGITS digits or fewer is none (a postcode may be
# three digits: Iceland's, the Faroes')
SHORT_NUMBERS_NONE = NEEDS_DIGIT - {"ZIP_CODE"}
MAX_BARE_INDEX_DIGITS = 3
_NEEDS_LETTER = frozenset({"PERSON", "LOCATION", "USERNAME"})
_PLACE_PARTICLES = frozenset({"upon", "under", "over", "next", "with", "sur", "sous", "auf", "bei", "dans"})
_NOT_IN_PLACES = frozenset("()$|@[]{}<>=")
MAX_ZIP_CHARS = 10  # "90210-1234", "SW1A 1AA"
# A postcode writes a run of letters this long in capitals only ("VLT 1117", "FIQQ 1ZZ", "C1425DKA"):
# one holding two small letters that no digit is misread as (a digit read "l", "o", "i", "s", "z":
# "Y024 lHT") is a host name ("<host>-02"), a clock's month ("06-Dec-26") or a word, no postcode
ZIP_LETTER_RUN = 3
_LETTER_RUN = re.compile(rf"[A-Za-z]{{{ZIP_LETTER_RUN},}}")
_DIGIT_LOOKALIKES = frozenset("loisz")
MIN_PHONE_DIGITS = 7  # local numbers without their area code have seven
MAX_GLYPH_CHARS = 3  # a checkbox or an icon read as a word before a row's first cell ("i)", "CL)")
_PARTICLES = frozenset({"della", "delle", "dello", "degli", "bint", "binti"})  # "Luca della Robbia"
_CAPITAL_I_AS_L = re.compile(r"l[a-z]{1,12}")  # a given name whose capital I OCR read as l ("lsla")
# a given name whose capital is drawn as its small letter larger, read small in scaled text
# ("chloe <Last>" in a page source's name cell at 66 %)
_CAPITAL_READ_SMALL = re.compile(r"[cosvwxz][a-z]{2,12}")
# OCR of a scaled-down terminal leaves a gap at a dot ("first. last..."): the parts of one token
_DOT_GAP = re.compile(r"\s*\.\s*")
_DOMAIN_LETTERS = re.compile(r"\.[A-Za-z]{2,}\W*$")  # "first.lastgmail.com": a letter domain at its end
_SEPARATOR_GAP = re.compile(r"\s*[._-]\s*")
_DOMAIN_END = re.compile(r"[a-z0-9]\.[a-z]{2,24}$")  # a lower-case top-level domain closes the token
# an address's characters in small letters: a piece of an address that OCR split inside its letters
_ADDRESS_PIECE = re.compile(r"[a-z0-9._%+-]+")
# a date has no currency or percent sign; two numbers parted by a dot, a slash or a dash are a
# date only where one is a month or a year ("03/1971"), not an amount ("262.00", "480.33")
_NOT_IN_DATES = frozenset("£$€¥%")
_TWO_NUMBERS = re.compile(r"(\d+)\s?[./-]\s?(\d+)")
# a word of 4 letters or more that starts lower-case (OCR may read one of its letters as a capital)
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][A-Za-z]{3,}(?![A-Za-z])")
# a word of letters holding a small one ("Next", "of", "Weekdays"), no word of capitals alone
_LOWER_LETTERS = re.compile(r"[^\W\d_]*[a-z][^\W\d_]*")
_MONTH_SHORT = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
_MONTH_WORDS = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november"}
    | {"december", "sept"}
)
# a postcode's outward code whose S small type read as "$" ("S4 7QX" as "$4 7QX" at 75 %): in a
# postcode column no amount of money, and without it the inward code alone was masked
_S_AS_DOLLAR = re.compile(r"\$[0-9][0-9A-Z]?[ ]{1,2}[0-9][A-Z]{2}")
# a UK postcode whose digits small type read as their lookalike capitals or lost ("<AA>0 0<AA>"
# as "<AA> O<AA>" in vim at 66 %): the outward code's letters (its digit, or O/I/S/Z/B, may be
# gone) and the inward code's; no digit left, it was no postcode, and in its column it stayed
# readable. A placeholder of that shape ("NOT SET") is masked with them: fail closed
_POSTCODE_AS_LETTERS = re.compile(r"[A-Z]{1,2}[0-9OISZB]?[0-9A-Z]?[ ]{1,2}[0-9OISZB][A-Z]{2}")
# an amount of money or a share: a currency sign and a number in thousands' groups, or a percentage
_DECIMAL = re.compile(r"\d+\.\d+")
_AMOUNT = re.compile(
    r"[£$€¥]\s?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?(?!\d)|[£$€¥]\s?\d+(?:\.\d{1,2})?(?![\d,])|\d+(?:\.\d+)?\s?%"
    # a number in thousands' groups without its sign ("1,250.00", "3,400,000"): no identifier, card,
    # phone number, postcode or date writes a comma between groups of three digits
    r"|(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d,])"
)


def cell_finding(
    lt: LayoutText, start: int, end: int, entity: str, vocabulary: Vocabulary, *, delimited: bool = False
) -> SpanFinding | None:
    """The finding for the cell text [start, end) of a column typed `entity`, or None when the
    cell is empty, a header word, or shaped like no value of that type. `delimited`: a field of
    a row cut at its table's delimiter into the header's field count (cell_shape_ok)."""
    raw = lt.text[start:end]
    if entity in _NEEDS_LETTER and _unbalanced(raw):
        return None  # half of a bracketed phrase run on under a table ("rows)" of psql's "(2 rows)")
    value = raw.strip(EDGE_PUNCTUATION)
    if not any(ch.isalnum() for ch in value) or value.lower() in _EMPTY_CELLS:
        return None  # a rule ("-----+-----" under a psql header) or a placeholder
    if vocabulary.is_header(phrase_key(value.split())):
        return None
    postcode_read_as_letters = entity == "ZIP_CODE" and _POSTCODE_AS_LETTERS.fullmatch(value) is not None
    if entity in NEEDS_DIGIT and not any(ch.isdigit() for ch in value) and not postcode_read_as_letters:
        return None
    if entity in _NEEDS_LETTER and not any(ch.isalpha() for ch in value):
        return None
    if not cell_shape_ok(entity, value, delimited=delimited):
        return None
    if entity in NEEDS_DIGIT and not (
        entity == "ZIP_CODE" and (_S_AS_DOLLAR.fullmatch(value) or postcode_read_as_letters)
    ):
        start, end = _without_amounts(lt.text, start, end)
        if _no_number_inside_words(lt.text[start:end], entity):
            return None
    return SpanFinding(start, end, entity, SCORE, RECOGNIZER)


def _no_number_inside_words(cell: str, entity: str) -> bool:
    """Whether a number column's cell holds no number once the words of letters at its ends
    are set aside: on a form laid out as a grid of captions over values, read as a table, a
    number column takes what lines up under its caption, a section's heading with its badge's
    icon read as a digit ("<Heading> Locked 9") or a street line under a date of birth's caption
    ("27 <Street> <Type>"). Two words or more, one capitalised, are set aside: a day beside a
    month's name that the English list lacks ("17 Mai", "4 de junio") stays a date. A cell where
    a value is left keeps its words masked with it: they may be the next column's value read
    into the cell (a narrow date of birth column and the town beside it, "<date> <Town>")."""
    words = cell.split()
    aside: list[str] = []
    while words and _letter_word(words[0]):
        aside.append(words.pop(0))
    while words and _letter_word(words[-1]):
        aside.append(words.pop())
    if len(aside) < 2 or not any(w[:1].isupper() for w in aside):
        return False
    core = " ".join(words)
    return core.isdigit() and len(core) <= MAX_BARE_INDEX_DIGITS and entity in SHORT_NUMBERS_NONE


def _letter_word(word: str) -> bool:
    bare = word.strip(EDGE_PUNCTUATION)
    return _LOWER_LETTERS.fullmatch(bare) is not None and bare.lower() not in _MONTH_WORDS | _MONTH_SHORT


def _without_amounts(text: str, start: int, end: int) -> tuple[int, int]:
    """The cell [start, end) of a number column without a whole word at either end that is an
    amount of money (_AMOUNT): the next column's salary or balance that OCR read as one cell with
    the value ("<salary> <sort code>" of a payroll grid scrolled or redrawn). The amount is no
    part of the value and is not boxed nor remembered; cell_shape_ok has refused a cell that holds
    nothing else."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    while len(words) > 1 and is_amount(text[words[0][0] : words[0][1]]):
        words.pop(0)
    while len(words) > 1 and is_amount(text[words[-1][0] : words[-1][1]]):
        words.pop()
    return (words[0][0], words[-1][1]) if words else (start, end)


def is_amount(word: str) -> bool:
    """Whether a word is an amount of money or a share as a whole ("£1,250.00", "3,400", "12%")."""
    return _AMOUNT.fullmatch(word.strip(",;:()")) is not None


def _unbalanced(raw: str) -> bool:
    """Whether a cell holds a bracket without its pair. A row's checkbox or icon before its first
    cell, read as a short word with a bracket ("i)", "CL)" before a user name), is not counted."""
    first, _, rest = raw.strip().partition(" ")
    if rest and len(first) <= MAX_GLYPH_CHARS and first.count("(") != first.count(")"):
        raw = rest
    return raw.count("(") != raw.count(")")


def cell_shape_ok(entity: str, value: str, *, delimited: bool = False) -> bool:
    """Whether a cell could hold a value of its column's type at all. The rows under a header
    run on to whatever lines up below the grid (a status bar, a taskbar): a name has no number
    ("25 customers"), no key's caption ("F3=Exit", "4=Delete" under a green screen's
    "Position to surname") and no lower-case word ("Type here to search", "Call notes"; particles
    such as "van der" are short), nor has a place, nor brackets or symbols; an e-mail address
    has its "@" or, one token, a domain's dot (a town under an "Email" column of a form read as
    a grid has neither); a phone number has seven digits or more (a ZIP code, "Size 10").

    Read in a terminal scaled down (7 px letters), OCR takes a small "@" for a letter and leaves
    a gap after a dot, and reads a capital as its small letter: "first. lastgmail.com",
    "Anna smith" (terminal_user at 66 %: a CSV row's e-mail and a name stayed readable).
    An e-mail cell whose parts joined at their dots make one token ending in a lower-case
    domain is one ("St. Ives" is not: its last part is capitalised). A `delimited` field (its
    row cut at the table's delimiter into as many fields as the header: no status bar runs on
    under it) is a name with one lower-case word after a capitalised one."""
    tokens = value.split()
    if entity in NEEDS_DIGIT and _AMOUNT.search(value) and not any(ch.isdigit() for ch in _AMOUNT.sub("", value)):
        # an amount and words ("£29,000 per year"), all its digits the amount's: no number of a
        # person's. A card of captions and values beside a remembered grid ("Salary  £29,000 per
        # year" under its "Passport no." column); a salary glued to an account number is still one
        return False
    if entity == "PERSON":
        if len(tokens) > 1 and _CAPITAL_I_AS_L.fullmatch(tokens[0]) and tokens[1][:1].isupper():
            # OCR reads a given name's capital I as a small l before a capitalised surname
            # ("lolo <Last>", "lsla <Last>" in a contact column): the name's own capital
            tokens = ["I" + tokens[0][1:], *tokens[1:]]
        elif delimited and len(tokens) > 1 and _CAPITAL_READ_SMALL.fullmatch(tokens[0]) and tokens[1][:1].isupper():
            tokens = [tokens[0].capitalize(), *tokens[1:]]  # ("chloe <Last>": its C read small)
        lower = [t for t in tokens if t.isalpha() and t.islower() and len(t) >= 4 and t not in _PARTICLES]
        capitalised = any(t[:1].isupper() for t in tokens)
        allowed = 1 if delimited and tokens[0][:1].isupper() else 0  # a surname read in small letters
        if any(t.isdigit() or "=" in t for t in tokens):
            return False  # a count, or a key's caption ("F3=Exit", "4=Delete" on a green screen)
        return len(lower) < (1 if capitalised else 2) + allowed
    if entity == "LOCATION":
        # a place is capitalised words and joiners ("Newcastle upon Tyne", "Denver, CO"); the
        # next field's label ("Delivery method") or a select box ("Standard shipping (5-7") is not
        lower = [t for t in tokens if t.isalpha() and t.islower() and len(t) >= 4 and t not in _PLACE_PARTICLES]
        capitalised = any(t[:1].isupper() for t in tokens)
        return not any(ch in value for ch in _NOT_IN_PLACES) and len(lower) < (1 if capitalised else 2)
    if entity == "EMAIL_ADDRESS":
        if "@" in value or (len(tokens) == 1 and "." in value and _DOMAIN_LETTERS.search(value)):
            # one token with a dot is an address whose "@" OCR lost only if it ends in a domain's
            # letters: an amount ("£1,250.00") or a version under a remembered Email column is none
            return True
        joined = _DOT_GAP.sub(".", value)
        return bool(_DOMAIN_END.search(joined)) and (" " not in joined or _split_address(joined))
    if entity in SHORT_NUMBERS_NONE and value.isdigit() and len(value) <= MAX_BARE_INDEX_DIGITS:
        # a bare number of three digits or fewer is no account, sort code, card, id or date: a
        # frame's index ("0".."4" of pandas) or a list's row number read alone under the column
        return False
    if entity == "PHONE_NUMBER":
        return sum(ch.isdigit() for ch in value) >= MIN_PHONE_DIGITS
    if entity == "ZIP_CODE":
        # "LS6 2AB", "80331", "K1A 0B1", "90210-1234": a word or two of digits and capitals; a
        # status bar's "12 customers", a date or a decimal number (a balance of the frame's next
        # block under the column: "120.50") is none
        return (
            len(tokens) <= 2
            and not _DECIMAL.fullmatch(value)
            and len(value) <= MAX_ZIP_CHARS
            and not any(t.isalpha() and t.islower() for t in tokens)
            and not any(
                sum(ch.islower() and ch not in _DIGIT_LOOKALIKES for ch in run) >= 2
                for run in _LETTER_RUN.findall(value)
            )
        )
    if entity == "USERNAME":
        return _username_shape(value)
    if entity == "DATE_OF_BIRTH":
        return _date_shape(value)
    return True


def _split_address(joined: str) -> bool:
    """Whether a cell of two pieces is one e-mail address that OCR split inside its letters, its
    "@" read as a letter (tmux_panes at 75 %: "<5 letters> <local part's rest><letter><domain>.
    <tld>" in a `column -t` table's email column): two pieces of an address's characters in
    small letters, the first no common English word (a command and its file under the column,
    "less sync.log", "see notes.pending", is no address)."""
    pieces = joined.split()
    return (
        len(pieces) == 2
        and all(_ADDRESS_PIECE.fullmatch(p) for p in pieces)
        and zipf_frequency(pieces[0], "en") < COMMON_WORD_ZIPF
    )


def _date_shape(value: str) -> bool:
    """Whether a cell could hold a date of birth: no amount. Another table of the page (a pension's
    contributions, "£218.33  £262.00") whose columns line up by chance with a remembered table's
    "Date of birth" column had its amounts typed, masked and remembered as dates of birth."""
    if any(ch in _NOT_IN_DATES for ch in value):
        return False
    if sum(w.lower() not in _MONTH_WORDS for w in _LOWER_WORD.findall(value)) >= 2:
        # words of a phrase ("7B test certificate": another table's cell, its 'TB' misread); one
        # is a month in another language ("14 mars 1987", "14 de marzo de 1987")
        return False
    two = _TWO_NUMBERS.fullmatch(value.strip())
    return two is None or any(len(g) == 4 or 1 <= int(g) <= 12 for g in two.groups())


def _username_shape(value: str) -> bool:
    """Whether a cell could hold a user name: one token ("j.harlow", "hutchins27"; OCR's gap
    at a dot or an underscore closed), or an account named like a person ("Maria Lopez"), with
    no lower-case word of a sentence. A dialog drawn over a user table puts its prose and its
    captions in the Username column ("Temporary password", "asked to change"): no user names."""
    tokens = _SEPARATOR_GAP.sub(lambda m: m.group().strip(), value).split()
    if len(tokens) <= 1:
        return True
    return not any(t.isalpha() and t.islower() and len(t) >= 4 and t not in _PARTICLES for t in tokens)
