"""The values the analysis found in one recording, so that the verification gate can find what is
left of them in the redacted output.

A window over part of a card number leaves "5149 12" on screen: no recognizer takes six digits
for a card, yet they are a piece of the number the analysis found whole at 00:06.1. The analysis
keeps each value it found (normalised: lower case, letters, digits and "@"; the first time it
was seen), and the gate looks for pieces of them among the words of the frames it reads:

- a value mostly of digits (card, phone, IBAN, IP, SSN): any run of whole words that spells at
  least `DIGITS_PIECE` of its characters in a row ("5149 12", "(203)353-"). Four digits alone
  are not enough: receipts print a card's last four in clear, and years and PINs are four too.
  A piece of digits alone (of any value) must also be long enough that a number of its length
  is unlikely to spell a piece of some value of the recording by chance (`_digits_least`): a
  sheet of ninety IBANs, account numbers and sort codes holds about a thousand different runs
  of five digits, so one number of five digits in a hundred (a salary cut by the sheet's edge)
  spells one: there a piece needs seven digits (a card's last eight, an IBAN's digit half still
  count), while beside one card number five still do. A date's piece must be written as a
  date (with "/", "-", "." or a month's name): five of its eight digits are any amount's or
  id's; and no piece is written as an amount ("$45,590"): a grid's money column holds five
  digits in a row of some phone number of the grid. A piece of a number's type (card, account,
  phone: `NUMBER_ENTITIES`) holds a digit, whatever words the analysis read into the value
  ("<Room type> 2 nights" typed an account number: "<Room type>" is on every row of a list);
- a person's full name: any one of its words of at least four letters (three-letter capitalised
  words are a screen's months and days: "Mar 14"), as a whole word written with a capital (a
  lower-case "cooper" in a path is not the name), and no dictionary word ("Park"); of a name
  that is written as none (a window's title over a name column, "<document> - <application>";
  one word the lexicon knows as no name), no piece at all. A name seen as one token, its words
  joined by a file name's "_" or "." ("CV <Last>_<First>.docx", "<first>.<last>.pdf": the
  analysis's file-name finder), is looked for whole inside a word too, between separators, in
  any case (OCR reads "<Last>_<First>.docx" in lower case; such names are written in lower
  case as often): no run of whole words spells it, and a file name is where it was found;
- anything else (e-mail, secret, password, address): a run of whole words that spells at least
  half of it (`OTHER_PIECE_MIN` to `OTHER_PIECE_MAX` characters); of a URL, a piece that reaches
  past its host: the host is the site's name, which the site prints as its brand ("Heather and
  Holt" on heatherandholt.co.uk), and the analysis read that brand and left it readable; that
  holds some of the host too: the path without it names no site visited, and the page prints it
  as its own title (a REST client's tab "<App> - customers/4821"; a personal value in a path,
  an e-mail or a name, the detector finds there on its own); and shown with a "/", "?", "=",
  "&" or "#": one path segment alone is the page's own title; of an address with a query, a
  piece that reaches a parameter's value: its path and the first parameter's name are every
  visit's ("/account/reset?email=" on each line of an access log, the visitor's address after
  it). Of an
  e-mail address, likewise, a piece that holds some of the part before "@": its domain alone is
  the organisation's name, which its pages and a chat's channel title print ("Harbourview
  Clinic" of nurse.ali@harbourviewclinic.org); a line of an address wrapped over two lines,
  kept without its "@" (the domain's line: "dental.co.uk"), counts only whole. So too of a login
  seen with its host
  ("jdoe@billing-prod-02", a shell prompt's): the host is the machine's name, which QA keeps;
  and a login read over the text around it in a scrolling frame (two reads of a CRM grid's row,
  the company's name among them) must not make that text a piece of it.

Names and places are what the analysis is least sure of (NER, a column's type, the value memory
re-finding them): the gate uses such a value, or a piece of it, only where it holds a word that
can be a name or a place: at least `NAME_WORD` letters and no ordinary word (`is_common`: the
detector's lexicon's `is_ordinary`, a dictionary word that is no known name or place, so that
"Reading" stays a place). "Delivery", "Shipping", "billing" typed LOCATION/PERSON by a misread
form or label are the analysis's own false positives, and would otherwise block every frame that
shows them unmasked. A person's name must also be written as one ("De Mar", "NeMar": OCR of a
date beside a blur, which the analysis took for a name, are none).

The values live in memory only, for one recording, and are never written anywhere (plans,
records, logs and exceptions hold types, times and boxes, never text); `repr` shows a count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from pipeline.core.text import normalise, normalise_with_offsets
from pipeline.core.types import Box, OcrWord

DIGITS_PIECE = 5
# A piece of digits alone counts only from the length at which fewer than this share of all
# numbers of that length spell a piece of one of the recording's values (`_digits_least`)
DIGITS_CHANCE = 1e-3
OTHER_PIECE_MIN = 6
OTHER_PIECE_MAX = 12
NAME_WORD = 4  # letters of the shortest word of a name or place that counts alone
# letters of the rest of a name's or place's word that a mask cut short leaves readable
# (`SeenValues.cut_piece`): "<...>lacourt" beside a blur; a dictionary word is none ("court")
CUT_PIECE_MIN = 5
NAME_ENTITIES = frozenset({"PERSON"})
UNSURE_ENTITIES = frozenset({"PERSON", "LOCATION"})  # used only where they hold a meaningful word
_WORD = re.compile(r"[^\W\d_]+")
# a URL's text that starts with its scheme's slashes and a host (labels parted by dots, a
# top-level domain of letters last) before its path: `_through_host`
_HOST_AFTER_SLASHES = re.compile(r"\s*/{1,2}(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?=[/?#:\s]|$)", re.I)
_DIGIT_RUN = re.compile(r"\d+")
_URL_JOINERS = frozenset("/?=&#")
DATE_ENTITIES = frozenset({"DATE_OF_BIRTH"})
# Numbers: a piece of one holds a digit, whatever else the analysis read into the value
NUMBER_ENTITIES = frozenset(
    {"CREDIT_CARD", "IBAN_CODE", "ACCOUNT_NUMBER", "SORT_CODE", "US_BANK_NUMBER", "US_SSN", "PHONE_NUMBER"}
)
_DATE_JOINERS = frozenset("/-.")
_CURRENCY = frozenset("$£€¥₹")  # a number written with one is an amount, whatever its digits
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|O['’])")
# values whose part after "@" is a host or domain, which its owner's organisation or machine is
# named by: a piece of one must hold some of the login before the "@"
LOGIN_ENTITIES = frozenset({"EMAIL_ADDRESS", "USERNAME"})
# logins whose piece made only of dictionary words is no piece: the word is a group's or a
# product's as often (an IAM console's "Deploy" group beside the masked "ci-deploy" user)
LOGIN_PIECE_ENTITIES = frozenset({"USERNAME"})
# A code's value as the analysis kept it may hold the words of its sentence, which OCR glued to it
# in small type ("the code is <digits>#"): words alone, no digit of it, are the sentence's
CODE_PIECE_ENTITIES = frozenset({"PASSWORD", "SECRET"})
# The words that caption a credential: a value seen holding one (a caption OCR glued to its value,
# "password_hash: <hash>" read as "password hash:") makes no piece of it where the caption shows
# again ("Enter password:", another table's "password_hash" header)
CREDENTIAL_CAPTION_WORDS = frozenset(
    {"password", "passwords", "passwd", "passwort", "passcode", "passphrase", "pwd", "pin", "token"}
    | {"secret", "key", "hash", "api", "access", "auth", "bearer", "enter", "your", "new", "old"}
)
# Prose masked whole: an e-mail body's lines (detection/structure/mail.py), a history list's
# visits (structure/history.py). Their pieces ("the second floor") are everyday words, and the
# mail list's snippet of the same message repeats its first words: a line is looked for whole
# only (a body line left readable still is one).
PROSE_ENTITIES = frozenset({"EMAIL_BODY", "BROWSING_HISTORY"})
# An identifier in such a line (a visit's "Track your parcel <JD + 16 digits> | DPD", an order
# number in a message) is looked for alone too, whole: a word of letters and digits only, with at
# least this many digits (a date or a time holds separators; an amount is too short)
PROSE_ID_DIGITS = 8
# Document numbers mix letters and digits ("MORGA753116SM9IJ", "L01X00T47") but hold digits: a
# piece of one, like a structural field of one (redact/verify.py), shows at least this many (a
# licence's categories "AM/A/B1/B/f/k", zoomed where the number was, are none)
ID_ENTITIES = frozenset({"NATIONAL_ID"})
ID_MIN_DIGITS = 3
# A name written as one token, two or more words joined by these (a file name's "<Last>_<First>",
# a computer's named after its user, "DESKTOP-<SURNAME>")
_JOINED_NAME = re.compile(r"[^\W\d_]+(?:[-_.][^\W\d_]+)+")
_EDGE_PUNCTUATION = ".,;:!?\"'()[]{}|"
# Numbers of a fixed written shape: a UK sort code is three groups of two digits ("40-12-77",
# "40 12 77", "401277"). The analysis keeps the text under a finding's box, which may hold a
# neighbouring cell's digits ("£56,000 40-12-77": the salary left of a sheet's sort-code column)
# or be another cell typed by the column ("£56,000" alone); only the runs of that shape are the
# value, and each is looked for whole: a piece of five of its six digits is no group of it
SHAPED_NUMBERS = {
    "SORT_CODE": re.compile(r"(?<!\d)(?<!\d[,.])\d{2}[ ]?[-–.]?[ ]?\d{2}[ ]?[-–.]?[ ]?\d{2}(?!\d)(?![,.]\d)")
}


@dataclass(frozen=True, slots=True)
class Piece:
    """Words [start, end) of a line that spell a piece of a value seen in the recording."""

    start: int
    end: int
    entity_type: str
    seen_s: float  # when the analysis first found the whole value
    whole: bool  # the words spell all of it
    chars: tuple[int, int] | None = None  # of one word, the characters [a, b) that spell it


@dataclass(frozen=True, slots=True)
class _Value:
    key: str
    entity_type: str
    seen_s: float
    fixed: int = 0  # a piece must reach past this many characters of the key (a URL's host)
    last_start: int | None = None  # a piece must start at or before this character (an e-mail's "@")
    words: tuple[str, ...] = ()  # of a name or place, as written (for `_meaningful`)
    joined: bool = False  # a name seen as one token, its words joined by "_" or "." (a file name's)


class SeenValues:
    """The recording's values, by normalised text, with the time each was first found."""

    def __init__(self) -> None:
        self._values: dict[str, _Value] = {}
        self._pieces: dict[str, _Value] | None = None  # piece -> the value, built when first asked
        self._longest = 0  # characters of the longest value
        self._digits_least = DIGITS_PIECE  # digits of the shortest piece of digits alone
        self._name_words: dict[str, _Value] = {}

    def __repr__(self) -> str:  # never show the values
        return f"SeenValues({len(self._values)} values)"

    def __len__(self) -> int:
        return len(self._values)

    def add(self, entity_type: str, text: str, seen_s: float) -> None:
        shape = SHAPED_NUMBERS.get(entity_type)
        if shape is not None:
            for match in shape.finditer(text):
                self._add_whole(entity_type, match.group(), seen_s)
            return
        key = normalise(text)
        if len(key) < DIGITS_PIECE:
            return
        known = self._values.get(key)
        if known is not None and known.seen_s <= seen_s:
            return
        fixed = len(normalise(_through_host(text))) if entity_type == "URL" else 0
        domain, backslash, login = text.strip().rpartition("\\")
        if entity_type in LOGIN_ENTITIES and backslash and normalise(login):
            # a Windows login with its domain ("<DOMAIN>\\<login>", tasklist's User Name): a piece
            # reaches past the domain, which every account and group of it shows ("<DOMAIN>\\Domain
            # Admins", the domain's part of a masked login in a group's member list)
            fixed = len(normalise(domain))
        words = tuple(text.split()) if entity_type in UNSURE_ENTITIES else ()
        at = key.find("@") if entity_type in LOGIN_ENTITIES else -1
        last_start = at if at >= 0 else None
        if entity_type == "URL" and 0 < fixed < len(key):
            # a piece holds some of the site too: a path without its host is the page's own
            # text (a tab's title "<App> - customers/4821", a breadcrumb), not the address visited
            last_start = fixed - 1
        if entity_type == "URL":
            # and of an address with a query, some of a parameter's value: the path and the first
            # parameter's name are the site's own, every visit's ("/account/reset?email=" of
            # each request an access log prints; the address in the query is the visitor's)
            fixed = max(fixed, len(normalise(_through_parameter(text))))
        if entity_type in LOGIN_ENTITIES and at >= 0:
            # an address wrapped over two lines of a narrow column and read with its domain's line
            # first ("<domain> <login>@": the analysis keeps the text under a finding's boxes in
            # reading order): the text before the login's word is the domain, the organisation's
            # name that its pages print as their brand; a piece reaches into the login's word
            before = text.strip()[: text.strip().find("@")]
            space = max(before.rfind(" "), before.rfind("\n"))
            if space >= 0:
                fixed = max(fixed, len(normalise(before[:space])))
        if entity_type == "EMAIL_ADDRESS" and at < 0:
            # one line of an address wrapped over two (the analysis keeps the text under each of
            # a finding's boxes): its domain's line is the organisation's name, which the page
            # prints elsewhere ("<brand>-" / "dental.co.uk", and "<Brand> Dental" in a title);
            # without the "@" no piece can be told to hold some of the login: the line whole only
            last_start = -1
        if entity_type in PROSE_ENTITIES:
            last_start = -1  # the line whole only
            self._add_identifiers(entity_type, text, seen_s)
        joined = entity_type in NAME_ENTITIES and _JOINED_NAME.fullmatch(text.strip(_EDGE_PUNCTUATION)) is not None
        if joined:
            words = tuple(_WORD.findall(text))
        value = _Value(key, entity_type, seen_s, fixed, last_start, words, joined)
        self._values[key] = value
        self._pieces = None
        names = _WORD.findall(text)
        if entity_type in NAME_ENTITIES and len(names) >= 2:
            for word in names:
                name = normalise(word)  # as the words of a frame are compared
                if len(name) >= NAME_WORD and word[0].isupper():
                    held = self._name_words.get(name)
                    if held is None or held.seen_s > seen_s:
                        self._name_words[name] = value

    def _add_whole(self, entity_type: str, text: str, seen_s: float) -> None:
        """`text` as a value looked for whole only (`SHAPED_NUMBERS`)."""
        key = normalise(text)
        known = self._values.get(key)
        if len(key) >= DIGITS_PIECE and (known is None or known.seen_s > seen_s):
            self._values[key] = _Value(key, entity_type, seen_s, last_start=-1)
            self._pieces = None

    def _add_identifiers(self, entity_type: str, text: str, seen_s: float) -> None:
        """The identifiers of a prose line (`PROSE_ID_DIGITS`), each a value of its own, whole
        only: the line as the analysis read it may hold a piece of a word its box cut or a
        misread, and the row shown again unmasked (a history list's visit whose box was lost)
        would no longer spell it whole, while its tracking or order number still does."""
        for word in text.split():
            word = word.strip(_EDGE_PUNCTUATION + "#")
            key = normalise(word)
            if word.isalnum() and key == word.lower() and sum(ch.isdigit() for ch in key) >= PROSE_ID_DIGITS:
                known = self._values.get(key)
                if known is None or known.seen_s > seen_s:
                    self._values[key] = _Value(key, entity_type, seen_s, last_start=-1)
                    self._pieces = None

    def find(
        self,
        words: Sequence[str],
        is_common: Callable[[str], bool] | None = None,
        is_name: Callable[[str], bool] | None = None,
        names_person: Callable[[Sequence[str], int], bool] | None = None,
        rejects: Callable[[list[str], str], str | None] | None = None,
        at_s: float | None = None,
    ) -> list[Piece]:
        """The longest runs of whole `words` (a line's, left to right) that spell a piece of a
        value, each word in at most one run. `is_common(word)`: a dictionary word that is no
        name (None: no name or place is used, but where written as one; see the module);
        `is_name(word)`: a known first name or surname (None: a name of one word is used as any);
        `names_person(words, i)`: whether word i, one word of a full name alone, stands as the
        person's name there (the analysis's rule, detection/name_parts.py: "Grace period" does
        not; None: wherever written with a capital); `rejects(tokens, entity_type)`: why the
        analysis's precision rules drop these words as a name or place (names.py's
        `ner_reject_reason`; None: kept), asked of a name's or place's piece as shown. `at_s`: the
        time of the words shown (None: unknown): a person's name of one word that the lexicon
        does not know is a piece only from the time the analysis saw it (`_meaningful`)."""
        if not self._values:
            return []
        pieces = self._piece_index()
        keys = [normalise(w) for w in words]
        found: list[Piece] = []
        i = 0
        while i < len(keys):
            best: Piece | None = None
            dropped = 0  # the end of a run that spells a piece but that the analysis drops as a name
            text = ""
            for j in range(i, len(keys)):
                text += keys[j]
                if len(text) > self._longest:
                    break
                value = pieces.get(text)
                if value is None or not (keys[j] and keys[i]):
                    continue
                if text != value.key and len(text) < self._digits_least and text.isdigit():
                    continue  # a number as short as many of the values' runs of digits: chance
                if _meaningful(value, words[i : j + 1], is_common, is_name, rejects, at_s):
                    best = Piece(i, j + 1, value.entity_type, value.seen_s, text == value.key)
                elif rejects is not None and _meaningful(value, words[i : j + 1], is_common, is_name, None, at_s):
                    dropped = j + 1
            if best is None and dropped:
                i = dropped  # nor is a word of it alone a piece ("<Brand>" of "<Brand> Outdoor Supply")
                continue
            if (
                best is None
                and keys[i] in self._name_words
                and words[i][:1].isupper()
                and (names_person is None or names_person(words, i))
            ):
                value = self._name_words[keys[i]]
                if _meaningful(value, words[i : i + 1], is_common, is_name, rejects, at_s):
                    best = Piece(i, i + 1, value.entity_type, value.seen_s, keys[i] == value.key)
            if best is None:
                best = self._inside(words[i], i, is_common)
            if best is None:
                i += 1
            else:
                found.append(best)
                i = best.end
        return found

    def cut_piece(
        self,
        word: str,
        index: int,
        hidden_before: bool,
        is_common: Callable[[str], bool] | None = None,
        at_s: float | None = None,
    ) -> Piece | None:
        """A word of a frame that a mask cuts, its letters before it (`hidden_before`) or after
        it hidden, that is the rest of one word of a name or place the analysis found: its
        tail or its head, of at least `CUT_PIECE_MIN` letters, and no dictionary word. A box cut
        short over "<First> <Surname>" leaves "<...>rname" readable, which no run of whole words
        spells; a reader still reads the surname. OCR may read the blur's edge as a letter or a
        bracket glued to the rest ("[ellacourt"): one character at the cut side may be dropped.
        Other values' pieces are spans of their characters already (`find`)."""
        key = normalise(word)
        rests = [key, key[1:] if hidden_before else key[:-1]]
        for rest in dict.fromkeys(rests):
            if len(rest) < CUT_PIECE_MIN or not rest.isalpha() or (is_common is not None and is_common(rest)):
                continue
            for value in self._values.values():
                if value.entity_type not in UNSURE_ENTITIES or value.joined:
                    continue
                for written in value.words:
                    for name in _WORD.findall(written):
                        whole = normalise(name)
                        ends = whole.endswith(rest) if hidden_before else whole.startswith(rest)
                        if len(whole) <= len(rest) or not ends:
                            continue
                        if _meaningful(value, [name], is_common, None, None, at_s):
                            return Piece(index, index + 1, value.entity_type, value.seen_s, False)
        return None

    def _inside(self, word: str, index: int, is_common: Callable[[str], bool] | None) -> Piece | None:
        """A value written whole inside one longer word, between separators: a shell prompt's
        user ("rmontgomer@billing-prod-02:~$"), or a name seen inside a file name, again in one
        ("<last>_<first>.docx"). The piece's `chars` are the value's characters in the word."""
        key, offsets = normalise_with_offsets(word)
        lowered = word.lower()
        for value in self._values.values():
            if len(value.key) < OTHER_PIECE_MIN or len(value.key) >= len(key):
                continue
            if value.entity_type in UNSURE_ENTITIES and not value.joined:
                continue  # a name inside a word is a path's or an address's, not the name shown
            at = key.find(value.key)
            if at < 0:
                continue
            a, b = offsets[at], offsets[at + len(value.key) - 1]
            before = a == 0 or not lowered[a - 1].isalnum()
            after = b + 1 == len(lowered) or not (lowered[b].isalnum() and lowered[b + 1].isalnum())
            if before and after and _meaningful(value, [word], is_common):
                return Piece(index, index + 1, value.entity_type, value.seen_s, True, (a, b + 1))
        return None

    def _piece_index(self) -> dict[str, _Value]:
        if self._pieces is None:
            index: dict[str, _Value] = {}
            for value in sorted(self._values.values(), key=lambda v: -v.seen_s):  # earliest wins
                for piece in _pieces_of(value.key, value.fixed, value.last_start):
                    index[piece] = value
            self._pieces = index
            self._longest = max(len(k) for k in self._values)
            self._digits_least = _digits_least(self._values)
        return self._pieces


def _meaningful(
    value: _Value,
    piece: Sequence[str],
    is_common: Callable[[str], bool] | None,
    is_name: Callable[[str], bool] | None = None,
    rejects: Callable[[list[str], str], str | None] | None = None,
    at_s: float | None = None,
) -> bool:
    """Whether a piece of `value` shown as the words `piece` may be reported: always but for a
    name or place, which the value and the piece must both name (a word of `NAME_WORD` letters,
    no dictionary word; a person's written as a name, `_name_shaped`), and whose words as shown
    the analysis's precision rules keep as one (`rejects`): a CRM grid's bottom row, read over
    a scroll, typed PERSON with a company's name in it, makes no piece of "<Brand> Outdoor
    Supply" in every row of that company (an organisation's name to the analysis)."""
    if value.entity_type == "URL":
        # a piece shown as a URL: one path segment alone is the page's own text, a title or a
        # heading ("WS-FRONTDESK-02" of rmm.../devices/WS-FRONTDESK-02), as its host is its brand
        whole = "".join(normalise(w) for w in piece) == value.key
        return whole or any(ch in _URL_JOINERS for word in piece for ch in word)
    if value.entity_type in DATE_ENTITIES:
        # a piece of a date written as one: five digits of "14/06/1960" are any number's ("602002",
        # a salary misread in a payroll grid); "14/06/19" or "Jun 1960" are the date's
        whole = "".join(normalise(w) for w in piece) == value.key
        return whole or any(ch in _DATE_JOINERS or ch.isalpha() for word in piece for ch in word)
    if (
        value.entity_type in ID_ENTITIES
        and "".join(normalise(w) for w in piece) != value.key
        and sum(ch.isdigit() for word in piece for ch in word) < ID_MIN_DIGITS
    ):
        return False  # a licence's categories line ("AM/A/B1/B/f/k") under the number's old place
    if (_mostly_digits(value.key) or value.entity_type in NUMBER_ENTITIES) and not any(
        ch.isdigit() for word in piece for ch in word
    ):
        # the words a label's value ran on over ("623824286 - Expires"): no digit of it; a
        # number's type read over the words beside it ("<Room type> 2 nights" typed an account
        # number): its words are a column's, printed on every row of another table
        return False
    if _mostly_digits(value.key) and any(ch in _CURRENCY for word in piece for ch in word):
        return False  # an amount ("$45,590" in a CRM grid's lifetime-value column): no phone's digits
    if value.entity_type in LOGIN_PIECE_ENTITIES and is_common is not None:
        whole = "".join(normalise(w) for w in piece) == value.key
        letters = [w for word in piece for w in _WORD.findall(word)]
        if not whole and letters and all(is_common(w) for w in letters):
            return False  # a dictionary word of a login ("Deploy" of "ci-deploy"): a group's, a menu's word
    if value.entity_type in CODE_PIECE_ENTITIES:
        letters = [w.lower() for word in piece for w in _WORD.findall(word)]
        if (
            letters
            and not any(ch.isdigit() for word in piece for ch in word)
            and all(w in CREDENTIAL_CAPTION_WORDS for w in letters)
        ):
            # "password" of a value seen with its caption glued, or the caption seen as a value
            # ("password hash:"): the caption, shown again, as every screen of credentials shows it
            return False
    if value.entity_type in CODE_PIECE_ENTITIES and is_common is not None and any(ch.isdigit() for ch in value.key):
        letters = [w for word in piece for w in _WORD.findall(word)]
        if (
            len(letters) >= 2
            and not any(ch.isdigit() for word in piece for ch in word)
            and all(is_common(w) for w in letters)
        ):
            return False  # "the code" of "the code is <digits>#" seen glued: a message's words
    if value.entity_type not in UNSURE_ENTITIES:
        return True
    # a name seen joined in a file name is written in lower case as often ("<first>.<last>")
    # a lone word the lexicon does not know as a name is a brand's or a title's as often, but from
    # the time the analysis saw it as a name, it remembered and masked it wherever shown: shown
    # then, the analysis missed it there (a CSV's last_name cell, "<id>,<First>,<Surname>,...",
    # its track cut short; vim_editing). Before then, the brand the page showed all along
    known = None if at_s is not None and at_s >= value.seen_s else is_name
    shaped = value.entity_type not in NAME_ENTITIES or value.joined or _name_shaped(value.words, known)
    if not (shaped and all(names_something(ws, is_common) for ws in (value.words, piece))):
        return False
    # a name seen joined in a file name is looked for as written there, a file name
    tokens = [t for t in (w.strip(_EDGE_PUNCTUATION) for w in piece) if t]
    return value.joined or rejects is None or not tokens or rejects(tokens, value.entity_type) is None


def _name_shaped(words: Sequence[str], is_name: Callable[[str], bool] | None) -> bool:
    """Whether a person's name the analysis found, as written (`words`), is written as one: a word
    of it written as a name ("De Mar", "NeMar": a date beside a blur, are none); no word of no
    letters or digits between its words: a window's title ("<document> - <application>") lying
    over a grid's name column while the window was dragged, typed as the column's name, is two
    texts joined by a dash; and a name of one word the lexicon knows (`is_name`: a first name or
    surname), as NER takes no lone word for a name without a word of context: a lone word typed
    by a name column is a title's or a brand's as often (the same title read in part, its
    brand alone, which the page prints in its tab title and top bar on every frame)."""
    if not any(written_as_name(w) for w in words):
        return False
    if any(not any(ch.isalnum() for ch in w) for w in words):
        return False
    names = [w for word in words for w in _WORD.findall(word)]
    return len(names) != 1 or is_name is None or is_name(names[0])


def written_as_name(word: str) -> bool:
    """ "Emma", "O'Brien", "McDonald", "Jean-Luc", "BLAIR" (a card's holder); not "NeMar", "billing"."""
    word = word.strip(".,;:|")
    if len(word) >= NAME_WORD and word.isalpha() and word.isupper():
        return True
    parts = re.split(r"[-'’]", _NAME_PREFIX.sub("", word))
    return parts[0][:1].isupper() and all(p.isalpha() and p[1:].islower() for p in parts if p)


def names_something(words: Sequence[str], is_common: Callable[[str], bool] | None) -> bool:
    """Whether `words` hold a word that can be a name or a place: `NAME_WORD` letters, and no
    dictionary word (`is_common`; None: any such word)."""
    letters = [w for word in words for w in _WORD.findall(word)]
    if any(len(w) >= NAME_WORD and (is_common is None or not is_common(w)) for w in letters):
        return True
    return len(letters) > 1 and is_common is not None and not is_common(" ".join(letters))  # "Salt Lake City"


def _digits_least(values: Collection[str]) -> int:
    """The fewest digits (at least `DIGITS_PIECE`) a piece of digits alone must have, so that
    fewer than `DIGITS_CHANCE` of all numbers of its length spell a run of digits of one of
    `values` (normalised keys): the more digits a recording's values hold, the more of the
    screen's other numbers (amounts, ids, counts) spell a piece of one of them by chance."""
    runs = [run for key in values for run in _DIGIT_RUN.findall(key)]
    least = DIGITS_PIECE
    while True:
        windows = {run[a : a + least] for run in runs for a in range(len(run) - least + 1)}
        if len(windows) < DIGITS_CHANCE * 10**least:
            return least
        least += 1


def _mostly_digits(key: str) -> bool:
    return 2 * sum(ch.isdigit() for ch in key) >= len(key)


def _pieces_of(key: str, fixed: int = 0, last_start: int | None = None) -> set[str]:
    least = DIGITS_PIECE
    if not _mostly_digits(key):
        least = min(OTHER_PIECE_MAX, max(OTHER_PIECE_MIN, math.ceil(len(key) / 2)))
    starts = range(len(key) if last_start is None else last_start + 1)
    pieces = {key[a:b] for a in starts for b in range(max(a + least, fixed + 1), len(key) + 1)}
    return pieces | {key}


def _through_host(url: str) -> str:
    """A URL as written up to the end of its host, its scheme included ("https://www.shop.co.uk/cart?x=1"
    -> "https://www.shop.co.uk"): the characters a piece must reach past, and start before. A URL
    read with its scheme's slashes but not the scheme first ("//api.<site>/v1/orders/<n> https:",
    a command line's wrapped address read in another order) is taken through the host after the
    slashes: else its path alone, which the page prints as its own text ("GET /v1/orders/<n>"),
    would be a piece of it. A path with no host ("/account/reset?email=...") stays as it is."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    through = scheme + sep + re.split(r"[/?#]", rest, maxsplit=1)[0]
    if normalise(through):
        return through
    host = _HOST_AFTER_SLASHES.match(url)
    return url[: host.end()] if host else through


def _through_parameter(url: str) -> str:
    """A URL as written up to its first query parameter's "=" ("/account/reset?email=<address>"
    -> "/account/reset?email="), or "" where it has no query with a value."""
    query = url.find("?")
    equals = url.find("=", query + 1) if query >= 0 else -1
    return url[: equals + 1] if equals >= 0 else ""


def text_under(words: Sequence[OcrWord], box: Box) -> str:
    """The text of `words` that a detection's `box` covers: whole words, and of a word it cuts
    ("Name:John" under the box of "John") the characters whose middle lies inside, by position."""
    parts = []
    # the words under the box first, then in reading order: a frame's findings share one list
    under = [w for w in words if w.text and w.box.intersects(box) and box.y <= w.box.y + w.box.h / 2 < box.y2]
    for word in sorted(under, key=lambda w: (w.box.y, w.box.x)):
        b = word.box
        step = b.w / len(word.text)
        kept = "".join(ch for i, ch in enumerate(word.text) if box.x <= b.x + (i + 0.5) * step < box.x2)
        if kept:
            parts.append(kept)
    return " ".join(parts)
